package id.suarawarga.appraisal;

import id.suarawarga.appraisal.AppraisalViews.CommentView;
import id.suarawarga.appraisal.AppraisalViews.DrillDown;
import id.suarawarga.appraisal.AppraisalViews.ElementNrr;
import id.suarawarga.appraisal.AppraisalViews.ExclusionView;
import id.suarawarga.appraisal.AppraisalViews.MonthPoint;
import id.suarawarga.appraisal.AppraisalViews.ObjectionView;
import id.suarawarga.appraisal.AppraisalViews.PeriodForm;
import id.suarawarga.appraisal.AppraisalViews.PeriodView;
import id.suarawarga.appraisal.AppraisalViews.ScoreView;
import id.suarawarga.appraisal.AppraisalViews.SnapshotRef;
import id.suarawarga.appraisal.AppraisalViews.SnapshotView;
import id.suarawarga.appraisal.score.Answer;
import id.suarawarga.appraisal.score.AppraisalCalculator;
import id.suarawarga.appraisal.score.Estimate;
import id.suarawarga.appraisal.score.Exclusion;
import id.suarawarga.appraisal.score.Nip;
import id.suarawarga.appraisal.score.ScoreParameters;
import id.suarawarga.appraisal.score.SnapshotCanonical;
import id.suarawarga.appraisal.score.UnitScore;
import id.suarawarga.feedback.QuestionnaireElement;
import id.suarawarga.feedback.skm.Period;
import id.suarawarga.feedback.skm.WorkingDays;
import id.suarawarga.identity.CurrentUser;
import id.suarawarga.privacy.StaffAccessLog;
import id.suarawarga.shared.i18n.Texts;
import id.suarawarga.shared.persistence.Rows;
import id.suarawarga.shared.persistence.Rows.Row;
import id.suarawarga.shared.web.PageRequest;
import id.suarawarga.shared.web.PageResult;
import id.suarawarga.shared.web.ProblemException;
import id.suarawarga.shared.web.ProblemType;
import io.quarkus.narayana.jta.runtime.TransactionConfiguration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Appraisal periods and the unit scores HR reads: open → computed (review window for the units) → frozen.
 * Every computation is a new run whose rows are never changed; reinstating an exclusion or accepting an
 * objection computes again; freezing copies the current run's canonical text and SHA-256 into a numbered
 * snapshot, and a correction after freezing leads to a new snapshot version that references the old one.
 * The arithmetic is {@link AppraisalCalculator}; who may do what is {@link AppraisalPermissions}.
 */
@ApplicationScoped
public class AppraisalService {

    public static final String OPEN = "OPEN";
    public static final String IN_REVIEW = "IN_REVIEW";
    public static final String FROZEN = "FROZEN";

    @Inject
    StaffAccessLog accessLog;

    @Inject
    EntityManager em;

    @Inject
    PeriodAnswers periodAnswers;

    @Inject
    AppraisalConfig config;

    @Inject
    AppraisalPermissions permissions;

    @ConfigProperty(name = "suarawarga.feedback.holidays", defaultValue = "2026-12-25")
    Set<LocalDate> holidays;

    /** The period row as stored. */
    record PeriodRow(long id, String code, String kind, LocalDate startsOn, LocalDate endsBefore, String status,
            int minRespondents, int priorWeight, int reviewWorkingDays, LocalDate reviewUntil, Long currentRunId) {

        Period period() {
            return Period.parse(code);
        }

        ScoreParameters parameters() {
            return ScoreParameters.DEFAULTS.withMinRespondents(minRespondents).withPriorWeight(priorWeight);
        }

        boolean reviewOpen(LocalDate today) {
            return IN_REVIEW.equals(status) && reviewUntil != null && !today.isAfter(reviewUntil);
        }
    }

    // ---- periods ---------------------------------------------------------------------------------------------

    @Transactional
    public PeriodView create(PeriodForm form, CurrentUser user) {
        Period period;
        try {
            period = Period.parse(form.period());
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("period", e.getMessage());
        }
        if (period.kind() != Period.Kind.QUARTER && period.kind() != Period.Kind.YEAR) {
            throw ProblemException.invalid("period",
                    "appraisal.period-kind");
        }
        if (count("SELECT COUNT(*) FROM appraisal_period WHERE code = ?1", period.toString()) > 0) {
            throw ProblemException.conflict("appraisal.period-exists", "period", period.toString());
        }
        long id = insertPeriod(period, orDefault(form.minRespondents(), config.minRespondents()),
                orDefault(form.priorWeight(), config.priorWeight()),
                orDefault(form.reviewWorkingDays(), config.reviewWorkingDays()), user.username());
        return view(row(id, false));
    }

    private long insertPeriod(Period period, int minRespondents, int priorWeight, int reviewDays, String username) {
        em.createNativeQuery("""
                INSERT INTO appraisal_period (code, kind, starts_on, ends_before, status, min_respondents, prior_weight,
                                              review_working_days, created_by)
                VALUES (?1, ?2, ?3, ?4, 'OPEN', ?5, ?6, ?7, ?8)""")
                .setParameter(1, period.toString()).setParameter(2, period.kind().name())
                .setParameter(3, period.start()).setParameter(4, period.endExclusive())
                .setParameter(5, minRespondents).setParameter(6, priorWeight).setParameter(7, reviewDays)
                .setParameter(8, username).executeUpdate();
        return ((Number) em.createNativeQuery("SELECT id FROM appraisal_period WHERE code = ?1")
                .setParameter(1, period.toString()).getSingleResult()).longValue();
    }

    /**
     * For the demo: the last full quarter as a period, computed, so a new user sees scores at once. Creates and
     * computes only what is missing; returns the period's id.
     */
    @Transactional
    @TransactionConfiguration(timeout = 300)
    public long ensureDemoPeriod() {
        Period quarter = Period.containing(today(), Period.Kind.QUARTER).previous();
        long id = Rows.first(em, "SELECT id FROM appraisal_period WHERE code = ?1", r -> r.lng("id"), quarter.toString())
                .orElseGet(() -> insertPeriod(quarter, config.minRespondents(), config.priorWeight(),
                        config.reviewWorkingDays(), "demo"));
        PeriodRow p = row(id, true);
        if (p.currentRunId() == null) {
            recompute(p, "demo", "demo");
        }
        return id;
    }

    @Transactional
    public PageResult<PeriodView> periods(PageRequest page) {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("SELECT id FROM appraisal_period ORDER BY starts_on DESC, kind, id DESC")
                .setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        long total = count("SELECT COUNT(*) FROM appraisal_period");
        return new PageResult<>(ids.stream().map(i -> view(row(i.longValue(), false))).toList(), page.page(),
                page.size(), total);
    }

    /** Periods whose review window is open now, for the officer's page. */
    @Transactional
    public List<PeriodView> inReview() {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("""
                SELECT id FROM appraisal_period WHERE status = 'IN_REVIEW' AND review_until >= ?1
                ORDER BY starts_on DESC LIMIT 20""").setParameter(1, today()).getResultList();
        return ids.stream().map(i -> view(row(i.longValue(), false))).toList();
    }

    @Transactional
    public PeriodView period(long id) {
        return view(row(id, false));
    }

    // ---- compute and freeze ----------------------------------------------------------------------------------

    @Transactional
    @TransactionConfiguration(timeout = 300) // a quarter may hold a million answers
    public PeriodView compute(long periodId, String reason, CurrentUser user) {
        PeriodRow p = row(periodId, true);
        if (FROZEN.equals(p.status()) && (reason == null || reason.isBlank())) {
            throw ProblemException.invalid("reason",
                    "appraisal.frozen-needs-reason");
        }
        recompute(p, reason, user.username());
        return view(row(periodId, false));
    }

    /** A new run from the stored answers; the period goes (back) into review with a new window. */
    void recompute(PeriodRow p, String reason, String username) {
        Computation c = calculate(p, reinstatedKeys(p.id(), null));
        long runId = insertRun(p, c, reason, username);
        insertScores(runId, c.result().scores());
        List<Exclusion> detected = c.result().detected();
        for (int from = 0; from < detected.size(); from += 500) {
            List<Exclusion> chunk = detected.subList(from, Math.min(detected.size(), from + 500));
            var q = em.createNativeQuery("INSERT IGNORE INTO appraisal_exclusion (period_id, feedback_id, unit_id, rule_code, "
                    + "detail, first_run_id) VALUES " + String.join(",", java.util.Collections.nCopies(chunk.size(), "(?,?,?,?,?,?)")));
            int i = 1;
            for (Exclusion e : chunk) {
                q.setParameter(i++, p.id()).setParameter(i++, e.answerId()).setParameter(i++, c.unitOf().get(e.answerId()))
                        .setParameter(i++, e.rule().name()).setParameter(i++, e.detail()).setParameter(i++, runId);
            }
            q.executeUpdate();
        }
        LocalDate until = WorkingDays.addWorkingDays(today(), p.reviewWorkingDays(), holidays);
        em.createNativeQuery("UPDATE appraisal_period SET status = 'IN_REVIEW', current_run_id = ?2, review_until = ?3 WHERE id = ?1")
                .setParameter(1, p.id()).setParameter(2, runId).setParameter(3, until).executeUpdate();
    }

    record Computation(AppraisalCalculator.Result result, String canonical, String sha256, Map<Long, Long> unitOf,
            long answers) {
    }

    /** Recomputes from the stored answers; {@code reinstated} are the exclusion keys reinstated at the time. */
    Computation calculate(PeriodRow p, Set<String> reinstated) {
        List<Answer> answers = periodAnswers.load(p.startsOn(), p.endsBefore(), p.parameters().freshAccountAge());
        Map<Long, Long> unitRegions = new HashMap<>();
        Map<Long, String> unitCodes = new HashMap<>();
        for (Row u : Rows.list(em, "SELECT id, region_id, code FROM unit", Function.identity())) {
            unitRegions.put(u.lng("id"), u.lng("region_id"));
            unitCodes.put(u.lng("id"), u.string("code"));
        }
        Map<Long, Long> users = new HashMap<>();
        for (Row u : Rows.list(em, """
                SELECT s.unit_id AS unit_id, SUM(su.users) AS users
                FROM service_users su JOIN public_service s ON s.id = su.service_id
                WHERE su.period = ?1 GROUP BY s.unit_id""", Function.identity(), p.code())) {
            users.put(u.lng("unit_id"), u.lng("users"));
        }
        ScoreParameters params = p.parameters();
        AppraisalCalculator.Result result = AppraisalCalculator.compute(answers, unitRegions, users, reinstated, params);
        String canonical = SnapshotCanonical.text(p.code(), params, result.scores(), unitCodes, result.detected(),
                reinstated);
        Map<Long, Long> unitOf = new HashMap<>();
        Set<Long> excludedIds = result.detected().stream().map(Exclusion::answerId).collect(Collectors.toSet());
        for (Answer a : answers) {
            if (excludedIds.contains(a.id())) {
                unitOf.put(a.id(), a.unitId());
            }
        }
        return new Computation(result, canonical, SnapshotCanonical.sha256(canonical), unitOf, answers.size());
    }

    private long insertRun(PeriodRow p, Computation c, String reason, String username) {
        long excluded = c.result().scores().stream().mapToLong(UnitScore::excluded).sum();
        em.createNativeQuery("""
                INSERT INTO appraisal_run (period_id, code_version, parameters, answers_total, answers_excluded,
                                           computed_by, reason, canonical, sha256)
                VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)""")
                .setParameter(1, p.id()).setParameter(2, AppraisalCalculator.VERSION)
                .setParameter(3, p.parameters().canonical()).setParameter(4, c.answers()).setParameter(5, excluded)
                .setParameter(6, username).setParameter(7, blankToNull(reason)).setParameter(8, c.canonical())
                .setParameter(9, c.sha256()).executeUpdate();
        return ((Number) em.createNativeQuery("SELECT LAST_INSERT_ID()").getSingleResult()).longValue();
    }

    private void insertScores(long runId, List<UnitScore> scores) {
        StringBuilder sql = new StringBuilder("""
                INSERT INTO appraisal_score (run_id, unit_id, region_id, answers, excluded, respondents, ratings, ikm,
                  grade, nrr, service_users, sample_minimum, representative, sufficient, mean_score, robust_score,
                  robust_low, robust_high, staff_n, staff_sufficient, staff_score, staff_low, staff_high, service_score,
                  service_low, service_high) VALUES """);
        List<Object> params = new ArrayList<>();
        for (int i = 0; i < scores.size(); i++) {
            UnitScore s = scores.get(i);
            sql.append(i == 0 ? "" : ",").append("(").append("?,".repeat(25)).append("?)");
            Estimate o = s.overall();
            Estimate st = s.staffConduct();
            Estimate sv = s.serviceConditions();
            String nrr = s.ikm().nrr().isEmpty() ? null : s.ikm().nrr().entrySet().stream()
                    .map(e -> e.getKey() + "=" + e.getValue().toPlainString()).collect(Collectors.joining(";"));
            params.addAll(java.util.Arrays.asList(runId, s.unitId(), s.regionId(), s.answers(), s.excluded(),
                    s.respondents(), s.ratings(), s.ikm().ikm(), s.ikm().grade() == null ? null : s.ikm().grade().name(),
                    nrr, s.serviceUsers(), s.sampleMinimum(), s.representative(), o.sufficient(), o.mean(), o.robust(),
                    o.low(), o.high(), st.n(), st.sufficient(), st.robust(), st.low(), st.high(), sv.robust(), sv.low(),
                    sv.high()));
        }
        if (scores.isEmpty()) {
            return;
        }
        var q = em.createNativeQuery(sql.toString());
        for (int i = 0; i < params.size(); i++) {
            q.setParameter(i + 1, params.get(i));
        }
        q.executeUpdate();
    }

    @Transactional
    public PeriodView freeze(long periodId, boolean closeReviewEarly, CurrentUser user) {
        PeriodRow p = row(periodId, true);
        if (!IN_REVIEW.equals(p.status()) || p.currentRunId() == null) {
            throw new ProblemException(ProblemType.CONFLICT, FROZEN.equals(p.status())
                    ? "appraisal.already-frozen"
                    : "appraisal.compute-first");
        }
        if (count("SELECT COUNT(*) FROM appraisal_objection WHERE period_id = ?1 AND status = 'PENDING'", p.id()) > 0) {
            throw new ProblemException(ProblemType.CONFLICT,
                    "appraisal.objections-pending");
        }
        if (p.reviewOpen(today()) && !closeReviewEarly) {
            throw new ProblemException(ProblemType.CONFLICT, "appraisal.review-open", p.reviewUntil());
        }
        Row run = Rows.list(em, "SELECT canonical, sha256 FROM appraisal_run WHERE id = ?1", Function.identity(),
                p.currentRunId()).get(0);
        List<Row> last = Rows.list(em, "SELECT id, version FROM appraisal_snapshot WHERE period_id = ?1 ORDER BY version DESC LIMIT 1",
                Function.identity(), p.id());
        Long supersedes = last.isEmpty() ? null : last.get(0).lng("id");
        int version = last.isEmpty() ? 1 : last.get(0).integer("version") + 1;
        em.createNativeQuery("""
                INSERT INTO appraisal_snapshot (period_id, version, run_id, supersedes_id, code_version, canonical, sha256, frozen_by)
                VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)""")
                .setParameter(1, p.id()).setParameter(2, version).setParameter(3, p.currentRunId())
                .setParameter(4, supersedes).setParameter(5, AppraisalCalculator.VERSION).setParameter(6, run.string("canonical"))
                .setParameter(7, run.string("sha256")).setParameter(8, user.username()).executeUpdate();
        em.createNativeQuery("UPDATE appraisal_period SET status = 'FROZEN' WHERE id = ?1").setParameter(1, p.id())
                .executeUpdate();
        return view(row(periodId, false));
    }

    /**
     * The latest snapshot and a fresh recomputation of it from the stored answers, with the exclusions
     * reinstated up to the moment it was frozen: {@code reproduced} is true when the hashes agree.
     */
    @Transactional
    @TransactionConfiguration(timeout = 300) // a quarter may hold a million answers
    public SnapshotView snapshot(long periodId) {
        PeriodRow p = row(periodId, false);
        SnapshotRef ref = latestSnapshot(periodId);
        if (ref == null) {
            throw ProblemException.notFound("appraisal.what.snapshot", periodId);
        }
        String canonical = (String) em.createNativeQuery("SELECT canonical FROM appraisal_snapshot WHERE id = ?1")
                .setParameter(1, ref.id()).getSingleResult();
        Computation again = calculate(p, reinstatedKeys(periodId, ref.id()));
        return new SnapshotView(periodId, p.code(), ref, canonical, again.sha256(), again.sha256().equals(ref.sha256()));
    }

    // ---- scores and drill-down -------------------------------------------------------------------------------

    private static final String SCORE_SELECT = """
            SELECT s.unit_id, u.code AS unit_code, u.name AS unit_name, r.code AS region_code, r.name AS region_name,
                   u.head_nip, s.answers, s.excluded, s.respondents,
                   s.ratings, s.ikm, s.grade, s.service_users, s.sample_minimum, s.representative, s.sufficient,
                   s.mean_score, s.robust_score, s.robust_low, s.robust_high, s.staff_n, s.staff_sufficient,
                   s.staff_score, s.staff_low, s.staff_high, s.service_score, s.service_low, s.service_high, s.nrr
            FROM appraisal_score s JOIN unit u ON u.id = s.unit_id JOIN region r ON r.id = s.region_id
            """;

    @Transactional
    public PageResult<ScoreView> scores(long periodId, PageRequest page) {
        PeriodRow p = row(periodId, false);
        if (p.currentRunId() == null) {
            return new PageResult<>(List.of(), page.page(), page.size(), 0);
        }
        List<ScoreView> rows = Rows.list(Rows.query(em, SCORE_SELECT + " WHERE s.run_id = ?1 ORDER BY r.code, u.code")
                .setParameter(1, p.currentRunId()).setFirstResult(page.offset()).setMaxResults(page.size()),
                AppraisalService::score);
        long total = count("SELECT COUNT(*) FROM appraisal_score WHERE run_id = ?1", p.currentRunId());
        return new PageResult<>(rows, page.page(), page.size(), total);
    }

    /** Every score of the current run, for the exports (a regency has a few hundred units at most). */
    @Transactional
    public List<ScoreView> allScores(long periodId) {
        PeriodRow p = row(periodId, false);
        if (p.currentRunId() == null) {
            return List.of();
        }
        return Rows.list(Rows.query(em, SCORE_SELECT + " WHERE s.run_id = ?1 ORDER BY r.code, u.code")
                .setParameter(1, p.currentRunId()).setMaxResults(100_000), AppraisalService::score);
    }

    @Transactional
    public DrillDown drillDown(long periodId, long unitId, PageRequest commentsPage, boolean english, CurrentUser user) {
        PeriodRow p = row(periodId, false);
        permissions.requireDraftReader(p, unitId, today());
        if (p.currentRunId() == null) {
            throw new ProblemException(ProblemType.NOT_FOUND, "appraisal.not-computed");
        }
        List<Row> found = Rows.list(em, SCORE_SELECT + " WHERE s.run_id = ?1 AND s.unit_id = ?2", Function.identity(),
                p.currentRunId(), unitId);
        if (found.isEmpty()) {
            throw ProblemException.notFound("appraisal.what.unit", unitId);
        }
        permissions.logEvidenceView(p.id(), unitId);
        Row row = found.get(0);
        return new DrillDown(view(p), score(row), elements(row.string("nrr"), english), trend(p, unitId),
                comments(p, unitId, commentsPage), exclusions(p.id(), unitId), objections(p.id(), unitId));
    }

    private List<ElementNrr> elements(String nrr, boolean english) {
        Map<String, BigDecimal> values = new HashMap<>();
        if (nrr != null) {
            for (String pair : nrr.split(";")) {
                String[] kv = pair.split("=");
                values.put(kv[0], new BigDecimal(kv[1]));
            }
        }
        List<ElementNrr> out = new ArrayList<>();
        // the national questionnaire's elements, as feedback stores them
        for (QuestionnaireElement e : QuestionnaireElement.<QuestionnaireElement>list("questionnaire.id = ?1 ORDER BY position", 1L)) {
            out.add(new ElementNrr(e.code, e.label(english), values.get(e.code)));
        }
        return out;
    }

    /** Mean answer per month over the twelve months up to the period's end, without this period's exclusions. */
    private List<MonthPoint> trend(PeriodRow p, long unitId) {
        LocalDate from = p.endsBefore().minusMonths(12);
        Map<String, MonthPoint> months = new TreeMap<>();
        for (YearMonth m = YearMonth.from(from); m.isBefore(YearMonth.from(p.endsBefore())); m = m.plusMonths(1)) {
            months.put(m.toString(), new MonthPoint(m.toString(), 0, null));
        }
        for (Row r : Rows.list(em, """
                SELECT DATE_FORMAT(f.local_date, '%Y-%m') AS m, COUNT(*) AS n,
                       SUM(CASE WHEN f.u1 IS NULL THEN 9 + 27 * f.stars
                                ELSE 4 * (f.u1 + f.u2 + f.u3 + f.u4 + f.u5 + f.u6 + f.u7 + f.u8 + f.u9) END) AS points
                FROM feedback f
                WHERE f.unit_id = ?1 AND f.local_date >= ?2 AND f.local_date < ?3
                  AND NOT EXISTS (SELECT 1 FROM appraisal_exclusion x WHERE x.period_id = ?4 AND x.feedback_id = f.id
                                  AND x.reinstated_at IS NULL)
                GROUP BY m""", Function.identity(), unitId, from, p.endsBefore(), p.id())) {
            long n = r.lng("n");
            double mean36 = r.dbl("points") / (36.0 * n);
            months.put(r.string("m"), new MonthPoint(r.string("m"), n,
                    id.suarawarga.appraisal.score.RobustScore.converted(mean36)));
        }
        return List.copyOf(months.values());
    }

    private PageResult<CommentView> comments(PeriodRow p, long unitId, PageRequest page) {
        List<Row> rows = Rows.list(Rows.query(em, """
                SELECT f.id, f.kind, f.created_at, f.comment, f.author_name, f.anonymous,
                       EXISTS (SELECT 1 FROM appraisal_exclusion x WHERE x.period_id = ?4 AND x.feedback_id = f.id
                               AND x.reinstated_at IS NULL) AS excluded, f.author_sub, f.author_username
                FROM feedback f WHERE f.unit_id = ?1 AND f.local_date >= ?2 AND f.local_date < ?3
                  AND f.comment IS NOT NULL AND f.comment <> ''
                ORDER BY f.id DESC""")
                .setParameter(1, unitId).setParameter(2, p.startsOn()).setParameter(3, p.endsBefore())
                .setParameter(4, p.id()).setFirstResult(page.offset()).setMaxResults(page.size()), Function.identity());
        long total = count("""
                SELECT COUNT(*) FROM feedback WHERE unit_id = ?1 AND local_date >= ?2 AND local_date < ?3
                AND comment IS NOT NULL AND comment <> ''""", unitId, p.startsOn(), p.endsBefore());
        accessLog.shown(StaffAccessLog.What.FEEDBACK, "appraisal-drill-down", rows.stream()
                .filter(r -> !r.bool("anonymous") && r.string("author_name") != null)
                .map(r -> new StaffAccessLog.Citizen(r.string("author_sub"), r.string("author_username"), r.lng("id")))
                .toList());
        List<CommentView> items = rows.stream().map(r -> {
            boolean anonymous = r.bool("anonymous");
            return new CommentView(r.lng("id"), r.string("kind"), r.instant("created_at"), r.string("comment"),
                    anonymous ? null : r.string("author_name"), anonymous, r.bool("excluded"));
        }).toList();
        return new PageResult<>(items, page.page(), page.size(), total);
    }

    List<ExclusionView> exclusions(long periodId, Long unitId) {
        List<ExclusionView> rows = unitId == null
                ? Rows.list(em, """
                        SELECT id, feedback_id, unit_id, rule_code, detail, reinstated_by, reinstated_at, reinstate_reason
                        FROM appraisal_exclusion WHERE period_id = ?1 ORDER BY id LIMIT 1000""",
                        AppraisalService::exclusion, periodId)
                : Rows.list(em, """
                        SELECT id, feedback_id, unit_id, rule_code, detail, reinstated_by, reinstated_at, reinstate_reason
                        FROM appraisal_exclusion WHERE period_id = ?1 AND unit_id = ?2 ORDER BY id LIMIT 1000""",
                        AppraisalService::exclusion, periodId, unitId);
        return rows;
    }

    List<ObjectionView> objections(long periodId, Long unitId) {
        String where = unitId == null ? "o.period_id = ?1" : "o.period_id = ?1 AND o.unit_id = ?2";
        Object[] params = unitId == null ? new Object[] {periodId} : new Object[] {periodId, unitId};
        return Rows.list(em, """
                SELECT o.id, o.period_id, o.unit_id, u.name AS unit_name, o.text, o.status, o.author_name, o.created_at,
                       o.decided_by, o.decided_at, o.decision_reason, o.result_run_id
                FROM appraisal_objection o JOIN unit u ON u.id = o.unit_id WHERE %s ORDER BY o.id LIMIT 500""".formatted(where),
                AppraisalService::objection, params);
    }

    /** Objections of a period for HR's page: pending first. */
    @Transactional
    public List<ObjectionView> objectionsOf(long periodId) {
        row(periodId, false);
        List<ObjectionView> all = new ArrayList<>(objections(periodId, null));
        all.sort((a, b) -> Boolean.compare(!"PENDING".equals(a.status()), !"PENDING".equals(b.status())));
        return all;
    }

    /** A file for HR with the current scores (and the latest snapshot's hash); logged in the access log. */
    public record ExportFile(byte[] body, String type, String name) {
    }

    @Transactional
    public ExportFile export(long periodId, String format) {
        String f = format == null ? "" : format.trim().toLowerCase(java.util.Locale.ROOT);
        if (!List.of("csv", "xlsx", "json").contains(f)) {
            throw ProblemException.invalid("format", "appraisal.export-format");
        }
        PeriodView p = period(periodId);
        List<ScoreView> scores = allScores(periodId);
        permissions.logExport(periodId, f);
        String name = "appraisal-" + p.code() + "." + f;
        return switch (f) {
            case "csv" -> new ExportFile(AppraisalExports.csv(p, scores), "text/csv; charset=UTF-8", name);
            case "xlsx" -> new ExportFile(AppraisalExports.xlsx(p, scores), AppraisalExports.XLSX, name);
            default -> new ExportFile(AppraisalExports.json(p, scores), "application/json", name);
        };
    }

    /** Records (or clears, with null) the head of unit's NIP shown in exports; the structure is checked. */
    @Transactional
    public void recordHeadNip(long unitId, String nip) {
        String value = nip == null || nip.isBlank() ? null : nip.strip();
        Nip.Flaw flaw = value == null ? null : Nip.flaw(value);
        if (flaw != null) {
            throw ProblemException.invalid("nip", "appraisal.invalid-nip", new Texts.Text(switch (flaw) {
                case DIGITS -> "appraisal.nip.digits";
                case DATES -> "appraisal.nip.dates";
                case BIRTH_YEAR -> "appraisal.nip.birth-year";
                case APPOINTMENT -> "appraisal.nip.appointment";
                case GENDER -> "appraisal.nip.gender";
                case SEQUENCE -> "appraisal.nip.sequence";
            }));
        }
        int updated = em.createNativeQuery("UPDATE unit SET head_nip = ?2 WHERE id = ?1").setParameter(1, unitId)
                .setParameter(2, value).executeUpdate();
        if (updated == 0) {
            throw ProblemException.notFound("appraisal.what.unit", unitId);
        }
    }

    // ---- right of reply, reinstatement -----------------------------------------------------------------------

    @Transactional
    public ObjectionView object(long periodId, long unitId, String text, CurrentUser user) {
        PeriodRow p = row(periodId, true);
        permissions.requireObjector(p, unitId, today());
        if (!IN_REVIEW.equals(p.status()) || p.currentRunId() == null) {
            throw new ProblemException(ProblemType.CONFLICT,
                    "appraisal.objection-window");
        }
        if (count("SELECT COUNT(*) FROM unit WHERE id = ?1", unitId) == 0) {
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
        if (!"PENDING".equals(found.get(0).string("status"))) {
            throw new ProblemException(ProblemType.CONFLICT, "appraisal.objection-decided");
        }
        PeriodRow p = row(found.get(0).lng("period_id"), true);
        Long resultRun = null;
        if ("ACCEPTED".equals(decision)) {
            recompute(p, "objection #" + objectionId + " accepted: " + reason.strip(), user.username());
            resultRun = row(p.id(), false).currentRunId();
        }
        em.createNativeQuery("""
                UPDATE appraisal_objection SET status = ?2, decided_by = ?3, decided_at = CURRENT_TIMESTAMP(6),
                       decision_reason = ?4, result_run_id = ?5 WHERE id = ?1""")
                .setParameter(1, objectionId).setParameter(2, decision).setParameter(3, user.username())
                .setParameter(4, reason.strip()).setParameter(5, resultRun).executeUpdate();
        return objection(objectionId);
    }

    @Transactional
    @TransactionConfiguration(timeout = 300) // a quarter may hold a million answers
    public ExclusionView reinstate(long exclusionId, String reason, CurrentUser user) {
        List<Row> found = Rows.list(em, "SELECT period_id, reinstated_at, unit_id FROM appraisal_exclusion WHERE id = ?1 FOR UPDATE",
                Function.identity(), exclusionId);
        if (found.isEmpty()) {
            throw ProblemException.notFound("appraisal.what.exclusion", exclusionId);
        }
        if (found.get(0).raw("reinstated_at") != null) {
            throw new ProblemException(ProblemType.CONFLICT, "appraisal.already-reinstated");
        }
        PeriodRow p = row(found.get(0).lng("period_id"), true);
        em.createNativeQuery("""
                UPDATE appraisal_exclusion SET reinstated_by = ?2, reinstated_at = CURRENT_TIMESTAMP(6), reinstate_reason = ?3
                WHERE id = ?1""").setParameter(1, exclusionId).setParameter(2, user.username())
                .setParameter(3, reason.strip()).executeUpdate();
        recompute(p, "exclusion #" + exclusionId + " reinstated: " + reason.strip(), user.username());
        long unitId = found.get(0).lng("unit_id");
        return exclusions(p.id(), unitId).stream().filter(e -> e.id() == exclusionId).findFirst().orElseThrow();
    }

    // ---- reading rows ----------------------------------------------------------------------------------------

    PeriodRow row(long id, boolean lock) {
        List<PeriodRow> r = Rows.list(em, """
                SELECT id, code, kind, starts_on, ends_before, status, min_respondents, prior_weight, review_working_days,
                       review_until, current_run_id FROM appraisal_period WHERE id = ?1""" + (lock ? " FOR UPDATE" : ""),
                o -> new PeriodRow(o.lng("id"), o.string("code"), o.string("kind"), o.date("starts_on"),
                        o.date("ends_before"), o.string("status"), o.integer("min_respondents"), o.integer("prior_weight"),
                        o.integer("review_working_days"), o.date("review_until"), o.lng("current_run_id")), id);
        if (r.isEmpty()) {
            throw ProblemException.notFound("appraisal.what.period", id);
        }
        return r.get(0);
    }

    PeriodView view(PeriodRow p) {
        Instant computedAt = null;
        Long counted = null;
        Long excluded = null;
        String sha = null;
        if (p.currentRunId() != null) {
            Row run = Rows.list(em, "SELECT computed_at, answers_total, answers_excluded, sha256 FROM appraisal_run WHERE id = ?1",
                    Function.identity(), p.currentRunId()).get(0);
            computedAt = run.instant("computed_at");
            excluded = run.lng("answers_excluded");
            counted = run.lng("answers_total") - excluded;
            sha = run.string("sha256");
        }
        Period period = p.period();
        long pending = count("SELECT COUNT(*) FROM appraisal_objection WHERE period_id = ?1 AND status = 'PENDING'", p.id());
        return new PeriodView(p.id(), p.code(), p.kind(), period.labelId(), p.startsOn(), p.endsBefore(), p.status(),
                p.minRespondents(), p.priorWeight(), p.reviewWorkingDays(), p.reviewUntil(), p.reviewOpen(today()),
                p.currentRunId(), computedAt, counted, excluded, sha, latestSnapshot(p.id()), pending);
    }

    private SnapshotRef latestSnapshot(long periodId) {
        List<SnapshotRef> s = Rows.list(em, """
                SELECT id, version, sha256, frozen_at, frozen_by, supersedes_id FROM appraisal_snapshot
                WHERE period_id = ?1 ORDER BY version DESC LIMIT 1""",
                o -> new SnapshotRef(o.lng("id"), o.integer("version"), o.string("sha256"), o.instant("frozen_at"),
                        o.string("frozen_by"), o.lng("supersedes_id")), periodId);
        return s.isEmpty() ? null : s.get(0);
    }

    /** Keys of exclusions reinstated (before the snapshot was frozen, or all when {@code snapshotId} is null). */
    Set<String> reinstatedKeys(long periodId, Long snapshotId) {
        Function<Row, String> key = o -> o.lng("feedback_id") + ":" + o.string("rule_code");
        List<String> r = snapshotId == null
                ? Rows.list(em, "SELECT feedback_id, rule_code FROM appraisal_exclusion WHERE period_id = ?1 AND reinstated_at IS NOT NULL",
                        key, periodId)
                : Rows.list(em, "SELECT feedback_id, rule_code FROM appraisal_exclusion WHERE period_id = ?1 AND reinstated_at <= "
                        + "(SELECT frozen_at FROM appraisal_snapshot WHERE id = ?2)", key, periodId, snapshotId);
        return new HashSet<>(r);
    }

    private ObjectionView objection(long id) {
        return Rows.list(em, """
                SELECT o.id, o.period_id, o.unit_id, u.name AS unit_name, o.text, o.status, o.author_name, o.created_at,
                       o.decided_by, o.decided_at, o.decision_reason, o.result_run_id
                FROM appraisal_objection o JOIN unit u ON u.id = o.unit_id WHERE o.id = ?1""", AppraisalService::objection, id)
                .stream().findFirst()
                .orElseThrow(() -> ProblemException.notFound("appraisal.what.objection", id));
    }

    private static ObjectionView objection(Row r) {
        return new ObjectionView(r.lng("id"), r.lng("period_id"), r.lng("unit_id"), r.string("unit_name"),
                r.string("text"), r.string("status"), r.string("author_name"), r.instant("created_at"),
                r.string("decided_by"), r.instant("decided_at"), r.string("decision_reason"), r.lng("result_run_id"));
    }

    private static ExclusionView exclusion(Row r) {
        return new ExclusionView(r.lng("id"), r.lng("feedback_id"), r.lng("unit_id"), r.string("rule_code"),
                r.string("detail"), r.raw("reinstated_at") == null, r.string("reinstated_by"), r.instant("reinstated_at"),
                r.string("reinstate_reason"));
    }

    private static ScoreView score(Row r) {
        return new ScoreView(r.lng("unit_id"), r.string("unit_code"), r.string("unit_name"), r.string("region_code"),
                r.string("region_name"), r.string("head_nip"), r.lng("answers"), r.lng("excluded"), r.lng("respondents"),
                r.lng("ratings"), r.decimal("ikm"), r.string("grade"), r.lng("service_users"), r.lng("sample_minimum"),
                r.bool("representative"), r.bool("sufficient") ? "SUFFICIENT" : "INSUFFICIENT_EVIDENCE",
                r.decimal("mean_score"), r.decimal("robust_score"), r.decimal("robust_low"), r.decimal("robust_high"),
                r.lng("staff_n"), r.bool("staff_sufficient"), r.decimal("staff_score"), r.decimal("staff_low"),
                r.decimal("staff_high"), r.decimal("service_score"), r.decimal("service_low"), r.decimal("service_high"));
    }

    private long count(String sql, Object... params) {
        var q = em.createNativeQuery(sql);
        for (int i = 0; i < params.length; i++) {
            q.setParameter(i + 1, params[i]);
        }
        return ((Number) q.getSingleResult()).longValue();
    }

    static LocalDate today() {
        return LocalDate.now(Period.ZONE);
    }

    private static int orDefault(Integer v, int d) {
        return v == null ? d : v;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
