package id.suarawarga.appraisal.score;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * The 18-digit civil-servant number (<em>Nomor Induk Pegawai</em>): birth date YYYYMMDD, CPNS appointment
 * YYYYMM, gender (1 male, 2 female), sequence (3 digits), e.g. {@code 198609262015051001}. Only the structure
 * is checked; whether the person exists is SIASN's business.
 */
public final class Nip {

    private Nip() {
    }

    /** What is wrong with a NIP's structure; {@link #reason()} is English, for logs. */
    public enum Flaw {
        DIGITS("NIP must be exactly 18 digits"),
        DATES("NIP must start with a valid birth date (YYYYMMDD) and appointment month (YYYYMM)"),
        BIRTH_YEAR("NIP birth year is before 1900"),
        APPOINTMENT("NIP appointment month must be after the birth date"),
        GENDER("NIP gender digit (15th) must be 1 or 2"),
        SEQUENCE("NIP sequence (last 3 digits) must not be 000");

        private final String reason;

        Flaw(String reason) {
            this.reason = reason;
        }

        public String reason() {
            return reason;
        }
    }

    /** Null when valid, else the reason (English, for logs). */
    public static String problem(String nip) {
        Flaw f = flaw(nip);
        return f == null ? null : f.reason();
    }

    /** Null when valid, else the first flaw found. */
    public static Flaw flaw(String nip) {
        if (nip == null || !nip.matches("\\d{18}")) {
            return Flaw.DIGITS;
        }
        LocalDate birth;
        YearMonth appointed;
        try {
            birth = LocalDate.of(Integer.parseInt(nip.substring(0, 4)), Integer.parseInt(nip.substring(4, 6)),
                    Integer.parseInt(nip.substring(6, 8)));
            appointed = YearMonth.of(Integer.parseInt(nip.substring(8, 12)), Integer.parseInt(nip.substring(12, 14)));
        } catch (DateTimeException e) {
            return Flaw.DATES;
        }
        if (birth.getYear() < 1900) {
            return Flaw.BIRTH_YEAR;
        }
        if (!appointed.isAfter(YearMonth.from(birth))) {
            return Flaw.APPOINTMENT;
        }
        char gender = nip.charAt(14);
        if (gender != '1' && gender != '2') {
            return Flaw.GENDER;
        }
        if (nip.endsWith("000")) {
            return Flaw.SEQUENCE;
        }
        return null;
    }

    public static boolean valid(String nip) {
        return problem(nip) == null;
    }
}
