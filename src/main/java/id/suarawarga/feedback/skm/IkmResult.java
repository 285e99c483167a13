package id.suarawarga.feedback.skm;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * The index of one survey period, as reported. See {@link IkmCalculator} for how each figure is rounded.
 *
 * @param respondents number of completed questionnaires the figures rest on
 * @param nrr         average score per element (<em>nilai rata-rata</em>, NRR), 1.000–4.000, three decimals, in
 *                    {@link ElementCodes#NATURAL_ORDER}; empty when there are no respondents
 * @param weightedNrr mean of the element NRRs with equal weights (<em>NRR tertimbang</em>, the "interval score"),
 *                    1.0000–4.0000, four decimals; null when there are no respondents
 * @param ikm         converted index (<em>IKM unit pelayanan</em>) = weighted NRR × 25, 25.00–100.00, two
 *                    decimals; null when there are no respondents
 * @param grade       grade of {@code ikm}; null when there are no respondents
 */
public record IkmResult(long respondents, Map<String, BigDecimal> nrr, BigDecimal weightedNrr, BigDecimal ikm,
        Grade grade) {

    public IkmResult {
        TreeMap<String, BigDecimal> sorted = new TreeMap<>(ElementCodes.NATURAL_ORDER);
        if (nrr != null) {
            sorted.putAll(nrr);
        }
        nrr = Collections.unmodifiableSortedMap(sorted);
    }

    /** Whether there is a score at all; without answers there is none (not a zero). */
    public boolean hasScore() {
        return ikm != null;
    }
}
