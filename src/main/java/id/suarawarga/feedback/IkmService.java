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
import id.suarawarga.shared.web.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
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
        ElementTotals totals = totals("service_id = ?1", List.of(serviceId), period);
        Long users = serviceUsers("service_id = ?1", List.of(serviceId), period);
        return view(period, totals, users, Questionnaire.currentFor(service.unit.region), english, null);
    }

    public IkmView forUnit(long unitId, Period period, boolean english) {
        Unit unit = Unit.<Unit>findByIdOptional(unitId).orElseThrow(() -> ProblemException.notFound("Unit", unitId));
        List<Long> tree = unitTree(unit);
        ElementTotals totals = totals("unit_id IN (?1)", tree, period);
        Long users = serviceUsers("service_id IN (SELECT id FROM public_service WHERE unit_id IN (?1))", tree, period);
        return view(period, totals, users, Questionnaire.currentFor(unit.region), english, stars(tree, period));
    }

    public IkmView forRegion(String code, Period period, boolean english) {
        Region region = Region.findByCode(code).orElseThrow(() -> ProblemException.notFound("Region", code));
        ElementTotals totals = totals("region_id = ?1", List.of(region.id), period);
        Long users = serviceUsers("service_id IN (SELECT s.id FROM public_service s JOIN unit u ON u.id = s.unit_id "
                + "WHERE u.region_id = ?1)", List.of(region.id), period);
        List<Long> units = em.createQuery("select u.id from Unit u where u.region.id = ?1", Long.class)
                .setParameter(1, region.id).getResultList();
        return view(period, totals, users, Questionnaire.currentFor(region), english, stars(units, period));
    }

    /** The unit and every unit under it (units nest a few levels at most; ids only). */
    static List<Long> unitTree(Unit root) {
        List<Long> ids = new ArrayList<>(List.of(root.id));
        List<Long> frontier = List.of(root.id);
        while (!frontier.isEmpty()) {
            frontier = Unit.getEntityManager().createQuery("select u.id from Unit u where u.parent.id in ?1", Long.class)
                    .setParameter(1, frontier).getResultList();
            frontier = frontier.stream().filter(id -> !ids.contains(id)).toList();
            ids.addAll(frontier);
        }
        return ids;
    }

    /**
     * Closed days from {@code feedback_daily}, the days since from {@code feedback}: a year of a big unit reads
     * a few hundred daily rows plus today's answers (docs/benchmarks.md).
     */
    private ElementTotals totals(String where, Object param, Period period) {
        Object[] row = (Object[]) em.createNativeQuery("""
                SELECT COALESCE(SUM(n), 0), SUM(a1), SUM(a2), SUM(a3), SUM(a4), SUM(a5), SUM(a6), SUM(a7), SUM(a8), SUM(a9)
                FROM (
                  SELECT respondents n, s1 a1, s2 a2, s3 a3, s4 a4, s5 a5, s6 a6, s7 a7, s8 a8, s9 a9
                  FROM feedback_daily JOIN feedback_rollup r ON r.id = 1
                  WHERE %1$s AND local_date >= ?2 AND local_date < LEAST(?3, r.complete_before)
                  UNION ALL
                  SELECT COUNT(u1), SUM(u1), SUM(u2), SUM(u3), SUM(u4), SUM(u5), SUM(u6), SUM(u7), SUM(u8), SUM(u9)
                  FROM feedback JOIN feedback_rollup r ON r.id = 1
                  WHERE %1$s AND local_date >= GREATEST(?2, r.complete_before) AND local_date < ?3
                ) t""".formatted(where))
                .setParameter(1, param).setParameter(2, period.start()).setParameter(3, period.endExclusive())
                .getSingleResult();
        long n = ((Number) row[0]).longValue();
        Map<String, Long> sums = new LinkedHashMap<>();
        for (int i = 0; i < CODES.size(); i++) {
            sums.put(CODES.get(i), row[i + 1] == null ? 0L : ((Number) row[i + 1]).longValue());
        }
        return new ElementTotals(n, sums);
    }

    /** Star ratings of these units in the period, through {@code ix_feedback_rating} (rating rows only). */
    private StarSummary stars(List<Long> unitIds, Period period) {
        long[] perStar = new long[5];
        if (!unitIds.isEmpty()) {
            List<?> rows = em.createNativeQuery("""
                    SELECT stars, COUNT(*) FROM feedback
                    WHERE unit_id IN (?1) AND kind = 'RATING' AND local_date >= ?2 AND local_date < ?3
                    GROUP BY stars""")
                    .setParameter(1, unitIds).setParameter(2, period.start()).setParameter(3, period.endExclusive())
                    .getResultList();
            for (Object r : rows) {
                Object[] row = (Object[]) r;
                int stars = ((Number) row[0]).intValue();
                if (stars >= 1 && stars <= 5) {
                    perStar[stars - 1] = ((Number) row[1]).longValue();
                }
            }
        }
        return StarSummary.of(perStar);
    }

    private Long serviceUsers(String where, Object param, Period period) {
        Object sum = em.createNativeQuery("SELECT SUM(users) FROM service_users WHERE %s AND period = ?2".formatted(where))
                .setParameter(1, param).setParameter(2, period.toString()).getSingleResult();
        return sum == null ? null : ((Number) sum).longValue();
    }

    private static IkmView view(Period period, ElementTotals totals, Long users, Questionnaire q, boolean english,
            StarSummary stars) {
        IkmResult r = IkmCalculator.compute(totals);
        Map<String, ElementResult> elements = new LinkedHashMap<>();
        for (QuestionnaireElement e : q.elements) {
            BigDecimal nrr = r.nrr() == null ? null : r.nrr().get(e.code);
            elements.put(e.code, new ElementResult(e.label(english), nrr));
        }
        Long minimum = users == null || users <= 0 ? null : SampleSize.krejcieMorgan(users);
        return new IkmView(period.toString(), r.respondents(), elements, r.weightedNrr(), r.ikm(),
                r.grade() == null ? null : r.grade().name(),
                r.grade() == null ? null : (english ? r.grade().labelEn() : r.grade().label()),
                users, minimum, SampleSize.representative(r.respondents(), users), stars);
    }

    static LocalDate today() {
        return LocalDate.now(Period.ZONE);
    }
}
