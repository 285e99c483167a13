package id.suarawarga.feedback;

import id.suarawarga.catalogue.Region;
import id.suarawarga.shared.persistence.IdentityEntity;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;

/**
 * A version of the SKM questionnaire (<i>Survei Kepuasan Masyarakat</i>, PermenPANRB 14/2017): the national
 * default (no region) or a region's own wording. Answers keep the version they were given in.
 */
@Entity
@Table(name = "questionnaire")
public class Questionnaire extends IdentityEntity {

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "region_id")
    public Region region;

    @Column(nullable = false)
    public int version;

    @Column(name = "created_by")
    public String createdBy;

    @OneToMany(mappedBy = "questionnaire", cascade = CascadeType.PERSIST, fetch = FetchType.EAGER)
    @OrderBy("position")
    public List<QuestionnaireElement> elements = new ArrayList<>();

    /** The region's newest version, else the national default (one query for the id, one for the elements). */
    public static Questionnaire currentFor(Region region) {
        return currentFor(region.id);
    }

    /** {@link #currentFor(Region)} by the region's id. */
    public static Questionnaire currentFor(long regionId) {
        Long id = getEntityManager().createQuery("""
                select q.id from Questionnaire q where q.region.id = ?1 or q.region is null
                order by case when q.region is null then 1 else 0 end, q.version desc""", Long.class)
                .setParameter(1, regionId).setMaxResults(1).getSingleResult();
        return findById(id);
    }
}
