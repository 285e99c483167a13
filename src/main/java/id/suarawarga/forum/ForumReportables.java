package id.suarawarga.forum;

import id.suarawarga.moderation.ModerationAction;
import id.suarawarga.moderation.Reportable;
import id.suarawarga.moderation.SqlReportable;
import id.suarawarga.shared.persistence.Rows;
import id.suarawarga.shared.persistence.Rows.Row;
import id.suarawarga.shared.web.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

/** Forum posts and threads as moderation sees them ({@link Reportable}). */
public final class ForumReportables {

    private ForumReportables() {
    }

    /**
     * A post. Hiding, restoring or removing a thread's opening post does the same to the thread, so that a
     * reported opening post does not stay readable as the thread's first page.
     */
    @ApplicationScoped
    public static class Posts extends SqlReportable {

        public Posts() {
            super("post", """
                    SELECT p.id, c.region_id, p.author, p.author_kind, p.status, p.thread_id, t.title,
                           LEFT(p.body, 300) AS excerpt, p.position
                    FROM forum_post p JOIN forum_thread t ON t.id = p.thread_id
                    JOIN forum_category c ON c.id = t.category_id WHERE p.id = ?1""");
        }

        @Override
        protected Item item(long id, Row r) {
            return new Item(type(), id, r.lng("region_id"), r.string("author"), r.string("author_kind"),
                    r.string("status"), "status=" + r.string("status"), r.lng("thread_id"), r.string("title"),
                    r.string("excerpt"));
        }

        @Override
        public String apply(Item item, ModerationAction action, Long categoryId) {
            if ("DELETED".equals(item.status())) {
                // The author took it down; a moderator may hide or remove it further, never publish it again.
                if (action == ModerationAction.RESTORE) {
                    throw ProblemException.conflict("moderation.deleted-by-author", "target");
                }
            }
            String status = switch (action) {
                case HIDE -> "HIDDEN";
                case RESTORE -> "PUBLISHED";
                case REMOVE -> "REMOVED";
                default -> throw ProblemException.invalid("action",
                        "moderation.thread-action");
            };
            em.createNativeQuery("UPDATE forum_post SET status = ?1 WHERE id = ?2")
                    .setParameter(1, status).setParameter(2, item.id()).executeUpdate();
            em.createNativeQuery("UPDATE forum_thread SET status = ?1 WHERE first_post_id = ?2")
                    .setParameter(1, threadStatus(action)).setParameter(2, item.id()).executeUpdate();
            return "status=" + status;
        }
    }

    /** A thread: visibility, lock, pin and its category. */
    @ApplicationScoped
    public static class Threads extends SqlReportable {

        public Threads() {
            super("thread", """
                    SELECT t.id, c.region_id, t.author, p.author_kind, t.status, t.locked, t.pinned, t.category_id,
                           t.title, LEFT(p.body, 300) AS excerpt
                    FROM forum_thread t JOIN forum_category c ON c.id = t.category_id
                    JOIN forum_post p ON p.id = t.first_post_id WHERE t.id = ?1""");
        }

        @Override
        protected Item item(long id, Row r) {
            String state = "status=" + r.string("status") + ",locked=" + r.bool("locked") + ",pinned=" + r.bool("pinned")
                    + ",category=" + r.lng("category_id");
            return new Item(type(), id, r.lng("region_id"), r.string("author"), r.string("author_kind"),
                    r.string("status"), state, id, r.string("title"), r.string("excerpt"));
        }

        @Override
        public String apply(Item item, ModerationAction action, Long categoryId) {
            String sql = switch (action) {
                case HIDE, RESTORE, REMOVE -> "UPDATE forum_thread SET status = '" + threadStatus(action) + "' WHERE id = ?1";
                case LOCK -> "UPDATE forum_thread SET locked = TRUE WHERE id = ?1";
                case UNLOCK -> "UPDATE forum_thread SET locked = FALSE WHERE id = ?1";
                case PIN -> "UPDATE forum_thread SET pinned = TRUE WHERE id = ?1";
                case UNPIN -> "UPDATE forum_thread SET pinned = FALSE WHERE id = ?1";
                case MOVE -> "UPDATE forum_thread SET category_id = ?2 WHERE id = ?1";
                default -> throw ProblemException.invalid("action", "moderation.action-not-applicable");
            };
            var q = em.createNativeQuery(sql).setParameter(1, item.id());
            if (action == ModerationAction.MOVE) {
                if (categoryId == null || regionOfCategory(categoryId).isEmpty()) {
                    throw ProblemException.invalid("categoryId", "moderation.choose-forum");
                }
                q.setParameter(2, categoryId);
            }
            q.executeUpdate();
            if (action == ModerationAction.HIDE || action == ModerationAction.RESTORE || action == ModerationAction.REMOVE) {
                // The opening post follows the thread (a held opening post is approved by restoring it).
                em.createNativeQuery("""
                        UPDATE forum_post p JOIN forum_thread t ON t.first_post_id = p.id SET p.status = ?1
                        WHERE t.id = ?2 AND p.status <> 'DELETED'""")
                        .setParameter(1, postStatus(action)).setParameter(2, item.id()).executeUpdate();
            }
            return find(item.id()).orElseThrow().state();
        }

        /** The forums of these regions (all when null), a region's in the order its forum list shows them. */
        @Override
        public List<MoveTarget> moveTargets(List<Long> regions, int limit) {
            if (regions != null && regions.isEmpty()) {
                return List.of();
            }
            var q = Rows.query(em, "SELECT id, name, region_id FROM forum_category"
                    + (regions == null ? "" : " WHERE region_id IN (:regions)") + " ORDER BY region_id, position, name LIMIT :limit");
            if (regions != null) {
                q.setParameter("regions", regions);
            }
            return Rows.list(q.setParameter("limit", limit),
                    r -> new MoveTarget(r.lng("id"), r.string("name"), r.lng("region_id")));
        }

        @Override
        public Optional<Long> regionOfCategory(long categoryId) {
            @SuppressWarnings("unchecked")
            List<Number> rows = em.createNativeQuery("SELECT region_id FROM forum_category WHERE id = ?1")
                    .setParameter(1, categoryId).getResultList();
            return rows.stream().findFirst().map(Number::longValue);
        }
    }

    static String threadStatus(ModerationAction action) {
        return switch (action) {
            case HIDE -> "HIDDEN";
            case REMOVE -> "REMOVED";
            default -> "VISIBLE";
        };
    }

    static String postStatus(ModerationAction action) {
        return switch (action) {
            case HIDE -> "HIDDEN";
            case REMOVE -> "REMOVED";
            default -> "PUBLISHED";
        };
    }
}
