package id.suarawarga.appraisal;

import id.suarawarga.appraisal.AppraisalViews.CommentView;
import id.suarawarga.appraisal.AppraisalViews.DrillDown;
import id.suarawarga.appraisal.AppraisalViews.ElementNrr;
import id.suarawarga.appraisal.AppraisalViews.MonthPoint;
import id.suarawarga.appraisal.AppraisalViews.ScoreView;
import id.suarawarga.appraisal.Periods.PeriodRow;
import id.suarawarga.appraisal.score.Answer;
import id.suarawarga.appraisal.score.RobustScore;
import id.suarawarga.catalogue.Region;
import id.suarawarga.catalogue.Unit;
import id.suarawarga.feedback.AnswersForAppraisal;
import id.suarawarga.feedback.AnswersForAppraisal.MonthTotal;
import id.suarawarga.feedback.QuestionnaireElement;
import id.suarawarga.identity.CurrentUser;
import id.suarawarga.privacy.StaffAccessLog;
import id.suarawarga.shared.persistence.Rows;
import id.suarawarga.shared.persistence.Rows.Row;
import id.suarawarga.shared.web.PageRequest;
import id.suarawarga.shared.web.PageResult;
import id.suarawarga.shared.web.ProblemException;
import id.suarawarga.shared.web.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * What HR (and, during the review window, the unit) reads of a computed period: the units' scores of the current
 * run, and a unit's drill-down with the evidence behind its score (element NRRs, the monthly trend, the comments,
 * the exclusions and objections). The units' and regions' names come from the catalogue, the answers from feedback.
 */
@ApplicationScoped
public class PeriodScores {

    private static final String SCORE_SELECT = """
            SELECT unit_id, region_id, answers, excluded, respondents, ratings, ikm, grade, service_users, sample_minimum,
                   representative, sufficient, mean_score, robust_score, robust_low, robust_high, staff_n,
                   staff_sufficient, staff_score, staff_low, staff_high, service_score, service_low, service_high, nrr,
                   answers_account, answers_visit, answers_kiosk, answers_paper
            FROM appraisal_score""";

    @Inject
    EntityManager em;

    @Inject
    Periods periods;

    @Inject
    Exclusions exclusions;

    @Inject
    Objections objections;

    @Inject
    AnswersForAppraisal feedback;

    @Inject
    AppraisalPermissions permissions;

    @Inject
    StaffAccessLog accessLog;

    @Transactional
    public PageResult<ScoreView> scores(long periodId, PageRequest page) {
        PeriodRow p = periods.hrRow(periodId, false);
        if (p.currentRunId() == null) {
            return new PageResult<>(List.of(), page.page(), page.size(), 0);
        }
        List<Row> all = runScores(p.currentRunId());
        List<ScoreView> views = views(all);
        List<ScoreView> rows = views.subList(Math.min(views.size(), page.offset()),
                Math.min(views.size(), page.offset() + page.size()));
        return new PageResult<>(List.copyOf(rows), page.page(), page.size(), all.size());
    }

    /** Every score of the current run (the period's regency's units), for the exports: a few hundred at most. */
    @Transactional
    public List<ScoreView> allScores(long periodId) {
        PeriodRow p = periods.hrRow(periodId, false);
        if (p.currentRunId() == null) {
            return List.of();
        }
        List<ScoreView> views = views(runScores(p.currentRunId()));
        return views.size() > 100_000 ? List.copyOf(views.subList(0, 100_000)) : views;
    }

    @Transactional
    public DrillDown drillDown(long periodId, long unitId, PageRequest commentsPage, boolean english, CurrentUser user) {
        PeriodRow p = periods.row(periodId, false);
        permissions.requireDraftReader(p, unitId, Periods.today());
        if (p.currentRunId() == null) {
            throw new ProblemException(ProblemType.NOT_FOUND, "appraisal.not-computed");
        }
        List<Row> found = Rows.list(em, SCORE_SELECT + " WHERE run_id = ?1 AND unit_id = ?2", Function.identity(),
                p.currentRunId(), unitId);
        List<ScoreView> score = views(found);
        if (score.isEmpty()) {
            throw ProblemException.notFound("appraisal.what.unit", unitId);
        }
        permissions.logEvidenceView(p, unitId);
        return new DrillDown(periods.view(p), score.get(0), elements(found.get(0).string("nrr"), english),
                trend(p, unitId), comments(p, unitId, commentsPage), exclusions.exclusions(p.id(), unitId),
                objections.objections(p.id(), unitId));
    }

    private List<Row> runScores(long runId) {
        return Rows.list(em, SCORE_SELECT + " WHERE run_id = ?1", Function.identity(), runId);
    }

    /**
     * The score rows with their unit's and region's codes and names, by region code, then unit code (as the
     * database orders the codes); a row of a unit or region the catalogue does not know is left out.
     */
    private static List<ScoreView> views(List<Row> rows) {
        Map<Long, Unit.Facts> units = Unit.factsOf(rows.stream().map(r -> r.lng("unit_id")).toList());
        Map<Long, Region> regions = Region.byIdsInCodeOrder(rows.stream().map(r -> r.lng("region_id")).toList());
        Map<Long, Integer> unitRank = rank(units.keySet());
        Map<Long, Integer> regionRank = rank(regions.keySet());
        return rows.stream()
                .filter(r -> units.containsKey(r.lng("unit_id")) && regions.containsKey(r.lng("region_id")))
                .sorted(Comparator.<Row>comparingInt(r -> regionRank.get(r.lng("region_id")))
                        .thenComparingInt(r -> unitRank.get(r.lng("unit_id"))))
                .map(r -> score(r, units.get(r.lng("unit_id")), regions.get(r.lng("region_id"))))
                .toList();
    }

    private static Map<Long, Integer> rank(Set<Long> idsInOrder) {
        Map<Long, Integer> rank = new HashMap<>();
        for (Long id : idsInOrder) {
            rank.put(id, rank.size());
        }
        return rank;
    }

    private static ScoreView score(Row r, Unit.Facts u, Region region) {
        return new ScoreView(r.lng("unit_id"), u.code(), u.name(), region.code, region.name, u.headNip(),
                r.lng("answers"), r.lng("excluded"), r.lng("respondents"),
                r.lng("ratings"), r.decimal("ikm"), r.string("grade"), r.lng("service_users"), r.lng("sample_minimum"),
                r.bool("representative"), r.bool("sufficient") ? "SUFFICIENT" : "INSUFFICIENT_EVIDENCE",
                r.decimal("mean_score"), r.decimal("robust_score"), r.decimal("robust_low"), r.decimal("robust_high"),
                r.lng("staff_n"), r.bool("staff_sufficient"), r.decimal("staff_score"), r.decimal("staff_low"),
                r.decimal("staff_high"), r.decimal("service_score"), r.decimal("service_low"), r.decimal("service_high"),
                byOrigin(r));
    }

    /** The unit's answers in the run per origin, in the API's spelling and order. */
    private static Map<String, Long> byOrigin(Row r) {
        Map<String, Long> out = new java.util.LinkedHashMap<>();
        for (Answer.Origin o : Answer.Origin.values()) {
            out.put(o.code(), r.lng("answers_" + o.code()));
        }
        return out;
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

    /**
     * Mean answer per month over the twelve months up to the period's end, without this period's exclusions:
     * the unit's monthly totals less those of its answers that stand excluded.
     */
    private List<MonthPoint> trend(PeriodRow p, long unitId) {
        LocalDate from = p.endsBefore().minusMonths(12);
        Map<String, MonthPoint> months = new TreeMap<>();
        for (YearMonth m = YearMonth.from(from); m.isBefore(YearMonth.from(p.endsBefore())); m = m.plusMonths(1)) {
            months.put(m.toString(), new MonthPoint(m.toString(), 0, null));
        }
        Map<String, MonthTotal> excluded = feedback.monthlyTotalsOf(unitId, from, p.endsBefore(),
                exclusions.excludedOfUnit(p.id(), unitId));
        for (MonthTotal t : feedback.monthlyTotals(unitId, from, p.endsBefore()).values()) {
            MonthTotal x = excluded.get(t.month());
            long n = t.answers() - (x == null ? 0 : x.answers());
            if (n == 0) {
                continue;
            }
            double points = t.points() - (x == null ? 0 : x.points());
            double mean36 = points / (36.0 * n);
            months.put(t.month(), new MonthPoint(t.month(), n, RobustScore.converted(mean36)));
        }
        return List.copyOf(months.values());
    }

    private PageResult<CommentView> comments(PeriodRow p, long unitId, PageRequest page) {
        List<AnswersForAppraisal.Comment> rows = feedback.comments(unitId, p.startsOn(), p.endsBefore(), page.offset(),
                page.size());
        long total = feedback.commentCount(unitId, p.startsOn(), p.endsBefore());
        Set<Long> excluded = exclusions.excludedAmong(p.id(), rows.stream().map(AnswersForAppraisal.Comment::id).toList());
        accessLog.shown(StaffAccessLog.What.FEEDBACK, "appraisal-drill-down", rows.stream()
                .filter(r -> !r.anonymous() && r.authorName() != null)
                .map(r -> new StaffAccessLog.Citizen(r.authorSub(), r.authorUsername(), r.id()))
                .toList());
        List<CommentView> items = rows.stream().map(r -> {
            boolean anonymous = r.anonymous();
            return new CommentView(r.id(), r.kind(), r.createdAt(), r.comment(),
                    anonymous ? null : r.authorName(), anonymous, excluded.contains(r.id()), r.origin());
        }).toList();
        return new PageResult<>(items, page.page(), page.size(), total);
    }
}
