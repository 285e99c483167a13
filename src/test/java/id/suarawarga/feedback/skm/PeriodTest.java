package id.suarawarga.feedback.skm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.suarawarga.feedback.skm.Period.Kind;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PeriodTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "2026-11, MONTH,    2026-11-01, 2026-12-01, November 2026,    November 2026",
        "2026-12, MONTH,    2026-12-01, 2027-01-01, Desember 2026,    December 2026",
        "2026-01, MONTH,    2026-01-01, 2026-02-01, Januari 2026,     January 2026",
        "2026-Q1, QUARTER,  2026-01-01, 2026-04-01, Triwulan I 2026,  Q1 2026",
        "2026-Q4, QUARTER,  2026-10-01, 2027-01-01, Triwulan IV 2026, Q4 2026",
        "2026-S1, SEMESTER, 2026-01-01, 2026-07-01, Semester I 2026,  First half 2026",
        "2026-S2, SEMESTER, 2026-07-01, 2027-01-01, Semester II 2026, Second half 2026",
        "2026,    YEAR,     2026-01-01, 2027-01-01, 2026,             2026"})
    void parsesFormatsAndSpansEachKind(String text, Kind kind, LocalDate start, LocalDate endExclusive,
            String labelId, String labelEn) {
        Period period = Period.parse(text);

        assertEquals(kind, period.kind());
        assertEquals(text, period.toString());
        assertEquals(period, Period.parse(period.toString()));
        assertEquals(start, period.start());
        assertEquals(endExclusive, period.endExclusive());
        assertEquals(labelId, period.labelId());
        assertEquals(labelEn, period.labelEn());
    }

    @Test
    void acceptsSpacesAndLowerCaseButPrintsTheCanonicalForm() {
        assertEquals(Period.ofQuarter(2026, 4), Period.parse(" 2026-q4 "));
        assertEquals("2026-S2", Period.parse("2026-s2").toString());
        assertEquals("2026-03", Period.ofMonth(2026, 3).toString());
    }

    @Test
    void countsLeapDays() {
        assertEquals(LocalDate.of(2028, 3, 1), Period.parse("2028-02").endExclusive());
        assertEquals(29, days(Period.parse("2028-02")));
        assertEquals(28, days(Period.parse("2027-02")));
        assertEquals(28, days(Period.parse("2100-02"))); // 2100 is not a leap year
        assertEquals(29, days(Period.parse("2000-02"))); // 2000 is
        assertEquals(91, days(Period.parse("2028-Q1")));
        assertEquals(90, days(Period.parse("2027-Q1")));
        assertEquals(182, days(Period.parse("2028-S1")));
        assertEquals(366, days(Period.parse("2028")));
        assertEquals(365, days(Period.parse("2026")));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"2026-Q5", "2026-Q0", "2026-13", "2026-00", "2026-S3", "abc", "2026-1", "26-11",
        "2026/11", "2026-Q", "2026-11-01", "1999", "2101", "1999-Q4", "2101-01", "２０２６"})
    void refusesAnythingElseWithAMessage(String text) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Period.parse(text));
        assertFalse(e.getMessage().isBlank());
    }

    @Test
    void explainsWhatIsWrong() {
        assertEquals("Invalid period '2026-Q5': Quarter must be Q1–Q4, was Q5",
                assertThrows(IllegalArgumentException.class, () -> Period.parse("2026-Q5")).getMessage());
        assertEquals("Invalid period '2026-13': Month must be 01–12, was 13",
                assertThrows(IllegalArgumentException.class, () -> Period.parse("2026-13")).getMessage());
        assertEquals("Invalid period '1999': Year must be between 2000 and 2100, was 1999",
                assertThrows(IllegalArgumentException.class, () -> Period.parse("1999")).getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class, () -> Period.parse("abc")).getMessage()
                .contains("expected YYYY, YYYY-MM, YYYY-Qn or YYYY-Sn"));
    }

    @Test
    void stepsBackAcrossTheYear() {
        assertEquals(Period.parse("2025-12"), Period.parse("2026-01").previous());
        assertEquals(Period.parse("2026-10"), Period.parse("2026-11").previous());
        assertEquals(Period.parse("2025-Q4"), Period.parse("2026-Q1").previous());
        assertEquals(Period.parse("2025-S2"), Period.parse("2026-S1").previous());
        assertEquals(Period.parse("2026-S1"), Period.parse("2026-S2").previous());
        assertEquals(Period.parse("2025"), Period.parse("2026").previous());
        assertEquals(Period.parse("2027-Q1"), Period.parse("2026-Q4").next());
        assertThrows(IllegalArgumentException.class, () -> Period.parse("2000-Q1").previous());
    }

    @Test
    void listsTheLastPeriodsOldestFirst() {
        assertEquals(List.of(Period.parse("2025-Q3"), Period.parse("2025-Q4"), Period.parse("2026-Q1"),
                Period.parse("2026-Q2")), Period.parse("2026-Q2").lastN(4));
        assertEquals(List.of(Period.parse("2026-11")), Period.parse("2026-11").lastN(1));
        List<Period> year = Period.parse("2026-11").lastN(12);
        assertEquals(Period.parse("2025-12"), year.get(0));
        assertEquals(Period.parse("2026-11"), year.get(11));
        assertThrows(IllegalArgumentException.class, () -> Period.parse("2026-11").lastN(0));
        assertThrows(IllegalArgumentException.class, () -> Period.parse("2000-02").lastN(3));
    }

    @Test
    void findsThePeriodContainingADate() {
        LocalDate date = LocalDate.of(2026, 11, 15);
        assertEquals(Period.parse("2026-11"), Period.containing(date, Kind.MONTH));
        assertEquals(Period.parse("2026-Q4"), Period.containing(date, Kind.QUARTER));
        assertEquals(Period.parse("2026-S2"), Period.containing(date, Kind.SEMESTER));
        assertEquals(Period.parse("2026"), Period.containing(date, Kind.YEAR));
        assertEquals(Period.parse("2026-Q3"), Period.containing(LocalDate.of(2026, 9, 30), Kind.QUARTER));
        assertEquals(Period.parse("2026-S1"), Period.containing(LocalDate.of(2026, 6, 30), Kind.SEMESTER));
    }

    @Test
    void countsDaysInJakartaTime() {
        // 31 Dec 2026 17:30 UTC is already 1 Jan 2027 00:30 WIB (UTC+7).
        Instant newYearInJakarta = Instant.parse("2026-12-31T17:30:00Z");
        assertEquals(Period.parse("2027-Q1"), Period.containing(newYearInJakarta, Kind.QUARTER));
        assertFalse(Period.parse("2026-Q4").contains(newYearInJakarta));
        assertTrue(Period.parse("2026-Q4").contains(Instant.parse("2026-12-31T16:59:59Z")));

        assertEquals(Instant.parse("2026-09-30T17:00:00Z"), Period.parse("2026-Q4").startInstant());
        assertEquals(Instant.parse("2026-12-31T17:00:00Z"), Period.parse("2026-Q4").endExclusiveInstant());
    }

    private static long days(Period period) {
        return ChronoUnit.DAYS.between(period.start(), period.endExclusive());
    }
}
