package id.suarawarga.notification;

import id.suarawarga.shared.persistence.Rows;
import id.suarawarga.shared.web.PageRequest;
import id.suarawarga.shared.web.PageResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

/**
 * In-app notifications. Stored as a kind with its parameters (thread, post, subject, reason) and worded in the
 * reader's language when shown, written in the transaction of the event they report.
 */
@ApplicationScoped
public class Notifications {

    /** What happened. */
    public enum Kind {
        /** Someone replied in my thread. */
        REPLY,
        /** An officer answered in my thread. */
        OFFICER_ANSWER,
        /** My post was hidden after reports, pending review. */
        AUTO_HIDDEN,
        /** My post was held for review before publishing (links of a new account, a banned word). */
        HELD,
        /** A moderator acted on my post or on me (the reason says why). */
        MODERATION,
        /** An officer replied to my survey answer or rating (the subject is the service or unit). */
        FEEDBACK_REPLY
    }

    public record Notification(long id, Kind kind, Long threadId, Long postId, String subject, String reason,
            Instant at, boolean read) {

        /** A moderator's action ({@code hide}, {@code restore} …), stored as "action: reason"; null otherwise. */
        public String action() {
            if (kind != Kind.MODERATION || reason == null) {
                return null;
            }
            int colon = reason.indexOf(": ");
            return colon > 0 && reason.substring(0, colon).matches("[a-z]+") ? reason.substring(0, colon) : null;
        }

        /** The reason as a person wrote it, without the action's code. */
        public String reasonText() {
            String a = action();
            return a == null ? reason : reason.substring(a.length() + 2);
        }

        /** For an automatic hide: the reports' reasons and how many gave each ("ABUSE x3, SPAM x1" as stored). */
        public java.util.List<ReportCount> reports() {
            java.util.List<ReportCount> out = new java.util.ArrayList<>();
            if (kind != Kind.AUTO_HIDDEN || reason == null) {
                return out;
            }
            for (String part : reason.split(", ")) {
                int x = part.lastIndexOf(" x");
                if (x > 0 && part.substring(x + 2).matches("\\d{1,9}")) {
                    out.add(new ReportCount(part.substring(0, x), Integer.parseInt(part.substring(x + 2))));
                }
            }
            return out;
        }
    }

    /** One report reason of an automatic hide and how many reports gave it. */
    public record ReportCount(String code, int count) {
    }

    @Inject
    EntityManager em;

    @Transactional(Transactional.TxType.MANDATORY)
    public void send(String username, Kind kind, Long threadId, Long postId, String subject, String reason) {
        em.createNativeQuery("""
                INSERT INTO notification (username, kind, thread_id, post_id, subject, reason)
                VALUES (?1, ?2, ?3, ?4, ?5, ?6)""")
                .setParameter(1, username).setParameter(2, kind.name()).setParameter(3, threadId)
                .setParameter(4, postId).setParameter(5, subject).setParameter(6, reason).executeUpdate();
    }

    /** Newest first. */
    @Transactional
    public PageResult<Notification> of(String username, PageRequest page) {
        List<Notification> rows = Rows.list(em, """
                SELECT id, kind, thread_id, post_id, subject, reason, created_at, read_at FROM notification
                WHERE username = ?1 ORDER BY id DESC LIMIT ?2 OFFSET ?3""",
                r -> new Notification(r.lng("id"), Kind.valueOf(r.string("kind")), r.lng("thread_id"), r.lng("post_id"),
                        r.string("subject"), r.string("reason"), r.instant("created_at"), r.raw("read_at") != null),
                username, page.size(), page.offset());
        long total = ((Number) em.createNativeQuery("SELECT COUNT(*) FROM notification WHERE username = ?1")
                .setParameter(1, username).getSingleResult()).longValue();
        return new PageResult<>(rows, page.page(), page.size(), total);
    }

    /**
     * Marks the given notifications of this user read (ids of other users' notifications are ignored); answers
     * how many were unread and are now read.
     */
    @Transactional
    public int markRead(String username, Collection<Long> ids) {
        if (ids.isEmpty()) {
            return 0;
        }
        return em.createNativeQuery("""
                UPDATE notification SET read_at = NOW(6) WHERE username = :username AND id IN (:ids) AND read_at IS NULL""")
                .setParameter("username", username).setParameter("ids", ids).executeUpdate();
    }

    /** Marks every notification of this user read; answers how many were unread. */
    @Transactional
    public int markAllRead(String username) {
        return em.createNativeQuery("UPDATE notification SET read_at = NOW(6) WHERE username = ?1 AND read_at IS NULL")
                .setParameter(1, username).executeUpdate();
    }

    @Transactional
    public long unread(String username) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM notification WHERE username = ?1 AND read_at IS NULL")
                .setParameter(1, username).getSingleResult()).longValue();
    }
}
