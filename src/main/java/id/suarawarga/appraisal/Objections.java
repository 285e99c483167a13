package id.suarawarga.appraisal;

import id.suarawarga.appraisal.AppraisalViews.ObjectionForm;
import id.suarawarga.appraisal.AppraisalViews.ObjectionView;
import id.suarawarga.appraisal.Periods.PeriodRow;
import id.suarawarga.catalogue.Region;
import id.suarawarga.catalogue.Unit;
import id.suarawarga.identity.CurrentUser;
import id.suarawarga.shared.idempotency.Idempotency;
import id.suarawarga.shared.idempotency.Outcome;
import id.suarawarga.shared.persistence.Rows;
import id.suarawarga.shared.persistence.Rows.Row;
import id.suarawarga.shared.web.ProblemException;
import id.suarawarga.shared.web.ProblemType;
import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The units' right of reply (<i>hak jawab</i>): a unit objects to its draft score while the review window is open,
 * and HR accepts (the period is computed again) or rejects it, always with a reason.
 */
@ApplicationScoped
public class Objections {

    private static final String SELECT = """
            SELECT id, period_id, unit_id, text, status, author_name, created_at, decided_by, decided_at, decision_reason,
                   result_run_id
            FROM appraisal_objection""";

    @Inject
    EntityManager em;

    @Inject
    Periods periods;

    @Inject
    PeriodRuns runs;

    @Inject
    AppraisalPermissions permissions;

    @Inject
    Idempotency idempotency;

    /** The unit's objection once per {@code Idempotency-Key} (ADR 0017); throws for a refusal. */
    public Outcome<ObjectionView> submit(long periodId, long unitId, String key, ObjectionForm form, CurrentUser user) {
        return idempotency.execute(user.subject().orElseThrow(), key,
                "POST /api/v1/appraisal/periods/" + periodId + "/units/" + unitId + "/objections", form,
                () -> Outcome.Created.of(object(periodId, unitId, form.text(), user), null));
    }

    @Transactional
    public ObjectionView object(long periodId, long unitId, String text, CurrentUser user) {
        PeriodRow p = periods.row(periodId, true);
        permissions.requireObjector(p, unitId, Periods.today());
        if (!Periods.IN_REVIEW.equals(p.status()) || p.currentRunId() == null) {
            throw new ProblemException(ProblemType.CONFLICT,
                    "appraisal.objection-window");
        }
        // a unit of another regency has no draft in this period
        if (!Region.idOfUnit(unitId).map(r -> p.regionId() == null || r.equals(p.regionId())).orElse(false)) {
            throw ProblemException.notFound("appraisal.what.unit", unitId);
        }
        em.createNativeQuery("""
                INSERT INTO appraisal_objection (period_id, unit_id, run_id, author_sub, author_name, text, status)
                VALUES (?1, ?2, ?3, ?4, ?5, ?6, 'PENDING')""")
                .setParameter(1, p.id()).setParameter(2, unitId).setParameter(3, p.currentRunId())
                .setParameter(4, user.subject().orElse(user.username())).setParameter(5, user.displayName())
                .setParameter(6, text.strip()).executeUpdate();
        long id = ((Number) em.createNativeQuery("SELECT LAST_INSERT_ID()").getSingleResult()).longValue();
        return objection(id);
    }

    @Transactional
    @TransactionConfiguration(timeout = 300) // a quarter may hold a million answers
    public ObjectionView decide(long objectionId, String decision, String reason, CurrentUser user) {
        List<Row> found = Rows.list(em, "SELECT period_id, status FROM appraisal_objection WHERE id = ?1 FOR UPDATE",
                Function.identity(), objectionId);
        if (found.isEmpty()) {
            throw ProblemException.notFound("appraisal.what.objection", objectionId);
        }
        PeriodRow p = periods.row(found.get(0).lng("period_id"), true);
        if (!permissions.hrIn(p.regionId())) {
            throw ProblemException.notFound("appraisal.what.objection", objectionId);
        }
        if (!"PENDING".equals(found.get(0).string("status"))) {
            throw new ProblemException(ProblemType.CONFLICT, "appraisal.objection-decided");
        }
        Long resultRun = null;
        if ("ACCEPTED".equals(decision)) {
            runs.recompute(p, "objection #" + objectionId + " accepted: " + reason.strip(), user.username());
            resultRun = periods.row(p.id(), false).currentRunId();
        }
        em.createNativeQuery("""
                UPDATE appraisal_objection SET status = ?2, decided_by = ?3, decided_at = CURRENT_TIMESTAMP(6),
                       decision_reason = ?4, result_run_id = ?5 WHERE id = ?1""")
                .setParameter(1, objectionId).setParameter(2, decision).setParameter(3, user.username())
                .setParameter(4, reason.strip()).setParameter(5, resultRun).executeUpdate();
        return objection(objectionId);
    }

    /** Objections of a period for HR's page: pending first. */
    @Transactional
    public List<ObjectionView> objectionsOf(long periodId) {
        periods.hrRow(periodId, false);
        List<ObjectionView> all = new ArrayList<>(objections(periodId, null));
        all.sort((a, b) -> Boolean.compare(!"PENDING".equals(a.status()), !"PENDING".equals(b.status())));
        return all;
    }

    /** A period's objections (of one unit, or of all when {@code unitId} is null), oldest first. */
    List<ObjectionView> objections(long periodId, Long unitId) {
        String where = unitId == null ? "period_id = ?1" : "period_id = ?1 AND unit_id = ?2";
        Object[] params = unitId == null ? new Object[] {periodId} : new Object[] {periodId, unitId};
        return withUnitNames(Rows.list(em, SELECT + " WHERE %s ORDER BY id LIMIT 500".formatted(where),
                Function.identity(), params));
    }

    private ObjectionView objection(long id) {
        return withUnitNames(Rows.list(em, SELECT + " WHERE id = ?1", Function.identity(), id)).stream().findFirst()
                .orElseThrow(() -> ProblemException.notFound("appraisal.what.objection", id));
    }

    /** The rows as views with their unit's name from the catalogue (a row of an unknown unit is left out). */
    private static List<ObjectionView> withUnitNames(List<Row> rows) {
        Map<Long, Unit.Facts> units = Unit.factsOf(rows.stream().map(r -> r.lng("unit_id")).toList());
        return rows.stream().filter(r -> units.containsKey(r.lng("unit_id")))
                .map(r -> new ObjectionView(r.lng("id"), r.lng("period_id"), r.lng("unit_id"),
                        units.get(r.lng("unit_id")).name(), r.string("text"), r.string("status"), r.string("author_name"),
                        r.instant("created_at"), r.string("decided_by"), r.instant("decided_at"),
                        r.string("decision_reason"), r.lng("result_run_id")))
                .toList();
    }
}
