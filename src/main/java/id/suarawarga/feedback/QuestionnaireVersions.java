package id.suarawarga.feedback;

import id.suarawarga.shared.persistence.Rows;
import id.suarawarga.shared.web.PageRequest;
import id.suarawarga.shared.web.PageResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;

/**
 * The questionnaire versions a region has published, newest first, for the admin page (issue 15). Publishing is
 * {@link QuestionnaireService#publish}; this only reads.
 */
@ApplicationScoped
public class QuestionnaireVersions {

    @Inject
    EntityManager em;

    /** One published version: its number, who published it and when. */
    public record Version(long id, int version, String createdBy, Instant createdAt) {
    }

    public PageResult<Version> ofRegion(long regionId, PageRequest page) {
        List<Version> rows = Rows.list(Rows.query(em, """
                SELECT id, version, created_by, created_at FROM questionnaire WHERE region_id = ?1
                ORDER BY version DESC LIMIT ?2 OFFSET ?3""")
                .setParameter(1, regionId).setParameter(2, page.size()).setParameter(3, page.offset()),
                r -> new Version(r.lng("id"), r.integer("version"), r.string("created_by"), r.instant("created_at")));
        long total = ((Number) em.createNativeQuery("SELECT COUNT(*) FROM questionnaire WHERE region_id = ?1")
                .setParameter(1, regionId).getSingleResult()).longValue();
        return new PageResult<>(rows, page.page(), page.size(), total);
    }
}
