package id.suarawarga.feedback;

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
                       COALESCE(s.name, u.name) AS title, LEFT(f.comment, 300) AS excerpt
                FROM feedback f JOIN unit u ON u.id = f.unit_id LEFT JOIN public_service s ON s.id = f.service_id
                WHERE f.id = ?1 AND f.comment IS NOT NULL""");
    }

    @Override
    protected Item item(long id, Row r) {
        String status = r.string("comment_state") == null ? "VISIBLE" : r.string("comment_state");
        return new Item(TYPE, id, r.lng("region_id"), r.string("author"), "CITIZEN", status, "status=" + status, null,
                r.string("title"), r.string("excerpt"));
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
