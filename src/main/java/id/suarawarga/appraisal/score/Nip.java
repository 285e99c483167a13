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

    /** Null when valid, else the reason (English, for logs and API errors). */
    public static String problem(String nip) {
        if (nip == null || !nip.matches("\\d{18}")) {
            return "NIP must be exactly 18 digits";
        }
        LocalDate birth;
        YearMonth appointed;
        try {
            birth = LocalDate.of(Integer.parseInt(nip.substring(0, 4)), Integer.parseInt(nip.substring(4, 6)),
                    Integer.parseInt(nip.substring(6, 8)));
            appointed = YearMonth.of(Integer.parseInt(nip.substring(8, 12)), Integer.parseInt(nip.substring(12, 14)));
        } catch (DateTimeException e) {
            return "NIP must start with a valid birth date (YYYYMMDD) and appointment month (YYYYMM)";
        }
        if (birth.getYear() < 1900) {
            return "NIP birth year is before 1900";
        }
        if (!appointed.isAfter(YearMonth.from(birth))) {
            return "NIP appointment month must be after the birth date";
        }
        char gender = nip.charAt(14);
        if (gender != '1' && gender != '2') {
            return "NIP gender digit (15th) must be 1 or 2";
        }
        if (nip.endsWith("000")) {
            return "NIP sequence (last 3 digits) must not be 000";
        }
        return null;
    }

    public static boolean valid(String nip) {
        return problem(nip) == null;
    }
}
