package id.suarawarga.feedback;

import id.suarawarga.moderation.ModerationAction;
import id.suarawarga.moderation.Reportable;
import id.suarawarga.shared.persistence.Rows;
import id.suarawarga.shared.web.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;

/**
 * A citizen's public comment on a service or unit as moderation sees it (type {@code "comment"}): anyone logged
 * in may report it, and a moderator of its region hides, restores or removes it exactly as a forum post. Only
 * the comment's public visibility changes: the answers still count in the IKM, and the unit's officers, HR and
 * the author keep seeing it.
 */
@ApplicationScoped
public class FeedbackReportables implements Reportable {

    public static final String TYPE = "comment";

    @Inject
    EntityManager em;

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public Optional<Item> lock(long id) {
        return load(id, " FOR UPDATE");
    }

    @Override
    public Optional<Item> find(long id) {
        return load(id, "");
    }

    private Optional<Item> load(long id, String lock) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT f.region_id, COALESCE(f.author_username, CONCAT('sub:', f.author_sub)), f.comment_state,
                       COALESCE(s.name, u.name), LEFT(f.comment, 300)
                FROM feedback f JOIN unit u ON u.id = f.unit_id LEFT JOIN public_service s ON s.id = f.service_id
                WHERE f.id = ?1 AND f.comment IS NOT NULL""" + lock)
                .setParameter(1, id).getResultList();
        return rows.stream().findFirst().map(r -> {
            String status = r[2] == null ? "VISIBLE" : (String) r[2];
            return new Item(TYPE, id, Rows.lng(r[0]), (String) r[1], "CITIZEN", status, "status=" + status, null,
                    (String) r[3], (String) r[4]);
        });
    }

    @Override
    public String apply(Item item, ModerationAction action, Long categoryId) {
        String state = switch (action) {
            case HIDE -> "HIDDEN";
            case RESTORE -> null;
            case REMOVE -> "REMOVED";
            default -> throw ProblemException.invalid("action",
                    "Komentar hanya bisa disembunyikan, dipulihkan atau dihapus / A comment can only be hidden, "
                            + "restored or removed");
        };
        em.createNativeQuery("UPDATE feedback SET comment_state = ?1 WHERE id = ?2")
                .setParameter(1, state).setParameter(2, item.id()).executeUpdate();
        return "status=" + (state == null ? "VISIBLE" : state);
    }
}
