package id.suarawarga.feedback.skm;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Dates are in 2026: 13 and 14 Aug are Thursday/Friday, 17 Aug (a Monday) is Independence Day. */
class WorkingDaysTest {

    private static final Set<LocalDate> NONE = Set.of();
    private static final LocalDate INDEPENDENCE_DAY = LocalDate.of(2026, 8, 17);

    @Test
    void addsWorkingDaysSkippingWeekendsAndHolidays() {
        LocalDate friday = LocalDate.of(2026, 8, 14);
        assertEquals(LocalDate.of(2026, 8, 17), WorkingDays.addWorkingDays(friday, 1, NONE));
        assertEquals(LocalDate.of(2026, 8, 18), WorkingDays.addWorkingDays(friday, 1, Set.of(INDEPENDENCE_DAY)));
        assertEquals(LocalDate.of(2026, 8, 20), WorkingDays.addWorkingDays(friday, 3, Set.of(INDEPENDENCE_DAY)));
        assertEquals(LocalDate.of(2026, 8, 21), WorkingDays.addWorkingDays(friday, 5, NONE));
        assertEquals(friday, WorkingDays.addWorkingDays(friday, 0, NONE));
        // from a Saturday, the next working day is Monday
        assertEquals(LocalDate.of(2026, 8, 10), WorkingDays.addWorkingDays(LocalDate.of(2026, 8, 8), 1, NONE));
        assertThrows(IllegalArgumentException.class, () -> WorkingDays.addWorkingDays(friday, -1, NONE));
        assertThrows(IllegalArgumentException.class, () -> WorkingDays.addWorkingDays(friday, 1, null));
    }

    @Test
    void fridayCommentIsDueByWednesdayAndOverdueFromThursday() {
        // Friday 13 Nov 2026, 10:00 WIB; 3 working days: Mon 16, Tue 17, Wed 18 → overdue from Thu 19 00:00 WIB.
        Instant created = wib("2026-11-13T10:00");

        assertEquals(wib("2026-11-19T00:00"), WorkingDays.overdueFrom(created, 3, NONE));
        assertFalse(WorkingDays.overdue(created, wib("2026-11-18T23:59:59"), 3, NONE));
        assertTrue(WorkingDays.overdue(created, wib("2026-11-19T00:00"), 3, NONE));
    }

    @Test
    void commentJustAfterMidnightInJakartaCountsFromThatJakartaDay() {
        // 12 Nov 18:30 UTC is already Friday 13 Nov 01:30 WIB: same clock as the Friday comment above.
        assertEquals(wib("2026-11-19T00:00"), WorkingDays.overdueFrom(Instant.parse("2026-11-12T18:30:00Z"), 3, NONE));
        // 12 Nov 16:59 UTC is still Thursday 23:59 WIB: Fri 13, Mon 16, Tue 17 → overdue from Wed 18.
        assertEquals(wib("2026-11-18T00:00"), WorkingDays.overdueFrom(Instant.parse("2026-11-12T16:59:00Z"), 3, NONE));
    }

    @Test
    void commentBeforeAHolidayGetsOneMoreDay() {
        // Friday 14 Aug 2026, 15:00 WIB; Monday 17 Aug is a holiday, so 3 working days are Tue 18, Wed 19, Thu 20.
        Instant created = wib("2026-08-14T15:00");
        Instant thursdayMorning = wib("2026-08-20T10:00");

        assertEquals(wib("2026-08-21T00:00"), WorkingDays.overdueFrom(created, 3, Set.of(INDEPENDENCE_DAY)));
        assertFalse(WorkingDays.overdue(created, thursdayMorning, 3, Set.of(INDEPENDENCE_DAY)));
        // without the holiday the deadline would have been Wednesday
        assertTrue(WorkingDays.overdue(created, thursdayMorning, 3, NONE));
    }

    @Test
    void commentBeforeChristmasAndNewYearWaitsForTheHolidays() {
        // Wed 23 Dec 2026; 24 Dec (cuti bersama), 25 Dec and 1 Jan are off. 5 working days:
        // Mon 28, Tue 29, Wed 30, Thu 31 Dec, Mon 4 Jan 2027 → overdue from Tue 5 Jan 00:00 WIB.
        Set<LocalDate> holidays = Set.of(LocalDate.of(2026, 12, 24), LocalDate.of(2026, 12, 25),
                LocalDate.of(2027, 1, 1));

        assertEquals(wib("2027-01-05T00:00"), WorkingDays.overdueFrom(wib("2026-12-23T09:00"), 5, holidays));
    }

    @Test
    void sundayCommentStartsCountingOnMonday() {
        // Sunday 15 Nov 2026, 20:00 WIB; Mon 16, Tue 17, Wed 18 → overdue from Thu 19, like a Friday comment.
        Instant created = wib("2026-11-15T20:00");

        assertEquals(wib("2026-11-19T00:00"), WorkingDays.overdueFrom(created, 3, NONE));
        assertFalse(WorkingDays.overdue(created, wib("2026-11-18T16:00"), 3, NONE));
        assertTrue(WorkingDays.overdue(created, wib("2026-11-19T08:00"), 3, NONE));
    }

    @Test
    void deadlineOnFridayIsOverdueOverTheWeekend() {
        // Wed 11 Nov 2026; 2 working days: Thu 12, Fri 13. The last day to answer has passed on Saturday.
        Instant created = wib("2026-11-11T09:00");

        assertFalse(WorkingDays.overdue(created, wib("2026-11-13T23:59"), 2, NONE));
        assertTrue(WorkingDays.overdue(created, wib("2026-11-14T09:00"), 2, NONE));
    }

    @Test
    void zeroWorkingDaysMeansBeforeTheEndOfTheDay() {
        Instant created = wib("2026-11-11T09:00");
        assertEquals(wib("2026-11-12T00:00"), WorkingDays.overdueFrom(created, 0, NONE));
    }

    private static Instant wib(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(Period.ZONE).toInstant();
    }
}
