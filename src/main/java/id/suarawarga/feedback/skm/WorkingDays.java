package id.suarawarga.feedback.skm;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;

/**
 * Response clocks counted in working days (<em>hari kerja</em>), as SP4N-LAPOR! counts them: 3 working days to
 * verify a report, 5 for the unit's follow-up.
 *
 * <p>A working day is a Monday–Friday that is not in the given holiday set (national holidays and
 * <em>cuti bersama</em>, and the region's own days off, which the caller supplies: {@code feedback.Holidays}). Days are calendar days in Asia/Jakarta
 * ({@link Period#ZONE}).
 *
 * <p><b>The rule.</b> For a comment created at any time on day D (WIB), the deadline day is the
 * {@code workingDays}-th working day <em>after</em> D, so the rest of D never counts, whether D is a working day
 * or not. The comment is overdue from the end of the deadline day, that is from 00:00 WIB of the following
 * calendar day. Examples with 3 working days and no holidays: created Wednesday → deadline Monday, overdue from
 * Tuesday 00:00; created Friday or Sunday → deadline Wednesday, overdue from Thursday 00:00.
 *
 * <p>At any moment of a working day this is the same as "overdue from the start of the next working day after
 * the deadline day". The two readings differ only on a weekend or holiday right after the deadline day, which
 * this rule already counts as overdue, because the last day to answer has passed.
 */
public final class WorkingDays {

    private WorkingDays() {
    }

    /** Whether {@code date} is a working day: Monday–Friday and not a holiday. */
    public static boolean isWorkingDay(LocalDate date, Set<LocalDate> holidays) {
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY && !holidays.contains(date);
    }

    /**
     * The {@code days}-th working day after {@code start} ({@code start} itself does not count); {@code start}
     * when {@code days} is 0.
     *
     * @throws IllegalArgumentException if {@code days} is negative or an argument is null
     */
    public static LocalDate addWorkingDays(LocalDate start, int days, Set<LocalDate> holidays) {
        if (start == null || holidays == null) {
            throw new IllegalArgumentException("Start date and holiday set are required (the set may be empty)");
        }
        if (days < 0) {
            throw new IllegalArgumentException("Number of working days cannot be negative: " + days);
        }
        LocalDate date = start;
        int counted = 0;
        while (counted < days) {
            date = date.plusDays(1);
            if (isWorkingDay(date, holidays)) {
                counted++;
            }
        }
        return date;
    }

    /**
     * The instant from which a comment created at {@code createdAt} is overdue: 00:00 WIB of the calendar day
     * after the {@code workingDays}-th working day after its creation day (see the class comment).
     */
    public static Instant overdueFrom(Instant createdAt, int workingDays, Set<LocalDate> holidays) {
        if (createdAt == null) {
            throw new IllegalArgumentException("Creation time is required");
        }
        LocalDate created = LocalDate.ofInstant(createdAt, Period.ZONE);
        LocalDate deadline = addWorkingDays(created, workingDays, holidays);
        return deadline.plusDays(1).atStartOfDay(Period.ZONE).toInstant();
    }

    /**
     * Whether a comment created at {@code createdAt} and still unanswered at {@code now} is overdue, i.e.
     * {@code now} is on or after {@link #overdueFrom}.
     */
    public static boolean overdue(Instant createdAt, Instant now, int workingDays, Set<LocalDate> holidays) {
        if (now == null) {
            throw new IllegalArgumentException("Current time is required");
        }
        return !now.isBefore(overdueFrom(createdAt, workingDays, holidays));
    }
}
