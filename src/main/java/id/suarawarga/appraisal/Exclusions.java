package id.suarawarga.appraisal;

import id.suarawarga.appraisal.AppraisalViews.ExclusionView;
import id.suarawarga.appraisal.Periods.PeriodRow;
import id.suarawarga.identity.CurrentUser;
import id.suarawarga.shared.persistence.Rows;
import id.suarawarga.shared.persistence.Rows.Row;
import id.suarawarga.shared.web.ProblemException;
import id.suarawarga.shared.web.ProblemType;
import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The answers a run left out (brigading, duplicates: the rules of {@link id.suarawarga.appraisal.score}) and
 * their reinstatement: an excluded answer counted again, with a reason, computes the period again.
 */
@ApplicationScoped
public class Exclusions {

    @Inject
    EntityManager em;

    @Inject
    Periods periods;

    @Inject
    PeriodRuns runs;

    @Inject
    AppraisalPermissions permissions;

    @Transactional
    @TransactionConfiguration(timeout = 300) // a quarter may hold a million answers
    public ExclusionView reinstate(long exclusionId, String reason, CurrentUser user) {
        List<Row> found = Rows.list(em, "SELECT period_id, reinstated_at, unit_id FROM appraisal_exclusion WHERE id = ?1 FOR UPDATE",
                Function.identity(), exclusionId);
        if (found.isEmpty()) {
            throw ProblemException.notFound("appraisal.what.exclusion", exclusionId);
        }
        PeriodRow p = periods.row(found.get(0).lng("period_id"), true);
        permissions.requireReinstater(p, exclusionId);
        if (found.get(0).raw("reinstated_at") != null) {
            throw new ProblemException(ProblemType.CONFLICT, "appraisal.already-reinstated");
        }
        em.createNativeQuery("""
                UPDATE appraisal_exclusion SET reinstated_by = ?2, reinstated_at = CURRENT_TIMESTAMP(6), reinstate_reason = ?3
                WHERE id = ?1""").setParameter(1, exclusionId).setParameter(2, user.username())
                .setParameter(3, reason.strip()).executeUpdate();
        runs.recompute(p, "exclusion #" + exclusionId + " reinstated: " + reason.strip(), user.username());
        long unitId = found.get(0).lng("unit_id");
        return exclusions(p.id(), unitId).stream().filter(e -> e.id() == exclusionId).findFirst().orElseThrow();
    }

    /** A period's exclusions (of one unit, or of all when {@code unitId} is null), the first thousand. */
    List<ExclusionView> exclusions(long periodId, Long unitId) {
        List<ExclusionView> rows = unitId == null
                ? Rows.list(em, """
                        SELECT id, feedback_id, unit_id, rule_code, detail, reinstated_by, reinstated_at, reinstate_reason
                        FROM appraisal_exclusion WHERE period_id = ?1 ORDER BY id LIMIT 1000""",
                        Exclusions::exclusion, periodId)
                : Rows.list(em, """
                        SELECT id, feedback_id, unit_id, rule_code, detail, reinstated_by, reinstated_at, reinstate_reason
                        FROM appraisal_exclusion WHERE period_id = ?1 AND unit_id = ?2 ORDER BY id LIMIT 1000""",
                        Exclusions::exclusion, periodId, unitId);
        return rows;
    }

    /** Which of these answers stand excluded in the period (an exclusion not reinstated). */
    Set<Long> excludedAmong(long periodId, Collection<Long> feedbackIds) {
        if (feedbackIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(Rows.list(em, """
                SELECT DISTINCT feedback_id FROM appraisal_exclusion
                WHERE period_id = ?1 AND feedback_id IN (?2) AND reinstated_at IS NULL""",
                r -> r.lng("feedback_id"), periodId, feedbackIds));
    }

    /** The answers of a unit that stand excluded in the period, each once (an answer may break several rules). */
    Set<Long> excludedOfUnit(long periodId, long unitId) {
        return new HashSet<>(Rows.list(em, """
                SELECT DISTINCT feedback_id FROM appraisal_exclusion
                WHERE period_id = ?1 AND unit_id = ?2 AND reinstated_at IS NULL""",
                r -> r.lng("feedback_id"), periodId, unitId));
    }

    private static ExclusionView exclusion(Row r) {
        return new ExclusionView(r.lng("id"), r.lng("feedback_id"), r.lng("unit_id"), r.string("rule_code"),
                r.string("detail"), r.raw("reinstated_at") == null, r.string("reinstated_by"), r.instant("reinstated_at"),
                r.string("reinstate_reason"));
    }
}
