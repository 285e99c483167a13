package id.suarawarga.shared.ratelimit;

import id.suarawarga.shared.persistence.Rows;
import id.suarawarga.shared.web.RateLimitedException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;

/**
 * Per-user limits per Jakarta day, counted in the database ({@code rate_limit_counter}) so that they hold across
 * app instances. Call inside the transaction that does the limited work: the increment commits with the work,
 * and a refusal (or any failure of the work) rolls it back, so nothing is counted that did not happen.
 */
@ApplicationScoped
public class RateLimits {

    public static final ZoneId ZONE = ZoneId.of("Asia/Jakarta");

    @Inject
    EntityManager em;

    /**
     * Counts one {@code action} for {@code username} today, or throws 429 when {@code limit} are already used.
     * The upsert takes the counter row's lock, so parallel requests of one user are counted one after another.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void consume(String username, String action, int limit) {
        LocalDate today = LocalDate.now(ZONE);
        em.createNativeQuery("""
                INSERT INTO rate_limit_counter (username, action, window_start, used) VALUES (?1, ?2, ?3, 1)
                ON DUPLICATE KEY UPDATE used = used + 1""")
                .setParameter(1, username).setParameter(2, action).setParameter(3, today).executeUpdate();
        Number used = (Number) em.createNativeQuery("""
                SELECT used FROM rate_limit_counter WHERE username = ?1 AND action = ?2 AND window_start = ?3""")
                .setParameter(1, username).setParameter(2, action).setParameter(3, today).getSingleResult();
        if (used.intValue() > limit) {
            throw new RateLimitedException(secondsToNextWindow(), "shared.daily-limit", limit);
        }
    }

    /** This user's counters (action, windowStart, used), oldest first, at most {@code limit}: their data download. */
    public List<Map<String, Object>> countersOf(String username, int limit) {
        return Rows.maps(em, """
                SELECT action, window_start, used FROM rate_limit_counter WHERE username = ?1
                ORDER BY window_start, action""", limit, username);
    }

    /** Deletes this user's counters (in the caller's transaction). */
    public int forget(String username) {
        return em.createNativeQuery("DELETE FROM rate_limit_counter WHERE username = ?1").setParameter(1, username)
                .executeUpdate();
    }

    /**
     * Deletes counters of days that ended longer ago than {@code age}: counters are per Jakarta day (a DATE), so
     * one more day keeps a window that has not ended everywhere.
     */
    public int purgeOlderThan(Duration age) {
        return em.createNativeQuery("DELETE FROM rate_limit_counter WHERE window_start < DATE(NOW(6) - INTERVAL "
                + age.plusDays(1).toSeconds() + " SECOND)").executeUpdate();
    }

    static long secondsToNextWindow() {
        ZonedDateTime now = ZonedDateTime.now(ZONE);
        return Duration.between(now, now.toLocalDate().plusDays(1).atStartOfDay(ZONE)).getSeconds() + 1;
    }
}
