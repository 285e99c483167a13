package id.suarawarga.appraisal.score;

import java.math.BigDecimal;

/**
 * One score with its evidence, on the converted 25–100 scale of the IKM.
 *
 * @param n          answers it rests on (after exclusions)
 * @param mean       plain mean of those answers; null without answers
 * @param robust     Bayesian average shrunk toward the regency mean; null when {@code sufficient} is false —
 *                   too few answers are "insufficient evidence", never a low score
 * @param low        lower end of the 95 % interval (Wilson), null with {@code robust}
 * @param high       upper end of the 95 % interval (Wilson), null with {@code robust}
 * @param sufficient whether {@code n} reaches the period's minimum
 */
public record Estimate(long n, BigDecimal mean, BigDecimal robust, BigDecimal low, BigDecimal high,
        boolean sufficient) {

    String canonical() {
        return "n=" + n + ",mean=" + text(mean) + ",robust=" + text(robust) + ",low=" + text(low) + ",high="
                + text(high) + ",sufficient=" + sufficient;
    }

    static String text(Object o) {
        return o == null ? "-" : o instanceof BigDecimal b ? b.toPlainString() : o.toString();
    }
}
