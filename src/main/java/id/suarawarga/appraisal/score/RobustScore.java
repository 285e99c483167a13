package id.suarawarga.appraisal.score;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The robust score of a unit and its 95&nbsp;% interval.
 *
 * <p><b>Bayesian average.</b> {@code WR = (n·R + m·C) / (n + m)}, with R the unit's mean answer, n its number of
 * answers, C the regency mean (all counted answers of the regency's units in the period) and m the prior weight
 * (default 20): the regency mean counts as m extra answers. With 30 answers the unit's own mean weighs 60&nbsp;%,
 * with 300 answers 94&nbsp;%. A handful of angry (or friendly) answers cannot move a small unit to the top or
 * bottom, and a big unit is judged almost only on its own answers.
 *
 * <p><b>Interval: Wilson score interval, not bootstrap.</b> The answer values are bounded (1–4), so the mean,
 * rescaled to a fraction p = (WR − 1)/3 in [0, 1], has variance at most p(1 − p)/n; Wilson's interval for a
 * proportion is therefore conservative for it, stays inside the scale (never below 25 or above 100), behaves at
 * small n and near the ends where a normal interval breaks, is closed-form and — unlike a bootstrap — has no
 * random resampling, so a recomputation gives the very same digits and the snapshot hash is reproducible. It
 * uses the real n, not n + m: the prior moves the centre but adds no certainty.
 *
 * <p><b>Brigade bound.</b> Adding s answers of any value to a unit changes WR by at most
 * {@code 75·s/(n+m+s)} points through the unit's own mean, plus {@code m/(n+m) · 75·s/(N+s)} through the regency
 * mean (N = the regency's counted answers): see {@link #brigadeBound}. The brigading rules keep s below
 * the burst threshold T per window for fresh accounts (T = burstMinAnswers unless the rest of the portal is
 * full of newcomers at the time; {@link BrigadeDetector}).
 *
 * <p>All sums are exact integers in the callers; the few floating-point steps here run in a fixed order, so
 * the rounded results are the same on every Java 17+ machine.
 */
public final class RobustScore {

    /** z for a two-sided 95 % interval. */
    public static final double Z95 = 1.959963984540054;
    public static final int SCALE = 2;

    private RobustScore() {
    }

    /**
     * @param n         counted answers
     * @param mean      their mean on the 1–4 scale (ignored when n = 0)
     * @param prior     the regency mean on the 1–4 scale
     * @param m         prior weight
     * @param minN      minimum n for a score
     */
    public static Estimate estimate(long n, double mean, double prior, int m, int minN) {
        if (n < 0 || m < 0) {
            throw new IllegalArgumentException("n and m must not be negative");
        }
        if (n == 0) {
            return new Estimate(0, null, null, null, null, false);
        }
        BigDecimal raw = converted(mean);
        if (n < minN) {
            return new Estimate(n, raw, null, null, null, false);
        }
        double wr = (n * mean + m * prior) / (n + m);
        double[] ci = wilson((wr - 1) / 3, n, Z95);
        return new Estimate(n, raw, converted(wr), converted(1 + 3 * ci[0]), converted(1 + 3 * ci[1]), true);
    }

    /** Wilson score interval {low, high} for a fraction p in [0, 1] observed over n. */
    public static double[] wilson(double p, long n, double z) {
        if (n <= 0) {
            throw new IllegalArgumentException("n must be positive");
        }
        double q = Math.min(1, Math.max(0, p));
        double z2 = z * z;
        double denominator = 1 + z2 / n;
        double centre = (q + z2 / (2.0 * n)) / denominator;
        double half = z / denominator * Math.sqrt(q * (1 - q) / n + z2 / (4.0 * n * n));
        return new double[] {Math.max(0, centre - half), Math.min(1, centre + half)};
    }

    /** 1–4 scale → 25–100, two decimals, half up (as the IKM). */
    public static BigDecimal converted(double value) {
        return BigDecimal.valueOf(value * 25).setScale(SCALE, RoundingMode.HALF_UP);
    }

    /**
     * Largest change, in points of the 25–100 scale, that s added answers can make to the robust score of a unit
     * with n counted answers in a regency with {@code regionN} counted answers (n included), prior weight m.
     */
    public static double brigadeBound(long n, int m, long s, long regionN) {
        double own = 75.0 * s / (n + m + s);
        double viaPrior = (double) m / (n + m) * 75.0 * s / (regionN + s);
        return own + viaPrior;
    }
}
