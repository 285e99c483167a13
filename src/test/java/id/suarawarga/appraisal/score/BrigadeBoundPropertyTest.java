package id.suarawarga.appraisal.score;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Property (seeded random, 500 cases): a brigade of fresh accounts that all post about one unit within one
 * burst window moves that unit's robust score by no more than {@link RobustScore#brigadeBound} with
 * s = min(brigade size, burstMinAnswers − 1) — the most that can slip under the burst rule — whatever the
 * brigade's size, its scores and the unit's own answers.
 */
class BrigadeBoundPropertyTest {

    static final Instant START = Instant.parse("2025-04-01T00:00:00Z");
    static final Instant OLD = Instant.parse("2022-01-01T00:00:00Z");

    @Test
    void aBrigadeOfFreshAccountsMovesTheRobustScoreNoMoreThanTheBound() {
        Random random = new Random(20250401L);
        ScoreParameters p = ScoreParameters.DEFAULTS;
        for (int trial = 0; trial < 500; trial++) {
            int n = p.minRespondents() + random.nextInt(400);
            List<Answer> genuine = new ArrayList<>();
            long id = 1;
            // the target unit 1 and two neighbours in the same regency, genuine answers spread over 90 days
            for (int unit = 1; unit <= 3; unit++) {
                int count = unit == 1 ? n : 30 + random.nextInt(200);
                for (int i = 0; i < count; i++) {
                    Instant at = START.plusSeconds(random.nextInt(90 * 86400));
                    if (random.nextBoolean()) {
                        int[] s = new int[9];
                        for (int e = 0; e < 9; e++) {
                            s[e] = 1 + random.nextInt(4);
                        }
                        genuine.add(Answer.survey(id++, unit, 1, "g" + id, at, OLD, s, null));
                    } else {
                        genuine.add(Answer.rating(id++, unit, 1, "g" + id, at, OLD, 1 + random.nextInt(5), null));
                    }
                }
            }
            Map<Long, Long> units = Map.of(1L, 1L, 2L, 1L, 3L, 1L);
            var before = AppraisalCalculator.compute(genuine, units, Map.of(), Set.of(), p);

            int brigade = 1 + random.nextInt(200);
            boolean low = random.nextBoolean();
            Instant burstStart = START.plusSeconds(random.nextInt(89 * 86400));
            long spread = 60 + random.nextInt(20 * 3600); // the whole brigade within at most ~20 h
            List<Answer> attacked = new ArrayList<>(genuine);
            for (int b = 0; b < brigade; b++) {
                Instant at = burstStart.plusSeconds((long) (random.nextDouble() * spread));
                Instant firstSeen = at.minus(Duration.ofMinutes(random.nextInt(60 * 24 * 6)));
                attacked.add(low
                        ? Answer.rating(id++, 1, 1, "fresh" + b, at, firstSeen, 1, null)
                        : Answer.survey(id++, 1, 1, "fresh" + b, at, firstSeen, new int[] {4, 4, 4, 4, 4, 4, 4, 4, 4}, null));
            }
            var after = AppraisalCalculator.compute(attacked, units, Map.of(), Set.of(), p);

            double robustBefore = before.scores().get(0).overall().robust().doubleValue();
            double robustAfter = after.scores().get(0).overall().robust().doubleValue();
            long s = Math.min(brigade, p.burstMinAnswers() - 1);
            // + 0.01: both scores are rounded to two decimals
            double bound = RobustScore.brigadeBound(n, p.priorWeight(), s, before.regionCounts().get(1L)) + 0.01;
            double moved = Math.abs(robustAfter - robustBefore);
            assertTrue(moved <= bound, "trial " + trial + ": n=" + n + ", brigade=" + brigade + " moved the score "
                    + moved + " > bound " + bound);
            if (brigade >= p.burstMinAnswers()) {
                assertTrue(after.scores().get(0).excluded() >= brigade,
                        "trial " + trial + ": a brigade of " + brigade + " in one window must be excluded");
            }
        }
    }
}
