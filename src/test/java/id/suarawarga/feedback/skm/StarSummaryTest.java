package id.suarawarga.feedback.skm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class StarSummaryTest {

    @Test
    void noRatingsHaveNoAverageButAllFiveCounts() {
        StarSummary s = StarSummary.of(new long[5]);
        assertEquals(0, s.count());
        assertNull(s.average());
        assertEquals(List.of("1", "2", "3", "4", "5"), List.copyOf(s.stars().keySet()));
    }

    @Test
    void averageIsRoundedHalfUpToTwoDecimals() {
        // 1×1 + 1×2 + 1×5 = 8 over 3 = 2.666… → 2.67
        assertEquals(new BigDecimal("2.67"), StarSummary.of(new long[] {1, 1, 0, 0, 1}).average());
        // 4×8 + 5×0 … : 7 ratings of 4 and 1 of 5 = 33/8 = 4.125 → 4.13 (half up, not half even)
        assertEquals(new BigDecimal("4.13"), StarSummary.of(new long[] {0, 0, 0, 7, 1}).average());
        assertEquals(new BigDecimal("5.00"), StarSummary.of(new long[] {0, 0, 0, 0, 3}).average());
        assertEquals(8, StarSummary.of(new long[] {0, 0, 0, 7, 1}).count());
    }

    @Test
    void refusesMalformedCounts() {
        assertThrows(IllegalArgumentException.class, () -> StarSummary.of(new long[4]));
        assertThrows(IllegalArgumentException.class, () -> StarSummary.of(new long[] {0, -1, 0, 0, 0}));
    }
}
