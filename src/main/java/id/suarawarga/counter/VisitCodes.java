package id.suarawarga.counter;

import java.security.SecureRandom;
import java.util.Optional;

/**
 * Visit codes: 12 random Crockford base32 characters (60 bits) and a check character (Luhn mod 32), printed in
 * groups as {@code ABCD-EFGH-JKMNP}. Typing is forgiving the Crockford way: case, spaces and dashes do not matter,
 * {@code O} reads as 0 and {@code I}/{@code L} as 1; a mistyped character or two swapped neighbours fail the check
 * and never reach the database.
 */
public final class VisitCodes {

    static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    static final int RANDOM_CHARS = 12;
    public static final int LENGTH = RANDOM_CHARS + 1;
    private static final SecureRandom RANDOM = new SecureRandom();

    private VisitCodes() {
    }

    /** A new code, without dashes. */
    public static String generate() {
        char[] c = new char[LENGTH];
        long bits = RANDOM.nextLong();
        for (int i = 0; i < RANDOM_CHARS; i++) {
            c[i] = ALPHABET.charAt((int) (bits & 31));
            bits >>>= 5;
        }
        c[RANDOM_CHARS] = check(new String(c, 0, RANDOM_CHARS));
        return new String(c);
    }

    /** The stored form of what someone typed or scanned, or empty when it cannot be a code (nothing to look up). */
    public static Optional<String> normalize(String typed) {
        if (typed == null || typed.length() > 40) {
            return Optional.empty();
        }
        StringBuilder b = new StringBuilder(LENGTH);
        for (char ch : typed.toCharArray()) {
            char u = Character.toUpperCase(ch);
            if (u == '-' || u == ' ') {
                continue;
            }
            u = switch (u) {
                case 'O' -> '0';
                case 'I', 'L' -> '1';
                default -> u;
            };
            if (ALPHABET.indexOf(u) < 0) {
                return Optional.empty();
            }
            b.append(u);
        }
        if (b.length() != LENGTH || check(b.substring(0, RANDOM_CHARS)) != b.charAt(RANDOM_CHARS)) {
            return Optional.empty();
        }
        return Optional.of(b.toString());
    }

    /** {@code ABCD-EFGH-JKMNP}: the printed form. */
    public static String display(String code) {
        return code.substring(0, 4) + "-" + code.substring(4, 8) + "-" + code.substring(8);
    }

    /** Luhn mod 32 over the alphabet: catches every single wrong character and most swapped neighbours. */
    static char check(String payload) {
        int factor = 2;
        int sum = 0;
        for (int i = payload.length() - 1; i >= 0; i--) {
            int addend = factor * ALPHABET.indexOf(payload.charAt(i));
            factor = factor == 2 ? 1 : 2;
            sum += addend / 32 + addend % 32;
        }
        return ALPHABET.charAt((32 - sum % 32) % 32);
    }
}
