package id.suarawarga.feedback.skm;

import java.math.BigDecimal;

/**
 * Service quality grade (<em>mutu pelayanan</em>) of a converted IKM, per PermenPANRB No. 14 Tahun 2017.
 *
 * <p>The bands are written on values with two decimals and leave gaps between them (88.30 | 88.31), so
 * {@link #of(BigDecimal)} only accepts an IKM that has already been rounded to two decimals, as
 * {@link IkmCalculator} does; a value such as 88.305 is rejected rather than silently put in either band.
 */
public enum Grade {
    /** 88.31–100.00 (interval score 3.5324–4.00). */
    A("Sangat Baik", "Very good", "88.31", "100.00"),
    /** 76.61–88.30 (interval score 3.0644–3.532). */
    B("Baik", "Good", "76.61", "88.30"),
    /** 65.00–76.60 (interval score 2.60–3.064). */
    C("Kurang Baik", "Poor", "65.00", "76.60"),
    /** 25.00–64.99 (interval score 1.00–2.5996). */
    D("Tidak Baik", "Very poor", "25.00", "64.99");

    private final String label;
    private final String labelEn;
    private final BigDecimal minIkm;
    private final BigDecimal maxIkm;

    Grade(String label, String labelEn, String minIkm, String maxIkm) {
        this.label = label;
        this.labelEn = labelEn;
        this.minIkm = new BigDecimal(minIkm);
        this.maxIkm = new BigDecimal(maxIkm);
    }

    /** The regulation's Indonesian label, e.g. "Sangat Baik". */
    public String label() {
        return label;
    }

    /** English label, e.g. "Very good". */
    public String labelEn() {
        return labelEn;
    }

    /** Lowest converted IKM in this band, inclusive (two decimals). */
    public BigDecimal minIkm() {
        return minIkm;
    }

    /** Highest converted IKM in this band, inclusive (two decimals). */
    public BigDecimal maxIkm() {
        return maxIkm;
    }

    /**
     * The grade of a converted IKM.
     *
     * @param ikm converted IKM already rounded to two decimals (HALF_UP), within 25.00–100.00
     * @throws IllegalArgumentException if {@code ikm} is null, has more than two decimals or is outside 25–100
     */
    public static Grade of(BigDecimal ikm) {
        if (ikm == null) {
            throw new IllegalArgumentException("IKM is required to grade it");
        }
        if (ikm.stripTrailingZeros().scale() > 2) {
            throw new IllegalArgumentException("IKM " + ikm.toPlainString()
                    + " must be rounded to 2 decimals before grading (the bands are written with 2 decimals)");
        }
        for (Grade grade : values()) {
            if (ikm.compareTo(grade.minIkm) >= 0 && ikm.compareTo(grade.maxIkm) <= 0) {
                return grade;
            }
        }
        throw new IllegalArgumentException("IKM " + ikm.toPlainString() + " is outside the range 25.00–100.00");
    }
}
