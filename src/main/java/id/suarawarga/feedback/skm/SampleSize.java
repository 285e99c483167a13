package id.suarawarga.feedback.skm;

import java.math.BigInteger;

/**
 * Minimum number of respondents for an SKM result to count as representative, by the Krejcie &amp; Morgan (1970)
 * formula that PermenPANRB No. 14 Tahun 2017 uses:
 *
 * <pre>S = χ²·N·P(1−P) / (d²·(N−1) + χ²·P(1−P)),   χ² = 3.841, P = 0.5, d = 0.05</pre>
 *
 * where N is the number of service users in the period.
 *
 * <p><b>Rounded to the nearest integer (half up), not up.</b> Ceiling looks like the safe choice for a minimum,
 * but it does not reproduce the published table the regulation cites: N = 2,000 gives S = 322.35, tabled as
 * 322 (ceiling: 323), and N = 50 gives 44.34, tabled as 44; rounding to nearest reproduces every entry
 * (100 → 80, 300 → 169, 1,000 → 278, 2,000 → 322, 10,000 → 370, 1,000,000 → 384) and keeps the limit for
 * very large N at 384, where the ceiling gives 385 from N = 1,471,105 on.
 *
 * <p>With those constants the formula is the exact fraction {@code S = 3841·N / (10·N + 3831)} (multiply through
 * by 40,000), so it is computed in integers and no floating-point error can move a value across .5.
 */
public final class SampleSize {

    private static final BigInteger NUMERATOR_FACTOR = BigInteger.valueOf(3841);
    private static final BigInteger DENOMINATOR_FACTOR = BigInteger.TEN;
    private static final BigInteger DENOMINATOR_OFFSET = BigInteger.valueOf(3831);
    private static final BigInteger TWO = BigInteger.valueOf(2);

    private SampleSize() {
    }

    /**
     * Krejcie–Morgan minimum sample for a population of {@code populationN} service users.
     *
     * @throws IllegalArgumentException if {@code populationN} is zero or negative
     */
    public static long krejcieMorgan(long populationN) {
        if (populationN <= 0) {
            throw new IllegalArgumentException("Population must be at least 1 service user, was " + populationN);
        }
        BigInteger n = BigInteger.valueOf(populationN);
        BigInteger numerator = NUMERATOR_FACTOR.multiply(n);
        BigInteger denominator = DENOMINATOR_FACTOR.multiply(n).add(DENOMINATOR_OFFSET);
        // round half up of p/q for positive p, q: floor((2p + q) / 2q)
        return numerator.multiply(TWO).add(denominator).divide(denominator.multiply(TWO)).longValueExact();
    }

    /**
     * Whether {@code respondents} reach the Krejcie–Morgan minimum for {@code serviceUsers}. Without a known
     * number of service users (null) or with none recorded (0) nothing can be called representative; the result
     * is still shown, labelled as not yet representative.
     *
     * @throws IllegalArgumentException if either count is negative
     */
    public static boolean representative(long respondents, Long serviceUsers) {
        if (respondents < 0) {
            throw new IllegalArgumentException("Number of respondents cannot be negative: " + respondents);
        }
        if (serviceUsers == null || serviceUsers == 0) {
            return false;
        }
        if (serviceUsers < 0) {
            throw new IllegalArgumentException("Number of service users cannot be negative: " + serviceUsers);
        }
        return respondents >= krejcieMorgan(serviceUsers);
    }
}
