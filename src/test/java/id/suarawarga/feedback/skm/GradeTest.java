package id.suarawarga.feedback.skm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class GradeTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource({
        "100.00, A", "100, A", "88.31, A",
        "88.30, B", "88.300, B", "80.56, B", "76.61, B",
        "76.60, C", "70.00, C", "65.00, C", "65, C",
        "64.99, D", "50.00, D", "25.00, D", "25, D"})
    void gradesEachBandUpToItsExactBoundary(String ikm, Grade expected) {
        assertEquals(expected, Grade.of(new BigDecimal(ikm)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"24.99", "0", "-1", "100.01", "101"})
    void refusesAnIkmOutsideTheScale(String ikm) {
        assertThrows(IllegalArgumentException.class, () -> Grade.of(new BigDecimal(ikm)));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"88.305", "76.6049", "64.995"})
    void refusesAnIkmThatWasNotRoundedToTwoDecimals(String ikm) {
        // 88.305 lies between the bands B (…88.30) and A (88.31…): the caller must round first.
        assertThrows(IllegalArgumentException.class, () -> Grade.of(ikm == null ? null : new BigDecimal(ikm)));
    }

    @Test
    void labelsInIndonesianAndEnglish() {
        assertEquals("Sangat Baik", Grade.A.label());
        assertEquals("Baik", Grade.B.label());
        assertEquals("Kurang Baik", Grade.C.label());
        assertEquals("Tidak Baik", Grade.D.label());
        assertEquals("Very good", Grade.A.labelEn());
        assertEquals("Good", Grade.B.labelEn());
        assertEquals("Poor", Grade.C.labelEn());
        assertEquals("Very poor", Grade.D.labelEn());
    }

    @Test
    void bandsTileTheScaleWithoutGapsAtTwoDecimals() {
        BigDecimal cent = new BigDecimal("0.01");
        assertEquals(new BigDecimal("100.00"), Grade.A.maxIkm());
        assertEquals(new BigDecimal("25.00"), Grade.D.minIkm());
        assertEquals(Grade.A.minIkm().subtract(cent), Grade.B.maxIkm());
        assertEquals(Grade.B.minIkm().subtract(cent), Grade.C.maxIkm());
        assertEquals(Grade.C.minIkm().subtract(cent), Grade.D.maxIkm());
    }
}
