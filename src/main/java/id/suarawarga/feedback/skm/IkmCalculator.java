package id.suarawarga.feedback.skm;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.TreeMap;

/**
 * Computes the community satisfaction index (<em>Indeks Kepuasan Masyarakat</em>, IKM) of PermenPANRB No. 14
 * Tahun 2017 from the score sums of a period.
 *
 * <p>With {@code R} completed questionnaires, {@code n} elements and {@code S_i} the sum of scores of element
 * {@code i}:
 * <ul>
 *   <li>{@code NRR_i = S_i / R};</li>
 *   <li>{@code weighted NRR = Σ NRR_i × 1/n}, with exactly 1/n (1/9 for the regulation's nine elements), not the
 *       0.111 that some agencies use and that caps a perfect score at 99.9;</li>
 *   <li>{@code IKM = weighted NRR × 25}, from 25 (all 1s) to 100 (all 4s);</li>
 *   <li>the grade follows from the IKM as rounded for display ({@link Grade#of}).</li>
 * </ul>
 *
 * <p><b>Rounding.</b> Since every NRR has the same denominator, {@code Σ (S_i/R) × 1/n = ΣS_i / (R·n)}: each
 * reported figure is that exact fraction rounded once, HALF_UP, to the scale it is shown with, never computed
 * from another rounded figure:
 * <ul>
 *   <li>NRR per element: 3 decimals (e.g. 3.667);</li>
 *   <li>weighted NRR: 4 decimals, the precision of the regulation's interval bands (3.5324);</li>
 *   <li>IKM: 2 decimals, the precision of the grade bands (88.31); the grade is taken from this value.</li>
 * </ul>
 * Rounding only at the end matters: with 3 respondents who all give 11 points per element, each NRR is
 * 3.6666…, the IKM 91.666… → 91.67, while ×25 of the rounded NRR 3.667 would give 91.68.
 *
 * <p>No respondents means no score: the NRRs are absent and weighted NRR, IKM and grade are null.
 */
public final class IkmCalculator {

    /** Factor from the 1–4 interval score to the 25–100 converted index. */
    public static final BigDecimal CONVERSION_FACTOR = BigDecimal.valueOf(25);

    public static final int NRR_SCALE = 3;
    public static final int WEIGHTED_NRR_SCALE = 4;
    public static final int IKM_SCALE = 2;

    private IkmCalculator() {
    }

    /**
     * @throws IllegalArgumentException if {@code totals} is null (impossible sums are already refused by
     *                                  {@link ElementTotals})
     */
    public static IkmResult compute(ElementTotals totals) {
        if (totals == null) {
            throw new IllegalArgumentException("Element totals are required");
        }
        long respondents = totals.respondents();
        if (respondents == 0) {
            return new IkmResult(0, Map.of(), null, null, null);
        }
        BigDecimal r = BigDecimal.valueOf(respondents);
        TreeMap<String, BigDecimal> nrr = new TreeMap<>(ElementCodes.NATURAL_ORDER);
        BigDecimal total = BigDecimal.ZERO;
        for (Map.Entry<String, Long> element : totals.sums().entrySet()) {
            BigDecimal sum = BigDecimal.valueOf(element.getValue());
            nrr.put(element.getKey(), sum.divide(r, NRR_SCALE, RoundingMode.HALF_UP));
            total = total.add(sum);
        }
        // R·n answers in all: the weighted NRR is their plain mean, an exact fraction rounded once below.
        BigDecimal answers = r.multiply(BigDecimal.valueOf(totals.sums().size()));
        BigDecimal weightedNrr = total.divide(answers, WEIGHTED_NRR_SCALE, RoundingMode.HALF_UP);
        BigDecimal ikm = total.multiply(CONVERSION_FACTOR).divide(answers, IKM_SCALE, RoundingMode.HALF_UP);
        return new IkmResult(respondents, nrr, weightedNrr, ikm, Grade.of(ikm));
    }
}
