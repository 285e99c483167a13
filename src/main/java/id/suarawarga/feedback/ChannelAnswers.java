package id.suarawarga.feedback;

import id.suarawarga.feedback.Feedback.Origin;
import id.suarawarga.shared.persistence.Rows;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;

/**
 * Feedback's contract for a channel that takes its answers back (issue 16): a withdrawn paper batch. The answers
 * stored under one binding ({@code origin}, {@code origin_ref}) leave {@code feedback}, so the IKM, the staff lists
 * and the public comments no longer count or show them, and the closed days they sat on are recounted. Officers'
 * replies to those answers go with them in the same transaction: a paper respondent has no account to read a reply,
 * and a reply to an answer that no longer counts would hang under nothing. The channel keeps its own record of what
 * was withdrawn and why (the paper batch and its sheets stay).
 */
@ApplicationScoped
public class ChannelAnswers {

    @Inject
    EntityManager em;

    @Inject
    DailyTotals dailyTotals;

    private record Span(long serviceId, LocalDate from, LocalDate to) {
    }

    /** How many answers of the binding there are now (0 when none was counted or all were withdrawn). */
    public long count(Origin origin, long ref) {
        return Rows.first(em, "SELECT COUNT(*) AS n FROM feedback WHERE origin = ?1 AND origin_ref = ?2",
                r -> r.lng("n"), origin.name(), ref).orElse(0L);
    }

    /**
     * Removes every answer of the binding and its replies, then recounts the days they were on; answers how many
     * answers were removed. Throws {@link jakarta.persistence.PersistenceException} when another feature still holds
     * one of them (an appraisal's exclusion record): the caller decides what to say.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int withdraw(Origin origin, long ref) {
        List<Span> spans = Rows.list(em, """
                SELECT service_id, MIN(local_date) AS first_day, MAX(local_date) AS last_day FROM feedback
                WHERE origin = ?1 AND origin_ref = ?2 AND service_id IS NOT NULL GROUP BY service_id""",
                r -> new Span(r.lng("service_id"), r.date("first_day"), r.date("last_day")), origin.name(), ref);
        em.createNativeQuery("""
                DELETE r FROM feedback_response r JOIN feedback f ON f.id = r.feedback_id
                WHERE f.origin = ?1 AND f.origin_ref = ?2""")
                .setParameter(1, origin.name()).setParameter(2, ref).executeUpdate();
        int removed = em.createNativeQuery("DELETE FROM feedback WHERE origin = ?1 AND origin_ref = ?2")
                .setParameter(1, origin.name()).setParameter(2, ref).executeUpdate();
        for (Span s : spans) {
            dailyTotals.refresh(s.serviceId(), s.from(), s.to());
        }
        return removed;
    }
}
