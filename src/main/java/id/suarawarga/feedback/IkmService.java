package id.suarawarga.feedback;

import id.suarawarga.catalogue.PublicService;
import id.suarawarga.catalogue.Region;
import id.suarawarga.catalogue.Unit;
import id.suarawarga.feedback.FeedbackViews.ElementResult;
import id.suarawarga.feedback.FeedbackViews.IkmView;
import id.suarawarga.feedback.skm.ElementTotals;
import id.suarawarga.feedback.skm.IkmCalculator;
import id.suarawarga.feedback.skm.IkmResult;
import id.suarawarga.feedback.skm.Period;
import id.suarawarga.feedback.skm.SampleSize;
import id.suarawarga.feedback.skm.StarSummary;
import id.suarawarga.shared.persistence.Rows;
import id.suarawarga.shared.web.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The community satisfaction index (IKM) of a service, a unit (its services and the units under it, pooled by
 * respondents) or a region, for a period. Sums come from one covering-index range scan per request
 * ({@code ix_feedback_*_day}); the arithmetic is {@link IkmCalculator}.
 */
@ApplicationScoped
public class IkmService {

    static final List<String> CODES = List.of("U1", "U2", "U3", "U4", "U5", "U6", "U7", "U8", "U9");

    @Inject
    EntityManager em;

    public IkmView forService(long serviceId, Period period, boolean english) {
        PublicService service = PublicService.<PublicService>findByIdOptional(serviceId)
                .orElseThrow(() -> ProblemException.notFound("Service", serviceId));
        Totals totals = totals("service_id = ?1", List.of(serviceId), period);
        Long users = serviceUsers(List.of(serviceId), period);
        return view(period, totals, users, Questionnaire.currentFor(service.unit.region), english, null);
    }

    public IkmView forUnit(long unitId, Period period, boolean english) {
        Unit unit = Unit.<Unit>findByIdOptional(unitId).orElseThrow(() -> ProblemException.notFound("Unit", unitId));
        List<Long> tree = Unit.subtreeIds(unit);
        Totals totals = totals("unit_id IN (?1)", tree, period);
        Long users = serviceUsers(PublicService.idsOfUnits(tree), period);
        return view(period, totals, users, Questionnaire.currentFor(unit.region), english, stars(tree, period));
    }

    public IkmView forRegion(String code, Period period, boolean english) {
        Region region = Region.findByCode(code).orElseThrow(() -> ProblemException.notFound("Region", code));
        Totals totals = totals("region_id = ?1", List.of(region.id), period);
        List<Long> units = Unit.idsInRegion(region.id);
        Long users = serviceUsers(PublicService.idsOfUnits(units), period);
        return view(period, totals, users, Questionnaire.currentFor(region), english, stars(units, period));
    }

    /** The element sums of a period and how many respondents came through each origin. */
    private record Totals(ElementTotals elements, Map<String, Long> byOrigin) {
    }

    /**
     * Closed days from {@code feedback_daily}, the days since from {@code feedback}: a year of a big unit reads
     * a few hundred daily rows plus today's answers (docs/benchmarks.md).
     */
    private Totals totals(String where, Object param, Period period) {
        return Rows.first(em, ("""
                SELECT COALESCE(SUM(n), 0) AS n, SUM(a1) AS u1, SUM(a2) AS u2, SUM(a3) AS u3, SUM(a4) AS u4, SUM(a5) AS u5,
                       SUM(a6) AS u6, SUM(a7) AS u7, SUM(a8) AS u8, SUM(a9) AS u9, SUM(oa) AS account, SUM(ov) AS visit,
                       SUM(ok) AS kiosk, SUM(op) AS paper
                FROM (
                  SELECT respondents n, s1 a1, s2 a2, s3 a3, s4 a4, s5 a5, s6 a6, s7 a7, s8 a8, s9 a9,
                         n_account oa, n_visit ov, n_kiosk ok, n_paper op
                  FROM feedback_daily JOIN feedback_rollup r ON r.id = 1
                  WHERE %1$s AND local_date >= ?2 AND local_date < LEAST(?3, r.complete_before)
                  UNION ALL
                  SELECT COUNT(u1), SUM(u1), SUM(u2), SUM(u3), SUM(u4), SUM(u5), SUM(u6), SUM(u7), SUM(u8), SUM(u9),
                         SUM(origin = 'ACCOUNT'), SUM(origin = 'VISIT'), SUM(origin = 'KIOSK'), SUM(origin = 'PAPER')
                  FROM feedback JOIN feedback_rollup r ON r.id = 1
                  WHERE %1$s AND kind = 'SURVEY' AND local_date >= GREATEST(?2, r.complete_before) AND local_date < ?3
                ) t""").formatted(where), r -> {
                    Map<String, Long> sums = new LinkedHashMap<>();
                    for (String code : CODES) {
                        Long sum = r.lng(code.toLowerCase(Locale.ROOT));
                        sums.put(code, sum == null ? 0L : sum);
                    }
                    Map<String, Long> byOrigin = new LinkedHashMap<>();
                    for (Feedback.Origin origin : Feedback.Origin.values()) {
                        Long n = r.lng(origin.code());
                        byOrigin.put(origin.code(), n == null ? 0L : n);
                    }
                    return new Totals(new ElementTotals(r.lng("n"), sums), byOrigin);
                }, param, period.start(), period.endExclusive()).orElseThrow();
    }

    /** Star ratings of these units in the period, through {@code ix_feedback_rating} (rating rows only). */
    private StarSummary stars(List<Long> unitIds, Period period) {
        long[] perStar = new long[5];
        if (!unitIds.isEmpty()) {
            List<long[]> rows = Rows.list(em, """
                    SELECT stars, COUNT(*) AS answers FROM feedback
                    WHERE unit_id IN (?1) AND kind = 'RATING' AND local_date >= ?2 AND local_date < ?3
                    GROUP BY stars""", r -> new long[] {r.integer("stars"), r.lng("answers")},
                    unitIds, period.start(), period.endExclusive());
            for (long[] row : rows) {
                if (row[0] >= 1 && row[0] <= 5) {
                    perStar[(int) row[0] - 1] = row[1];
                }
            }
        }
        return StarSummary.of(perStar);
    }

    /** Service users counted by the units for these services in the period; null when none were recorded. */
    private Long serviceUsers(List<Long> serviceIds, Period period) {
        if (serviceIds.isEmpty()) {
            return null;
        }
        return Rows.first(em, "SELECT SUM(users) AS users FROM service_users WHERE service_id IN (?1) AND period = ?2",
                r -> r.lng("users"), serviceIds, period.toString()).orElse(null);
    }

    private static IkmView view(Period period, Totals counted, Long users, Questionnaire q, boolean english,
            StarSummary stars) {
        IkmResult r = IkmCalculator.compute(counted.elements());
        Map<String, ElementResult> elements = new LinkedHashMap<>();
        for (QuestionnaireElement e : q.elements) {
            BigDecimal nrr = r.nrr() == null ? null : r.nrr().get(e.code);
            elements.put(e.code, new ElementResult(e.label(english), nrr));
        }
        Long minimum = users == null || users <= 0 ? null : SampleSize.krejcieMorgan(users);
        return new IkmView(period.toString(), r.respondents(), elements, r.weightedNrr(), r.ikm(),
                r.grade() == null ? null : r.grade().name(),
                r.grade() == null ? null : (english ? r.grade().labelEn() : r.grade().label()),
                users, minimum, SampleSize.representative(r.respondents(), users), stars, counted.byOrigin());
    }

    static LocalDate today() {
        return LocalDate.now(Period.ZONE);
    }
}
