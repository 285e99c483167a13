package id.suarawarga.appraisal.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class RobustScoreTest {

    @Test
    void thirtyAnswersAreShrunkTowardTheRegencyMeanByTheirShareOfTheWeight() {
        // n = 30, R = 3.5 (87.50), C = 3.0, m = 20: WR = (30*3.5 + 20*3.0) / 50 = 3.3 -> 82.50.
        // Wilson at p = (3.3-1)/3 = 0.76667, n = 30: centre 0.73640, half-width 0.14568 -> [0.59072, 0.88208]
        // -> 1-4 scale [2.7722, 3.6462] -> 25-100 scale [69.30, 91.16] (worked by hand).
        Estimate e = RobustScore.estimate(30, 3.5, 3.0, 20, 30);
        assertTrue(e.sufficient());
        assertEquals(new BigDecimal("87.50"), e.mean());
        assertEquals(new BigDecimal("82.50"), e.robust());
        assertEquals(new BigDecimal("69.30"), e.low());
        assertEquals(new BigDecimal("91.16"), e.high());
    }

    @Test
    void manyAnswersBarelyMoveAndTheIntervalNarrows() {
        Estimate e = RobustScore.estimate(3000, 3.5, 3.0, 20, 30);
        // (3000*3.5 + 60) / 3020 = 3.49669 -> 87.42
        assertEquals(new BigDecimal("87.42"), e.robust());
        assertTrue(e.high().subtract(e.low()).compareTo(new BigDecimal("4")) < 0);
        assertTrue(e.low().compareTo(e.robust()) < 0 && e.high().compareTo(e.robust()) > 0);
    }

    @Test
    void belowTheMinimumThereIsNoScoreOnlyInsufficientEvidence() {
        Estimate e = RobustScore.estimate(29, 1.0, 3.0, 20, 30);
        assertFalse(e.sufficient());
        assertEquals(new BigDecimal("25.00"), e.mean());
        assertNull(e.robust());
        assertNull(e.low());
        assertNull(e.high());
        Estimate none = RobustScore.estimate(0, 0, 3.0, 20, 30);
        assertNull(none.mean());
        assertFalse(none.sufficient());
    }

    @Test
    void wilsonStaysInsideTheScaleAtTheEnds() {
        double[] top = RobustScore.wilson(1.0, 30, RobustScore.Z95);
        assertEquals(1.0, top[1], 1e-12);
        assertTrue(top[0] > 0.88 && top[0] < 0.90, "Wilson lower bound for 30/30 is 0.886, was " + top[0]);
        double[] bottom = RobustScore.wilson(0.0, 30, RobustScore.Z95);
        assertEquals(0.0, bottom[0], 1e-12);
        Estimate perfect = RobustScore.estimate(40, 4.0, 4.0, 20, 30);
        assertEquals(new BigDecimal("100.00"), perfect.high());
    }

    @Test
    void brigadeBoundFollowsTheFormula() {
        // 75*9/(30+20+9) = 11.44; via prior 20/50 * 75*9/(300+9) = 0.87
        assertEquals(12.31, RobustScore.brigadeBound(30, 20, 9, 300), 0.01);
        assertEquals(0.0, RobustScore.brigadeBound(30, 20, 0, 300), 1e-12);
    }
}
