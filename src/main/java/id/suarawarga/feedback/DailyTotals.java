package id.suarawarga.feedback;

import id.suarawarga.feedback.skm.Period;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Date;
import java.time.LocalDate;
import org.jboss.logging.Logger;

/**
 * Rolls SKM answers of closed days up into {@code feedback_daily}. A day is closed once the day after it has
 * ended too (Asia/Jakarta), so that a submission stamped 23:59 and committed after midnight is never missed.
 * Rolling up a day recomputes it whole, so running twice, or on two instances at once (they queue on the
 * {@code feedback_rollup} row lock), gives the same totals.
 */
@ApplicationScoped
public class DailyTotals {

    private static final Logger LOG = Logger.getLogger(DailyTotals.class);

    @Inject
    EntityManager em;

    @Scheduled(every = "${suarawarga.feedback.rollup-every:10m}", delayed = "${suarawarga.feedback.rollup-delay:30s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void scheduled() {
        rollUp(LocalDate.now(Period.ZONE));
    }

    /** Rolls up every day before {@code today - 1} not yet rolled up; returns the new boundary. */
    @Transactional
    public LocalDate rollUp(LocalDate today) {
        LocalDate until = today.minusDays(1);
        LocalDate from = date(em.createNativeQuery("SELECT complete_before FROM feedback_rollup WHERE id = 1 FOR UPDATE")
                .getSingleResult());
        if (!from.isBefore(until)) {
            return from;
        }
        Object first = em.createNativeQuery("SELECT MIN(local_date) FROM feedback WHERE local_date >= ?1")
                .setParameter(1, from).getSingleResult();
        if (first != null && date(first).isAfter(from)) {
            from = date(first);
        }
        if (first != null && from.isBefore(until)) {
            em.createNativeQuery("DELETE FROM feedback_daily WHERE local_date >= ?1 AND local_date < ?2")
                    .setParameter(1, from).setParameter(2, until).executeUpdate();
            int rows = em.createNativeQuery("""
                    INSERT INTO feedback_daily (%s) SELECT %s
                    FROM feedback
                    WHERE local_date >= ?1 AND local_date < ?2 AND kind = 'SURVEY'
                    GROUP BY service_id, local_date, unit_id, region_id""".formatted(COLUMNS, SUMS))
                    .setParameter(1, from).setParameter(2, until).executeUpdate();
            LOG.infof("Rolled up SKM answers of %s..%s into %d daily rows", from, until.minusDays(1), rows);
        }
        em.createNativeQuery("UPDATE feedback_rollup SET complete_before = ?1 WHERE id = 1")
                .setParameter(1, until).executeUpdate();
        return until;
    }

    private static final String COLUMNS = """
            service_id, local_date, unit_id, region_id, respondents, s1, s2, s3, s4, s5, s6, s7, s8, s9,
            n_account, n_visit, n_kiosk, n_paper""";

    private static final String SUMS = """
            service_id, local_date, unit_id, region_id, COUNT(*),
            SUM(u1), SUM(u2), SUM(u3), SUM(u4), SUM(u5), SUM(u6), SUM(u7), SUM(u8), SUM(u9),
            SUM(origin = 'ACCOUNT'), SUM(origin = 'VISIT'), SUM(origin = 'KIOSK'), SUM(origin = 'PAPER')
            """;

    /**
     * Recomputes one service's closed days from {@code from} to {@code to} (inclusive) after answers on those days
     * were added or taken back late: a paper batch dated in the past, a withdrawn batch. Days not rolled up yet are
     * left alone (they are read from {@code feedback} itself). Runs in the caller's transaction, under the
     * {@code feedback_rollup} row lock, so it queues behind a running roll-up.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void refresh(long serviceId, LocalDate from, LocalDate to) {
        LocalDate completeBefore = date(em.createNativeQuery(
                "SELECT complete_before FROM feedback_rollup WHERE id = 1 FOR UPDATE").getSingleResult());
        LocalDate end = to.plusDays(1).isBefore(completeBefore) ? to.plusDays(1) : completeBefore;
        if (!from.isBefore(end)) {
            return;
        }
        em.createNativeQuery("DELETE FROM feedback_daily WHERE service_id = ?1 AND local_date >= ?2 AND local_date < ?3")
                .setParameter(1, serviceId).setParameter(2, from).setParameter(3, end).executeUpdate();
        em.createNativeQuery("""
                INSERT INTO feedback_daily (%s) SELECT %s
                FROM feedback
                WHERE service_id = ?1 AND local_date >= ?2 AND local_date < ?3 AND kind = 'SURVEY'
                GROUP BY service_id, local_date, unit_id, region_id""".formatted(COLUMNS, SUMS))
                .setParameter(1, serviceId).setParameter(2, from).setParameter(3, end).executeUpdate();
    }

    private static LocalDate date(Object value) {
        return value instanceof Date d ? d.toLocalDate() : (LocalDate) value;
    }
}
