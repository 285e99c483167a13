package id.suarawarga.feedback.skm;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A survey or reporting period: a calendar month, quarter (<em>triwulan</em>), semester or year.
 *
 * <p>Written as {@code 2026-11}, {@code 2026-Q4}, {@code 2026-S2} or {@code 2026} ({@link #toString()} gives that
 * canonical form, {@link #parse} reads it). Periods are calendar days in Asia/Jakarta (WIB): a period runs from
 * {@link #start()} inclusive to {@link #endExclusive()} exclusive, and {@link #startInstant()} /
 * {@link #endExclusiveInstant()} give the matching instants for querying timestamp columns.
 *
 * @param kind   month, quarter, semester or year
 * @param year   2000–2100
 * @param number position within the year: month 1–12, quarter 1–4, semester 1–2, always 1 for a year
 */
public record Period(Kind kind, int year, int number) {

    /** The zone whose calendar days periods (and the working-day clock) are counted in. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Jakarta");

    public static final int MIN_YEAR = 2000;
    public static final int MAX_YEAR = 2100;

    /** The kinds of period, by their length in months. */
    public enum Kind {
        MONTH(1), QUARTER(3), SEMESTER(6), YEAR(12);

        private final int months;

        Kind(int months) {
            this.months = months;
        }

        /** Length in calendar months. */
        public int months() {
            return months;
        }

        /** Number of periods of this kind in a year. */
        public int perYear() {
            return 12 / months;
        }
    }

    private static final Pattern YEAR_ONLY = Pattern.compile("(\\d{4})");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q(\\d)");
    private static final Pattern SEMESTER = Pattern.compile("(\\d{4})-S(\\d)");
    private static final String FORMATS = "expected YYYY, YYYY-MM, YYYY-Qn or YYYY-Sn, e.g. 2026, 2026-11, "
            + "2026-Q4 or 2026-S2";

    private static final String[] MONTHS_ID = {"Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli",
        "Agustus", "September", "Oktober", "November", "Desember"};
    private static final String[] MONTHS_EN = {"January", "February", "March", "April", "May", "June", "July",
        "August", "September", "October", "November", "December"};
    private static final String[] ROMAN = {"I", "II", "III", "IV"};

    public Period {
        if (kind == null) {
            throw new IllegalArgumentException("Period kind is required");
        }
        if (year < MIN_YEAR || year > MAX_YEAR) {
            throw new IllegalArgumentException("Year must be between " + MIN_YEAR + " and " + MAX_YEAR + ", was "
                    + year);
        }
        if (number < 1 || number > kind.perYear()) {
            throw new IllegalArgumentException(switch (kind) {
                case MONTH -> "Month must be 01–12, was " + number;
                case QUARTER -> "Quarter must be Q1–Q4, was Q" + number;
                case SEMESTER -> "Semester must be S1 or S2, was S" + number;
                case YEAR -> "A year period has number 1, was " + number;
            });
        }
    }

    public static Period ofMonth(int year, int month) {
        return new Period(Kind.MONTH, year, month);
    }

    public static Period ofQuarter(int year, int quarter) {
        return new Period(Kind.QUARTER, year, quarter);
    }

    public static Period ofSemester(int year, int semester) {
        return new Period(Kind.SEMESTER, year, semester);
    }

    public static Period ofYear(int year) {
        return new Period(Kind.YEAR, year, 1);
    }

    /**
     * Reads the canonical form ({@code 2026-11}, {@code 2026-Q4}, {@code 2026-S2}, {@code 2026}). Surrounding
     * spaces and a lower-case {@code q}/{@code s} are accepted; a month needs two digits.
     *
     * @throws IllegalArgumentException with a message fit for a form error on anything else, including
     *                                  {@code null}, {@code 2026-Q5}, {@code 2026-13} and years outside 2000–2100
     */
    public static Period parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("Period is required: " + FORMATS);
        }
        String s = text.strip().toUpperCase(Locale.ROOT);
        try {
            Matcher m;
            if ((m = YEAR_ONLY.matcher(s)).matches()) {
                return ofYear(Integer.parseInt(m.group(1)));
            }
            if ((m = MONTH.matcher(s)).matches()) {
                return ofMonth(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
            }
            if ((m = QUARTER.matcher(s)).matches()) {
                return ofQuarter(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
            }
            if ((m = SEMESTER.matcher(s)).matches()) {
                return ofSemester(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)));
            }
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("Invalid period '" + text + "': " + e.getMessage(), e);
        }
        throw new IllegalArgumentException("Unrecognised period '" + text + "': " + FORMATS);
    }

    /** The period of the given kind that contains {@code date}. */
    public static Period containing(LocalDate date, Kind kind) {
        if (date == null || kind == null) {
            throw new IllegalArgumentException("Date and period kind are required");
        }
        return new Period(kind, date.getYear(), (date.getMonthValue() - 1) / kind.months() + 1);
    }

    /** The period of the given kind that contains {@code instant}, by its Asia/Jakarta calendar date. */
    public static Period containing(Instant instant, Kind kind) {
        if (instant == null) {
            throw new IllegalArgumentException("Instant is required");
        }
        return containing(LocalDate.ofInstant(instant, ZONE), kind);
    }

    /** First day of the period. */
    public LocalDate start() {
        return LocalDate.of(year, (number - 1) * kind.months() + 1, 1);
    }

    /** First day after the period, e.g. 2027-01-01 for 2026-Q4. */
    public LocalDate endExclusive() {
        return start().plusMonths(kind.months());
    }

    /** Midnight WIB at the start of the period. */
    public Instant startInstant() {
        return start().atStartOfDay(ZONE).toInstant();
    }

    /** Midnight WIB at the end of the period (exclusive). */
    public Instant endExclusiveInstant() {
        return endExclusive().atStartOfDay(ZONE).toInstant();
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(start()) && date.isBefore(endExclusive());
    }

    public boolean contains(Instant instant) {
        return contains(LocalDate.ofInstant(instant, ZONE));
    }

    /**
     * The period of the same kind just before this one.
     *
     * @throws IllegalArgumentException before the first supported year (2000)
     */
    public Period previous() {
        return number > 1 ? new Period(kind, year, number - 1) : new Period(kind, year - 1, kind.perYear());
    }

    /** The period of the same kind just after this one; throws after 2100. */
    public Period next() {
        return number < kind.perYear() ? new Period(kind, year, number + 1) : new Period(kind, year + 1, 1);
    }

    /**
     * The {@code n} periods of this kind ending with this one, oldest first: {@code 2026-Q2.lastN(3)} is
     * 2025-Q4, 2026-Q1, 2026-Q2.
     *
     * @throws IllegalArgumentException if {@code n < 1} or the range would start before 2000
     */
    public List<Period> lastN(int n) {
        if (n < 1) {
            throw new IllegalArgumentException("Number of periods must be at least 1, was " + n);
        }
        List<Period> periods = new ArrayList<>(n);
        Period p = this;
        periods.add(p);
        for (int i = 1; i < n; i++) {
            p = p.previous();
            periods.add(p);
        }
        Collections.reverse(periods);
        return List.copyOf(periods);
    }

    /** Indonesian label: "November 2026", "Triwulan IV 2026", "Semester II 2026", "2026". */
    public String labelId() {
        return switch (kind) {
            case MONTH -> MONTHS_ID[number - 1] + " " + year;
            case QUARTER -> "Triwulan " + ROMAN[number - 1] + " " + year;
            case SEMESTER -> "Semester " + ROMAN[number - 1] + " " + year;
            case YEAR -> Integer.toString(year);
        };
    }

    /** English label: "November 2026", "Q4 2026", "Second half 2026", "2026". */
    public String labelEn() {
        return switch (kind) {
            case MONTH -> MONTHS_EN[number - 1] + " " + year;
            case QUARTER -> "Q" + number + " " + year;
            case SEMESTER -> (number == 1 ? "First half " : "Second half ") + year;
            case YEAR -> Integer.toString(year);
        };
    }

    /** Canonical form: {@code 2026-11}, {@code 2026-Q4}, {@code 2026-S2} or {@code 2026}. */
    @Override
    public String toString() {
        return switch (kind) {
            case MONTH -> String.format(Locale.ROOT, "%d-%02d", year, number);
            case QUARTER -> year + "-Q" + number;
            case SEMESTER -> year + "-S" + number;
            case YEAR -> Integer.toString(year);
        };
    }
}
