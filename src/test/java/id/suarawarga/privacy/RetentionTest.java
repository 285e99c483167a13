package id.suarawarga.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * The retention purge, called directly against the database: rows just past their period (RetentionConfig's
 * defaults) go, rows just inside it stay, and what has no expiry (an active pseudonym, a deletion Keycloak has not
 * confirmed) stays.
 */
@QuarkusTest
class RetentionTest {

    @Inject
    RetentionJob job;

    @Inject
    DataSource ds;

    @Test
    void thePurgeDeletesWhatExpiredAndKeepsTheRest() throws Exception {
        String m = UUID.randomUUID().toString().substring(0, 8);
        // idempotency records: 30 days
        sql("INSERT INTO idempotency_record (principal, idem_key, scope, request_hash, state, created_at) "
                + "VALUES (?, 'old', 's', REPEAT('a', 64), 'DONE', NOW(6) - INTERVAL 31 DAY)", "ret-" + m);
        sql("INSERT INTO idempotency_record (principal, idem_key, scope, request_hash, state, created_at) "
                + "VALUES (?, 'new', 's', REPEAT('a', 64), 'DONE', NOW(6) - INTERVAL 29 DAY)", "ret-" + m);
        // notifications: 180 days
        sql("INSERT INTO notification (username, kind, subject, created_at) VALUES (?, 'REPLY', 'old', NOW(6) - INTERVAL 181 DAY)", "ret-" + m);
        sql("INSERT INTO notification (username, kind, subject, created_at) VALUES (?, 'REPLY', 'new', NOW(6) - INTERVAL 170 DAY)", "ret-" + m);
        // rate-limit counters: 7 days (+1 for the day not yet over everywhere)
        sql("INSERT INTO rate_limit_counter (username, action, window_start, used) VALUES (?, 'old', CURRENT_DATE - INTERVAL 10 DAY, 1)", "ret-" + m);
        sql("INSERT INTO rate_limit_counter (username, action, window_start, used) VALUES (?, 'new', CURRENT_DATE - INTERVAL 2 DAY, 1)", "ret-" + m);
        // staff access log: 730 days
        sql("INSERT INTO personal_data_access (citizen_username, staff_username, staff_role, what, screen, at) "
                + "VALUES (?, 'old', 'officer', 'FEEDBACK', 'unit-feedback', NOW(6) - INTERVAL 731 DAY)", "ret-" + m);
        sql("INSERT INTO personal_data_access (citizen_username, staff_username, staff_role, what, screen, at) "
                + "VALUES (?, 'new', 'officer', 'FEEDBACK', 'unit-feedback', NOW(6) - INTERVAL 700 DAY)", "ret-" + m);
        // deleted accounts: 7 days after Keycloak confirmed; unconfirmed ones stay whatever their age
        sql("INSERT INTO deleted_account (subject, deleted_at, keycloak_removed_at) VALUES (?, NOW(6) - INTERVAL 9 DAY, NOW(6) - INTERVAL 8 DAY)", "old-" + m);
        sql("INSERT INTO deleted_account (subject, deleted_at, keycloak_removed_at) VALUES (?, NOW(6) - INTERVAL 9 DAY, NOW(6) - INTERVAL 6 DAY)", "new-" + m);
        sql("INSERT INTO deleted_account (subject, deleted_at, keycloak_removed_at) VALUES (?, NOW(6) - INTERVAL 90 DAY, NULL)", "pending-" + m);
        // reserved pseudonyms: freed when the reservation ends; a living citizen's pseudonym never expires
        sql("INSERT INTO forum_profile (username, pseudonym, reserved_until) VALUES (?, ?, NOW(6) - INTERVAL 1 DAY)", "reserved:old-" + m, "RetOld" + m);
        sql("INSERT INTO forum_profile (username, pseudonym, reserved_until) VALUES (?, ?, NOW(6) + INTERVAL 1 DAY)", "reserved:new-" + m, "RetNew" + m);
        sql("INSERT INTO forum_profile (username, pseudonym, created_at) VALUES (?, ?, NOW(6) - INTERVAL 3000 DAY)", "ret-" + m, "RetLive" + m);

        Map<String, Integer> purged = job.purge();

        assertEquals("new", one("SELECT GROUP_CONCAT(idem_key) FROM idempotency_record WHERE principal = ?", "ret-" + m));
        assertEquals("new", one("SELECT GROUP_CONCAT(subject) FROM notification WHERE username = ?", "ret-" + m));
        assertEquals("new", one("SELECT GROUP_CONCAT(action) FROM rate_limit_counter WHERE username = ?", "ret-" + m));
        assertEquals("new", one("SELECT GROUP_CONCAT(staff_username) FROM personal_data_access WHERE citizen_username = ?", "ret-" + m));
        assertEquals("new-" + m + ",pending-" + m, one("SELECT GROUP_CONCAT(subject ORDER BY subject) FROM deleted_account "
                + "WHERE subject IN (?, ?, ?)", "old-" + m, "new-" + m, "pending-" + m));
        assertEquals("RetLive" + m + ",RetNew" + m, one("SELECT GROUP_CONCAT(pseudonym ORDER BY pseudonym) FROM forum_profile "
                + "WHERE pseudonym LIKE ?", "Ret%" + m));
        for (String kind : new String[] {"idempotency_record", "notification", "rate_limit_counter", "personal_data_access",
                "deleted_account", "forum_profile_reserved"}) {
            assertTrue(purged.get(kind) >= 1, kind + " " + purged);
        }
        // a second run finds nothing more of these
        job.purge();
        assertEquals("1", one("SELECT COUNT(*) FROM notification WHERE username = ?", "ret-" + m));
    }

    @Test
    void aDeletionKeycloakDidNotConfirmIsRetriedByTheJob() throws Exception {
        // a subject Keycloak never had: its removal answers 404, which counts as removed
        String subject = UUID.randomUUID().toString();
        sql("INSERT INTO deleted_account (subject, deleted_at) VALUES (?, NOW(6) - INTERVAL 1 HOUR)", subject);
        assertTrue(job.retryKeycloakRemovals() >= 1);
        assertNotNull(one("SELECT keycloak_removed_at FROM deleted_account WHERE subject = ?", subject));
    }

    private void sql(String sql, Object... params) throws Exception {
        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            ps.executeUpdate();
        }
    }

    private String one(String sql, Object... params) throws Exception {
        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }
}
