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

    /** The region's newest version, else the national default. */
    public static Questionnaire currentFor(Region region) {
        Questionnaire own = find("region = ?1 order by version desc", region).firstResult();
        return own != null ? own : find("region is null order by version desc").firstResult();
    }
}
