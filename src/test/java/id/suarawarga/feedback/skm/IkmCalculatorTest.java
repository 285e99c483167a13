package id.suarawarga.feedback.skm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IkmCalculatorTest {

    private static final List<String> NINE = List.of("U1", "U2", "U3", "U4", "U5", "U6", "U7", "U8", "U9");

    @Test
    void twoRespondentsWorkedByHand() {
        //            U1 U2 U3 U4 U5 U6 U7 U8 U9
        // answer A:   4  3  3  4  3  4  4  3  3   (31)
        // answer B:   3  3  2  4  3  3  4  2  3   (27)
        // sums:       7  6  5  8  6  7  8  5  6   (58)
        // NRR = sum/2: 3.5 3.0 2.5 4.0 3.0 3.5 4.0 2.5 3.0
        // weighted NRR = 29.0 × 1/9 = 58/18 = 3.2222…          → 3.2222
        // IKM = 58/18 × 25 = 1450/18 = 80.5555…                 → 80.56, grade B (76.61–88.30)
        // (with the rounded weight 0.111: 29.0 × 0.111 × 25 = 80.475 → 80.48, which is why 1/9 is exact here)
        ElementTotals totals = ElementTotals.fromQuestionnaires(List.of(
                answers(4, 3, 3, 4, 3, 4, 4, 3, 3),
                answers(3, 3, 2, 4, 3, 3, 4, 2, 3)));
        assertEquals(2, totals.respondents());
        assertEquals(List.of(7L, 6L, 5L, 8L, 6L, 7L, 8L, 5L, 6L), List.copyOf(totals.sums().values()));

        IkmResult result = IkmCalculator.compute(totals);

        assertEquals(2, result.respondents());
        assertEquals(NINE, List.copyOf(result.nrr().keySet()));
        assertEquals(decimals("3.500", "3.000", "2.500", "4.000", "3.000", "3.500", "4.000", "2.500", "3.000"),
                List.copyOf(result.nrr().values()));
        assertEquals(new BigDecimal("3.2222"), result.weightedNrr());
        assertEquals(new BigDecimal("80.56"), result.ikm());
        assertEquals(Grade.B, result.grade());
        assertTrue(result.hasScore());
    }

    @Test
    void allFoursScoreExactlyOneHundredNotNinetyNinePointNine() {
        IkmResult result = IkmCalculator.compute(nineElements(137, 4 * 137));

        result.nrr().values().forEach(nrr -> assertEquals(new BigDecimal("4.000"), nrr));
        assertEquals(new BigDecimal("4.0000"), result.weightedNrr());
        assertEquals(new BigDecimal("100.00"), result.ikm());
        assertEquals(Grade.A, result.grade());
    }

    @Test
    void allOnesScoreTwentyFiveAndGradeD() {
        IkmResult result = IkmCalculator.compute(nineElements(58, 58));

        result.nrr().values().forEach(nrr -> assertEquals(new BigDecimal("1.000"), nrr));
        assertEquals(new BigDecimal("1.0000"), result.weightedNrr());
        assertEquals(new BigDecimal("25.00"), result.ikm());
        assertEquals(Grade.D, result.grade());
    }

    @Test
    void roundsOnlyOnceFromTheExactFraction() {
        // 3 respondents, 11 points on every element: NRR = 11/3 = 3.6666… (reported 3.667),
        // IKM = 99/27 × 25 = 91.666… → 91.67. Multiplying the rounded NRR would give 3.667 × 25 = 91.675 → 91.68.
        IkmResult result = IkmCalculator.compute(nineElements(3, 11));

        assertEquals(new BigDecimal("3.667"), result.nrr().get("U5"));
        assertEquals(new BigDecimal("3.6667"), result.weightedNrr());
        assertEquals(new BigDecimal("91.67"), result.ikm());
    }

    /**
     * End-to-end near the grade boundaries: R respondents with a total of T points over nine elements give
     * IKM = 25·T / (9·R); the sums are spread as evenly as possible over the elements.
     */
    @ParameterizedTest(name = "R={0}, total={1} → IKM {2} ({3})")
    @CsvSource({
        // 25·1049/297 = 88.2996… → 88.30, still B; weighted 1049/297 = 3.53198… → 3.5320
        "33, 1049, 88.30, B, 3.5320",
        // 25·1367/387 = 88.3074… → 88.31, A. The weighted NRR 3.5323 is just under the interval band's 3.5324:
        // the grade is taken from the rounded IKM, as the regulation's table states it.
        "43, 1367, 88.31, A, 3.5323",
        // 25·717/234 = 76.6025… → 76.60, C; 25·855/279 = 76.6129… → 76.61, B
        "26, 717, 76.60, C, 3.0641",
        "31, 855, 76.61, B, 3.0645",
        // 25·117/45 = 65 exactly → 65.00, C; 25·889/342 = 64.9853… → 64.99, D
        "5, 117, 65.00, C, 2.6000",
        "38, 889, 64.99, D, 2.5994"})
    void gradesFromTheRoundedIkmAtTheBoundaries(long respondents, long total, String ikm, Grade grade,
            String weightedNrr) {
        IkmResult result = IkmCalculator.compute(new ElementTotals(respondents, spread(total)));

        assertEquals(new BigDecimal(ikm), result.ikm());
        assertEquals(grade, result.grade());
        assertEquals(new BigDecimal(weightedNrr), result.weightedNrr());
    }

    @Test
    void weighsByTheNumberOfElementsGivenAndKeepsU10AfterU9() {
        // Ten elements, one respondent: nine 4s and a 1 → 37/10 = 3.7 → IKM 92.50 (a 1/9 weight would say 102.78).
        Map<String, Long> sums = new HashMap<>();
        for (int i = 1; i <= 9; i++) {
            sums.put("U" + i, 4L);
        }
        sums.put("U10", 1L);

        IkmResult result = IkmCalculator.compute(new ElementTotals(1, sums));

        assertEquals(List.of("U1", "U2", "U3", "U4", "U5", "U6", "U7", "U8", "U9", "U10"),
                List.copyOf(result.nrr().keySet()));
        assertEquals(new BigDecimal("3.7000"), result.weightedNrr());
        assertEquals(new BigDecimal("92.50"), result.ikm());
        assertEquals(Grade.A, result.grade());
    }

    @Test
    void noRespondentsMeansNoScoreRatherThanZero() {
        IkmResult result = IkmCalculator.compute(nineElements(0, 0));

        assertEquals(0, result.respondents());
        assertTrue(result.nrr().isEmpty());
        assertNull(result.weightedNrr());
        assertNull(result.ikm());
        assertNull(result.grade());
        assertFalse(result.hasScore());
    }

    @Test
    void refusesSumsThatCannotComeFromOneToFourAnswers() {
        assertThrows(IllegalArgumentException.class, () -> nineElements(10, 9)); // below 10 × 1
        assertThrows(IllegalArgumentException.class, () -> nineElements(10, 41)); // above 10 × 4
        assertThrows(IllegalArgumentException.class, () -> nineElements(0, 1)); // points without respondents
        assertThrows(IllegalArgumentException.class, () -> nineElements(-1, 0));
        assertThrows(IllegalArgumentException.class, () -> new ElementTotals(1, Map.of()));
        assertThrows(IllegalArgumentException.class, () -> new ElementTotals(1, null));
        Map<String, Long> missing = new HashMap<>();
        missing.put("U1", null);
        assertThrows(IllegalArgumentException.class, () -> new ElementTotals(1, missing));
        assertThrows(IllegalArgumentException.class, () -> IkmCalculator.compute(null));
    }

    @Test
    void refusesQuestionnairesWithScoresOffTheScaleOrDifferentElements() {
        assertThrows(IllegalArgumentException.class,
                () -> ElementTotals.fromQuestionnaires(List.of(answers(4, 3, 3, 4, 5, 4, 4, 3, 3))));
        assertThrows(IllegalArgumentException.class,
                () -> ElementTotals.fromQuestionnaires(List.of(answers(4, 3, 3, 4, 0, 4, 4, 3, 3))));
        assertThrows(IllegalArgumentException.class,
                () -> ElementTotals.fromQuestionnaires(List.of(answers(4, 3, 3, 4, 3, 4, 4, 3, 3), Map.of("U1", 4))));
        assertThrows(IllegalArgumentException.class, () -> ElementTotals.fromQuestionnaires(List.of()));
    }

    private static Map<String, Integer> answers(int... scores) {
        Map<String, Integer> answers = new LinkedHashMap<>();
        for (int i = 0; i < scores.length; i++) {
            answers.put(NINE.get(i), scores[i]);
        }
        return answers;
    }

    private static ElementTotals nineElements(long respondents, long sumPerElement) {
        Map<String, Long> sums = new HashMap<>();
        NINE.forEach(code -> sums.put(code, sumPerElement));
        return new ElementTotals(respondents, sums);
    }

    /** {@code total} points over nine elements, the first {@code total % 9} elements getting one more. */
    private static Map<String, Long> spread(long total) {
        Map<String, Long> sums = new HashMap<>();
        for (int i = 0; i < NINE.size(); i++) {
            sums.put(NINE.get(i), total / 9 + (i < total % 9 ? 1 : 0));
        }
        return sums;
    }

    private static List<BigDecimal> decimals(String... values) {
        return Arrays.stream(values).map(BigDecimal::new).toList();
    }
}
