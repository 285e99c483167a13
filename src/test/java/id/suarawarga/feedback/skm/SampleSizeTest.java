package id.suarawarga.feedback.skm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SampleSizeTest {

    /** Krejcie &amp; Morgan's published table (the values PermenPANRB 14/2017 cites, and some around them). */
    @ParameterizedTest(name = "N={0} → {1}")
    @CsvSource({
        "100, 80", "300, 169", "1000, 278", "2000, 322", "10000, 370", "1000000, 384",
        // S = 44.34 and 32.15: the table's 44 and 32 show it rounds to nearest; a ceiling would give 45 and 33.
        "50, 44", "35, 32",
        "10, 10", "500, 217", "5000, 357", "75000, 382"})
    void reproducesTheKrejcieMorganTable(long population, long minimum) {
        assertEquals(minimum, SampleSize.krejcieMorgan(population));
    }

    @Test
    void neverAsksForMoreThan384HoweverLargeThePopulation() {
        // S = 3841·N / (10·N + 3831) tends to 384.1; a ceiling would say 385 from N = 1,471,105.
        assertEquals(384, SampleSize.krejcieMorgan(1_471_105));
        assertEquals(384, SampleSize.krejcieMorgan(Long.MAX_VALUE));
        assertEquals(1, SampleSize.krejcieMorgan(1));
    }

    @ParameterizedTest
    @ValueSource(longs = {0, -1, Long.MIN_VALUE})
    void refusesAnEmptyPopulation(long population) {
        assertThrows(IllegalArgumentException.class, () -> SampleSize.krejcieMorgan(population));
    }

    @Test
    void isRepresentativeFromTheMinimumOn() {
        assertTrue(SampleSize.representative(278, 1000L));
        assertTrue(SampleSize.representative(400, 1000L));
        assertFalse(SampleSize.representative(277, 1000L));
        assertFalse(SampleSize.representative(0, 1000L));
    }

    @Test
    void isNotRepresentativeWithoutAKnownNumberOfServiceUsers() {
        assertFalse(SampleSize.representative(500, null));
        assertFalse(SampleSize.representative(500, 0L));
        assertThrows(IllegalArgumentException.class, () -> SampleSize.representative(500, -1L));
        assertThrows(IllegalArgumentException.class, () -> SampleSize.representative(-1, 1000L));
    }
}
