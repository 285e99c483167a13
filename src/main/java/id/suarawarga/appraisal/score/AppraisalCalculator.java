package id.suarawarga.appraisal.score;

import id.suarawarga.feedback.skm.ElementTotals;
import id.suarawarga.feedback.skm.IkmCalculator;
import id.suarawarga.feedback.skm.IkmResult;
import id.suarawarga.feedback.skm.SampleSize;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Computes every unit's score for one period from its answers: detects brigading ({@link BrigadeDetector}),
 * leaves out the exclusions nobody reinstated, computes the regency means and then each unit's IKM
 * ({@link IkmCalculator}, the public code) and robust scores ({@link RobustScore}).
 *
 * <p>A unit's score uses the answers given about that unit itself, not the units under it (a Puskesmas is
 * appraised on its own, not inside the Dinas Kesehatan). Sums are kept as exact integers — overall values in
 * 36ths (a survey's nine elements ×4, a rating's stars as 9 + 27·stars), staff conduct in halves, service
 * conditions in sevenths — so the result does not depend on the order the answers arrive in.
 */
public final class AppraisalCalculator {

    /** Goes into every snapshot; raise it whenever a formula or rule here changes what comes out. */
    public static final String VERSION = "appraisal-score/1";

    private static final double FALLBACK_PRIOR = 2.5;

    private AppraisalCalculator() {
    }

    /**
     * @param answers      every answer of the period (all units: the multi-unit rule looks across units)
     * @param unitRegions  every unit to score (also those without answers) → its region
     * @param serviceUsers recorded service users per unit (absent: none recorded)
     * @param reinstated   {@link Exclusion#key()}s that HR or a moderator reinstated
     */
    public static Result compute(List<Answer> answers, Map<Long, Long> unitRegions, Map<Long, Long> serviceUsers,
            Set<String> reinstated, ScoreParameters p) {
        List<Exclusion> detected = BrigadeDetector.detect(answers, p);
        Map<Long, Boolean> out = new HashMap<>();
        for (Exclusion e : detected) {
            if (!reinstated.contains(e.key())) {
                out.put(e.answerId(), Boolean.TRUE);
            }
        }
        Map<Long, Sums> units = new TreeMap<>();
        Map<Long, Sums> regions = new HashMap<>();
        for (Map.Entry<Long, Long> u : unitRegions.entrySet()) {
            units.put(u.getKey(), new Sums());
            regions.computeIfAbsent(u.getValue(), r -> new Sums());
        }
        for (Answer a : answers) {
            Sums unit = units.get(a.unitId());
            if (unit == null) {
                continue;
            }
            if (out.containsKey(a.id())) {
                unit.excluded++;
                continue;
            }
            unit.add(a);
            regions.computeIfAbsent(a.regionId(), r -> new Sums()).add(a);
        }
        List<UnitScore> scores = new ArrayList<>(units.size());
        for (Map.Entry<Long, Sums> e : units.entrySet()) {
            long regionId = unitRegions.get(e.getKey());
            scores.add(e.getValue().score(e.getKey(), regionId, regions.get(regionId),
                    serviceUsers.get(e.getKey()), p));
        }
        Map<Long, Long> regionCounts = new TreeMap<>();
        regions.forEach((r, s) -> regionCounts.put(r, s.n()));
        return new Result(List.copyOf(scores), detected, regionCounts);
    }

    /**
     * @param scores       one per unit, by unit id
     * @param detected     every exclusion the rules found, reinstated ones included
     * @param regionCounts counted answers per region (the N of {@link RobustScore#brigadeBound})
     */
    public record Result(List<UnitScore> scores, List<Exclusion> detected, Map<Long, Long> regionCounts) {
    }

    /** Exact integer sums of one unit's or one region's counted answers. */
    static final class Sums {
        long surveys;
        long ratings;
        long excluded;
        final long[] elements = new long[Answer.ELEMENTS];
        long overall36;
        long staff2;
        long service7;

        void add(Answer a) {
            if (a.isSurvey()) {
                surveys++;
                int total = 0;
                for (int i = 0; i < Answer.ELEMENTS; i++) {
                    elements[i] += a.elements()[i];
                    total += a.elements()[i];
                }
                overall36 += 4L * total;
                staff2 += a.elements()[5] + a.elements()[6];
                service7 += total - a.elements()[5] - a.elements()[6];
            } else {
                ratings++;
                overall36 += 9L + 27L * a.stars();
            }
        }

        long n() {
            return surveys + ratings;
        }

        double overallMean() {
            return n() == 0 ? FALLBACK_PRIOR : overall36 / (36.0 * n());
        }

        double staffMean() {
            return surveys == 0 ? FALLBACK_PRIOR : staff2 / (2.0 * surveys);
        }

        double serviceMean() {
            return surveys == 0 ? FALLBACK_PRIOR : service7 / (7.0 * surveys);
        }

        UnitScore score(long unitId, long regionId, Sums region, Long users, ScoreParameters p) {
            Map<String, Long> sums = new LinkedHashMap<>();
            for (int i = 0; i < Answer.ELEMENTS; i++) {
                sums.put("U" + (i + 1), elements[i]);
            }
            IkmResult ikm = IkmCalculator.compute(new ElementTotals(surveys, sums));
            Long usersOrNull = users == null || users <= 0 ? null : users;
            Long minimum = usersOrNull == null ? null : SampleSize.krejcieMorgan(usersOrNull);
            int m = p.priorWeight();
            int minN = p.minRespondents();
            return new UnitScore(unitId, regionId, n(), excluded, surveys, ratings, ikm, usersOrNull, minimum,
                    SampleSize.representative(surveys, usersOrNull),
                    RobustScore.estimate(n(), overallMean(), region.overallMean(), m, minN),
                    RobustScore.estimate(surveys, staffMean(), region.staffMean(), m, minN),
                    RobustScore.estimate(surveys, serviceMean(), region.serviceMean(), m, minN));
        }
    }
}
