package id.suarawarga.feedback;

import id.suarawarga.catalogue.PublicService;
import id.suarawarga.catalogue.Unit;
import id.suarawarga.moderation.ModerationAction;
import id.suarawarga.moderation.SqlReportable;
import id.suarawarga.shared.persistence.Rows.Row;
import id.suarawarga.shared.web.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * A citizen's public comment on a service or unit as moderation sees it (type {@code "comment"}): anyone logged
 * in may report it, and a moderator of its region hides, restores or removes it exactly as a forum post. Only
 * the comment's public visibility changes: the answers still count in the IKM, and the unit's officers, HR and
 * the author keep seeing it.
 */
@ApplicationScoped
public class FeedbackReportables extends SqlReportable {

    public static final String TYPE = "comment";

    public FeedbackReportables() {
        super(TYPE, """
                SELECT f.region_id, COALESCE(f.author_username, CONCAT('sub:', f.author_sub)) AS author, f.comment_state,
                       f.unit_id, f.service_id, LEFT(f.comment, 300) AS excerpt
                FROM feedback f WHERE f.id = ?1 AND f.comment IS NOT NULL""");
    }

    @Override
    protected Item item(long id, Row r) {
        String status = r.string("comment_state") == null ? "VISIBLE" : r.string("comment_state");
        return new Item(TYPE, id, r.lng("region_id"), r.string("author"), "CITIZEN", status, "status=" + status, null,
                title(r.lng("service_id"), r.lng("unit_id")), r.string("excerpt"));
    }

    /** What the comment is about, as the catalogue names it: the service when there is one, else the unit. */
    private static String title(Long serviceId, Long unitId) {
        if (serviceId != null) {
            PublicService s = PublicService.findById(serviceId);
            if (s != null) {
                return s.name;
            }
        }
        Unit u = Unit.findById(unitId);
        return u == null ? null : u.name;
    }

    @Override
    public String reportPath(long id) {
        return "/api/v1/feedback/" + id + "/reports";
    }

    @Override
    public String apply(Item item, ModerationAction action, Long categoryId) {
        String state = switch (action) {
            case HIDE -> "HIDDEN";
            case RESTORE -> null;
            case REMOVE -> "REMOVED";
            default -> throw ProblemException.invalid("action",
                    "moderation.comment-actions");
        };
        em.createNativeQuery("UPDATE feedback SET comment_state = ?1 WHERE id = ?2")
                .setParameter(1, state).setParameter(2, item.id()).executeUpdate();
        return "status=" + (state == null ? "VISIBLE" : state);
    }
}
