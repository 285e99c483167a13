package id.suarawarga.privacy;

import id.suarawarga.identity.CurrentUser;
import id.suarawarga.identity.Roles;
import id.suarawarga.shared.persistence.Rows;
import id.suarawarga.shared.web.PageRequest;
import id.suarawarga.shared.web.ProblemException;
import id.suarawarga.shared.web.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * A citizen's rights over their personal data (UU 27/2022): see and download everything the portal holds about
 * them ({@link #export}), and delete their account ({@link #delete}). What deletion keeps, and why, is in ADR 0011
 * and on the privacy page: posts keep their text under "deleted user", answers keep counting in the IKM and in
 * appraisal scores, detached from the person.
 */
@ApplicationScoped
public class PersonalDataService {

    private static final Logger LOG = Logger.getLogger(PersonalDataService.class);

    /** More rows of one kind than a person can make in years; a longer list is cut and says so. */
    static final int MAX_ROWS = 10_000;

    @Inject
    EntityManager em;

    @Inject
    StaffAccessLog accessLog;

    @Inject
    KeycloakAdmin keycloak;

    @Inject
    RetentionConfig retention;

    /** Everything the portal holds about one person, as downloaded. Lists of rows are column name → value. */
    public record PersonalData(Instant generatedAt, Map<String, Object> account, Map<String, Object> forumProfile,
            List<Map<String, Object>> forumThreads, List<Map<String, Object>> forumPosts,
            List<Map<String, Object>> forumPostEarlierVersions, List<Map<String, Object>> forumReactions,
            List<Map<String, Object>> feedback, List<Map<String, Object>> repliesToMyFeedback,
            List<Map<String, Object>> reportsFiled, List<Map<String, Object>> moderationSanctions,
            List<Map<String, Object>> notifications, List<Map<String, Object>> rateLimitCounters,
            long storedRequestAnswers, List<StaffAccessLog.Entry> staffAccessLog, boolean truncated) {
    }

    @Transactional
    public PersonalData export(CurrentUser user) {
        String sub = user.subject().orElseThrow();
        String username = user.username();
        Map<String, Object> account = new LinkedHashMap<>();
        account.put("subject", sub);
        account.put("username", username);
        account.put("name", user.displayName());
        account.put("email", user.email().orElse(null));
        account.put("roles", user.roles());
        account.put("officerUnitIds", user.unitIds());
        account.put("heldBy", "Keycloak (name, email, password); the portal keeps the rest listed here");
        List<Map<String, Object>> profile = rows("""
                SELECT pseudonym, pseudonym_changed_at, created_at AS first_seen_at FROM forum_profile WHERE username = ?1""",
                username);
        List<Map<String, Object>> threads = rows("""
                SELECT id, category_id, title, status, created_at FROM forum_thread WHERE author = ?1 ORDER BY id""",
                username);
        List<Map<String, Object>> posts = rows("""
                SELECT id, thread_id, position, author_kind, body, status, status_reason, helpful_count, edited_at,
                       created_at FROM forum_post WHERE author = ?1 ORDER BY id""", username);
        List<Map<String, Object>> edits = rows("""
                SELECT e.post_id, e.title, e.body, e.replaced_at FROM forum_post_edit e
                JOIN forum_post p ON p.id = e.post_id WHERE p.author = ?1 ORDER BY e.id""", username);
        List<Map<String, Object>> reactions = rows("""
                SELECT post_id, created_at FROM forum_reaction WHERE username = ?1 ORDER BY post_id""", username);
        List<Map<String, Object>> feedback = rows("""
                SELECT id, kind, service_id, unit_id, region_id, questionnaire_id, local_date, created_at, anonymous,
                       author_name, u1, u2, u3, u4, u5, u6, u7, u8, u9, stars, age_band, gender, education, occupation,
                       comment, comment_state, followed_up
                FROM feedback WHERE author_sub = ?1 ORDER BY id""", sub);
        List<Map<String, Object>> replies = rows("""
                SELECT r.feedback_id, r.author_name, r.text, r.created_at FROM feedback_response r
                JOIN feedback f ON f.id = r.feedback_id WHERE f.author_sub = ?1 ORDER BY r.id""", sub);
        List<Map<String, Object>> reports = rows("""
                SELECT id, target_type, target_id, region_id, reason, text, status, created_at, decided_at
                FROM moderation_report WHERE reporter = ?1 ORDER BY id""", username);
        List<Map<String, Object>> sanctions = rows("""
                SELECT id, kind, until_at, reason, created_at FROM moderation_sanction WHERE username = ?1 ORDER BY id""",
                username);
        List<Map<String, Object>> notifications = rows("""
                SELECT id, kind, thread_id, post_id, subject, reason, created_at, read_at FROM notification
                WHERE username = ?1 ORDER BY id""", username);
        List<Map<String, Object>> counters = rows("""
                SELECT action, window_start, used FROM rate_limit_counter WHERE username = ?1
                ORDER BY window_start, action""", username);
        long stored = ((Number) em.createNativeQuery("SELECT COUNT(*) FROM idempotency_record WHERE principal = ?1")
                .setParameter(1, sub).getSingleResult()).longValue();
        var log = accessLog.of(sub, username, new PageRequest(0, MAX_ROWS));
        boolean truncated = List.of(threads, posts, edits, reactions, feedback, replies, reports, sanctions,
                notifications, counters).stream().anyMatch(l -> l.size() >= MAX_ROWS) || log.total() > MAX_ROWS;
        return new PersonalData(Instant.now(), account, profile.isEmpty() ? null : profile.get(0), threads, posts,
                edits, reactions, feedback, replies, reports, sanctions, notifications, counters, stored, log.items(),
                truncated);
    }

    /**
     * Deletes the caller's account: detaches and removes their data in one transaction, then removes the Keycloak
     * account. Safe to repeat: a second call finds nothing left to detach and only retries Keycloak if needed.
     * Staff accounts are closed by an admin (their actions are official records).
     *
     * @throws ProblemException 503 when Keycloak could not remove the account; the portal's part is done and the
     *                          retention job (or a retry) removes the account later
     */
    public void delete(CurrentUser user) {
        for (String staff : List.of(Roles.OFFICER, Roles.MODERATOR, Roles.HR, Roles.ADMIN)) {
            if (user.hasRole(staff)) {
                throw new ProblemException(ProblemType.FORBIDDEN, "Akun petugas ditutup oleh admin, bukan dari sini / "
                        + "Staff accounts are closed by an admin, not here");
            }
        }
        String sub = user.subject().orElseThrow();
        detach(sub, user.username());
        removeFromKeycloak(sub);
    }

    /**
     * The portal's part of a deletion. One random token replaces the person in every row that stays, so rows of
     * one person still belong together (the appraisal's brigade rules group answers by author, and a frozen
     * snapshot must recompute to the same hash) while nothing links them to the person any more.
     */
    @Transactional
    void detach(String sub, String username) {
        String token = "deleted:" + UUID.randomUUID();
        // answers: the dedupe key embeds the subject; it keeps its uniqueness with the token in its place
        update("""
                UPDATE feedback SET author_sub = ?1, author_name = NULL, author_username = NULL,
                       dedupe_key = REPLACE(dedupe_key, ?2, ?1)
                WHERE author_sub = ?2""", token, sub);
        if (username != null) {
            update("UPDATE feedback SET author_username = NULL WHERE author_username = ?1", username);
            update("UPDATE forum_post SET author = ?1, author_name = NULL WHERE author = ?2", token, username);
            update("UPDATE forum_thread SET author = ?1 WHERE author = ?2", token, username);
            update("UPDATE forum_reaction SET username = ?1 WHERE username = ?2", token, username);
            update("UPDATE moderation_report SET reporter = ?1 WHERE reporter = ?2", token, username);
            update("UPDATE moderation_sanction SET username = ?1 WHERE username = ?2", token, username);
            // the pseudonym stays taken for a while, no longer pointing at the posts ("deleted user" is shown)
            update("""
                    UPDATE forum_profile SET username = ?1, reserved_until = NOW(6) + INTERVAL ?3 SECOND
                    WHERE username = ?2""", "reserved:" + UUID.randomUUID(), username,
                    retention.pseudonymReservation().toSeconds());
            update("DELETE FROM notification WHERE username = ?1", username);
            update("DELETE FROM rate_limit_counter WHERE username = ?1", username);
        }
        update("DELETE FROM idempotency_record WHERE principal = ?1", sub);
        update("DELETE FROM personal_data_access WHERE citizen_sub = ?1 OR citizen_username = ?2", sub, username);
        update("INSERT INTO deleted_account (subject) VALUES (?1) ON DUPLICATE KEY UPDATE subject = subject", sub);
    }

    /** Removes the Keycloak account and records that it is gone; 503 when Keycloak cannot be reached. */
    void removeFromKeycloak(String sub) {
        try {
            keycloak.removeUser(sub);
        } catch (KeycloakAdmin.UnavailableException e) {
            LOG.warnf("Keycloak account of a deleted citizen not removed yet, will retry: %s", e.getMessage());
            throw new ProblemException(ProblemType.UNAVAILABLE, "Data Anda di portal sudah dihapus; akun Keycloak akan "
                    + "dihapus segera / Your data in the portal is deleted; the Keycloak account will be removed shortly");
        }
        markRemoved(sub);
    }

    @Transactional
    void markRemoved(String sub) {
        update("UPDATE deleted_account SET keycloak_removed_at = NOW(6) WHERE subject = ?1 AND keycloak_removed_at IS NULL",
                sub);
    }

    private int update(String sql, Object... params) {
        var q = em.createNativeQuery(sql);
        for (int i = 0; i < params.length; i++) {
            q.setParameter(i + 1, params[i]);
        }
        return q.executeUpdate();
    }

    private List<Map<String, Object>> rows(String sql, Object param) {
        var q = em.createNativeQuery(sql + " LIMIT " + MAX_ROWS, jakarta.persistence.Tuple.class);
        q.setParameter(1, param);
        @SuppressWarnings("unchecked")
        List<jakarta.persistence.Tuple> tuples = q.getResultList();
        return tuples.stream().map(t -> {
            Map<String, Object> m = new LinkedHashMap<>();
            for (var e : t.getElements()) {
                m.put(camel(e.getAlias()), value(t.get(e)));
            }
            return m;
        }).toList();
    }

    private static Object value(Object v) {
        if (v instanceof Timestamp || v instanceof LocalDateTime) {
            return Rows.instant(v);
        }
        if (v instanceof java.sql.Date d) {
            return d.toLocalDate();
        }
        return v;
    }

    static String camel(String column) {
        StringBuilder b = new StringBuilder(column.length());
        boolean up = false;
        for (char c : column.toLowerCase(java.util.Locale.ROOT).toCharArray()) {
            if (c == '_') {
                up = true;
            } else {
                b.append(up ? Character.toUpperCase(c) : c);
                up = false;
            }
        }
        return b.toString();
    }
}
