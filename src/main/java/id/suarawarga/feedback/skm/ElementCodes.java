package id.suarawarga.feedback.skm;

import java.math.BigInteger;
import java.util.Comparator;

/** Ordering of SKM element codes (<em>unsur</em>): U1, U2, …, U9, U10, in that order rather than U1, U10, U2. */
public final class ElementCodes {

    /**
     * Natural order: runs of digits compare by their numeric value, other text compares as text; codes that are
     * still equal (U01 and U1) fall back to plain string order so that the order is consistent with equals.
     */
    public static final Comparator<String> NATURAL_ORDER = ElementCodes::compareNatural;

    private ElementCodes() {
    }

    private static int compareNatural(String a, String b) {
        int i = 0;
        int j = 0;
        while (i < a.length() && j < b.length()) {
            int endA = runEnd(a, i);
            int endB = runEnd(b, j);
            String runA = a.substring(i, endA);
            String runB = b.substring(j, endB);
            boolean digitsA = isDigit(runA.charAt(0));
            boolean digitsB = isDigit(runB.charAt(0));
            int cmp = digitsA && digitsB
                    ? new BigInteger(runA).compareTo(new BigInteger(runB))
                    : runA.compareTo(runB);
            if (cmp != 0) {
                return cmp;
            }
            i = endA;
            j = endB;
        }
        int byLength = Integer.compare(a.length() - i, b.length() - j);
        return byLength != 0 ? byLength : a.compareTo(b);
    }

    /** End of the run of digits, or of non-digits, that starts at {@code from}. */
    private static int runEnd(String s, int from) {
        boolean digits = isDigit(s.charAt(from));
        int end = from + 1;
        while (end < s.length() && isDigit(s.charAt(end)) == digits) {
            end++;
        }
        return end;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
