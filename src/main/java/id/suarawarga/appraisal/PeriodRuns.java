package id.suarawarga.appraisal;

import id.suarawarga.counter.VisitGroups;
import id.suarawarga.appraisal.AppraisalViews.PeriodView;
import id.suarawarga.appraisal.AppraisalViews.SnapshotRef;
import id.suarawarga.appraisal.AppraisalViews.SnapshotView;
import id.suarawarga.appraisal.Periods.PeriodRow;
import id.suarawarga.appraisal.score.Answer;
import id.suarawarga.appraisal.score.AppraisalCalculator;
import id.suarawarga.appraisal.score.Estimate;
import id.suarawarga.appraisal.score.Exclusion;
import id.suarawarga.appraisal.score.ScoreParameters;
import id.suarawarga.appraisal.score.SnapshotCanonical;
import id.suarawarga.appraisal.score.UnitScore;
import id.suarawarga.catalogue.Region;
import id.suarawarga.catalogue.Unit;
import id.suarawarga.feedback.AnswersForAppraisal;
import id.suarawarga.feedback.skm.Period;
import id.suarawarga.feedback.skm.WorkingDays;
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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Computing a period and freezing it. Every computation is a new run whose rows are never changed; reinstating an
 * exclusion or accepting an objection computes again; freezing copies the current run's canonical text and SHA-256
 * into a numbered snapshot, and a correction after freezing leads to a new snapshot version that references the old
 * one. The arithmetic is {@link AppraisalCalculator}; the answers come from feedback through {@link PeriodAnswers},
 * the units' regions and codes from the catalogue.
 */
@ApplicationScoped
public class PeriodRuns {

    @Inject
    VisitGroups visitGroups;

    @Inject
    EntityManager em;

    @Inject
    Periods periods;

    @Inject
    PeriodAnswers periodAnswers;

    @Inject
    AnswersForAppraisal feedback;

    @ConfigProperty(name = "suarawarga.feedback.holidays", defaultValue = "2026-12-25")
    Set<LocalDate> holidays;

    /** The demo's regencies (db/demo/R__demo_catalogue.sql), each of which has demo answers. */
    public static final List<String> DEMO_REGIONS = List.of("9901", "1708", "7602");

    /**
     * For the demo: the last full quarter as a period of each demo regency, computed, so a new user sees scores at
     * once. Creates and computes only what is missing; returns the periods' ids by region code (a demo regency the
     * catalogue does not have is left out).
     */
    @Transactional
    @TransactionConfiguration(timeout = 300)
    public Map<String, Long> ensureDemoPeriods() {
        Period quarter = Period.containing(Periods.today(), Period.Kind.QUARTER).previous();
        Map<String, Long> ids = new LinkedHashMap<>();
        for (String code : DEMO_REGIONS) {
            Optional<Region> region = Region.findByCode(code);
            if (region.isEmpty()) {
                continue;
            }
            long regionId = region.get().id;
            long id = periods.idOf(regionId, quarter).orElseGet(() -> periods.insert(regionId, quarter, "demo"));
            PeriodRow p = periods.row(id, true);
            if (p.currentRunId() == null) {
                recompute(p, "demo", "demo");
            }
            ids.put(code, id);
        }
        return ids;
    }

    @Transactional
    @TransactionConfiguration(timeout = 300) // a quarter may hold a million answers
    public PeriodView compute(long periodId, String reason, CurrentUser user) {
        PeriodRow p = periods.hrRow(periodId, true);
        if (Periods.FROZEN.equals(p.status()) && (reason == null || reason.isBlank())) {
            throw ProblemException.invalid("reason",
                    "appraisal.frozen-needs-reason");
        }
        recompute(p, reason, user.username());
        return periods.view(periods.row(periodId, false));
    }

    /** A new run from the stored answers; the period goes (back) into review with a new window. */
    void recompute(PeriodRow p, String reason, String username) {
        Computation c = calculate(p, reinstatedKeys(p.id(), null));
        long runId = insertRun(p, c, reason, username);
        insertScores(runId, c.result().scores(), c.perUnit());
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
        LocalDate until = WorkingDays.addWorkingDays(Periods.today(), p.reviewWorkingDays(), holidays);
        em.createNativeQuery("UPDATE appraisal_period SET status = 'IN_REVIEW', current_run_id = ?2, review_until = ?3 WHERE id = ?1")
                .setParameter(1, p.id()).setParameter(2, runId).setParameter(3, until).executeUpdate();
    }

    /** {@code perUnit}: each unit's answers per origin ({@link Answer.Origin} order), excluded ones included. */
    record Computation(AppraisalCalculator.Result result, String canonical, String sha256, Map<Long, Long> unitOf,
            long answers, Map<Long, long[]> perUnit) {
    }

    /**
     * Recomputes from the stored answers; {@code reinstated} are the exclusion keys reinstated at the time. A
     * regency's period takes only the units of that regency and their answers, so the regency mean that the robust
     * score shrinks toward, the brigading rules and the snapshot are that regency's alone; a portal-wide period
     * from before V10 takes every unit, as it did.
     */
    Computation calculate(PeriodRow p, Set<String> reinstated) {
        Map<Long, Long> unitRegions = new HashMap<>();
        Map<Long, String> unitCodes = new HashMap<>();
        for (Unit.Facts u : Unit.allFacts()) {
            if (p.regionId() == null || p.regionId() == u.regionId()) {
                unitRegions.put(u.id(), u.regionId());
                unitCodes.put(u.id(), u.code());
            }
        }
        // HR's choice of origins narrows what the score counts; the public IKM counts every answer regardless
        List<Answer> answers = periodAnswers.load(p.startsOn(), p.endsBefore(), p.parameters().freshAccountAge(),
                unitRegions.keySet()).stream().filter(a -> p.origins().contains(a.origin())).toList();
        answers = withVisitGroups(answers);
        Map<Long, long[]> perUnit = new HashMap<>();
        for (Answer a : answers) {
            perUnit.computeIfAbsent(a.unitId(), k -> new long[Answer.Origin.values().length])[a.origin().ordinal()]++;
        }
        Map<Long, Long> users = new HashMap<>(feedback.serviceUsersPerUnit(p.code()));
        users.keySet().retainAll(unitRegions.keySet());
        ScoreParameters params = p.parameters();
        AppraisalCalculator.Result result = AppraisalCalculator.compute(answers, unitRegions, users, reinstated, params);
        String canonical = SnapshotCanonical.text(p.code(), params, result.scores(), unitCodes, result.detected(),
                reinstated, new SnapshotCanonical.Channels(p.origins(), perUnit));
        Map<Long, Long> unitOf = new HashMap<>();
        Set<Long> excludedIds = result.detected().stream().map(Exclusion::answerId).collect(Collectors.toSet());
        for (Answer a : answers) {
            if (excludedIds.contains(a.id())) {
                unitOf.put(a.id(), a.unitId());
            }
        }
        return new Computation(result, canonical, SnapshotCanonical.sha256(canonical), unitOf, answers.size(), perUnit);
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

    private void insertScores(long runId, List<UnitScore> scores, Map<Long, long[]> perUnit) {
        StringBuilder sql = new StringBuilder("""
                INSERT INTO appraisal_score (run_id, unit_id, region_id, answers, excluded, respondents, ratings, ikm,
                  grade, nrr, service_users, sample_minimum, representative, sufficient, mean_score, robust_score,
                  robust_low, robust_high, staff_n, staff_sufficient, staff_score, staff_low, staff_high, service_score,
                  service_low, service_high, answers_account, answers_visit, answers_kiosk, answers_paper) VALUES """);
        List<Object> params = new ArrayList<>();
        for (int i = 0; i < scores.size(); i++) {
            UnitScore s = scores.get(i);
            sql.append(i == 0 ? "" : ",").append("(").append("?,".repeat(29)).append("?)");
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
            long[] n = perUnit.getOrDefault(s.unitId(), new long[4]);
            params.addAll(List.of(n[0], n[1], n[2], n[3]));
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
        PeriodRow p = periods.hrRow(periodId, true);
        if (!Periods.IN_REVIEW.equals(p.status()) || p.currentRunId() == null) {
            throw new ProblemException(ProblemType.CONFLICT, Periods.FROZEN.equals(p.status())
                    ? "appraisal.already-frozen"
                    : "appraisal.compute-first");
        }
        if (periods.pendingObjections(p.id()) > 0) {
            throw new ProblemException(ProblemType.CONFLICT,
                    "appraisal.objections-pending");
        }
        if (p.reviewOpen(Periods.today()) && !closeReviewEarly) {
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
        return periods.view(periods.row(periodId, false));
    }

    /**
     * The latest snapshot and a fresh recomputation of it from the stored answers, with the exclusions
     * reinstated up to the moment it was frozen: {@code reproduced} is true when the hashes agree.
     */
    @Transactional
    @TransactionConfiguration(timeout = 300) // a quarter may hold a million answers
    public SnapshotView snapshot(long periodId) {
        PeriodRow p = periods.hrRow(periodId, false);
        SnapshotRef ref = periods.latestSnapshot(periodId);
        if (ref == null) {
            throw ProblemException.notFound("appraisal.what.snapshot", periodId);
        }
        String canonical = (String) em.createNativeQuery("SELECT canonical FROM appraisal_snapshot WHERE id = ?1")
                .setParameter(1, ref.id()).getSingleResult();
        Computation again = calculate(p, reinstatedKeys(periodId, ref.id()));
        return new SnapshotView(periodId, p.code(), ref, canonical, again.sha256(), again.sha256().equals(ref.sha256()));
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

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /**
     * A visit answer's channel is its code (PeriodAnswers); the "one hand" rule looks at the codes of one printed
     * batch answered from one client, so the channel becomes that group ({@link VisitGroups}).
     */
    private List<Answer> withVisitGroups(List<Answer> answers) {
        List<Long> visits = answers.stream().filter(a -> a.origin() == Answer.Origin.VISIT)
                .map(a -> Long.parseLong(a.channel())).toList();
        if (visits.isEmpty()) {
            return answers;
        }
        Map<Long, String> groups = visitGroups.of(visits);
        return answers.stream().map(a -> a.origin() != Answer.Origin.VISIT ? a
                : a.via(Answer.Origin.VISIT, groups.getOrDefault(Long.parseLong(a.channel()), "visit:" + a.channel())))
                .toList();
    }
}
