package id.suarawarga.feedback.skm;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The unit ratings (penilaian bintang, 1–5 stars) of a period: how many there were, their mean and how many of
 * each. Kept apart from the IKM: stars are the portal's own quick rating, not an SKM element, and never enter the
 * index.
 *
 * @param count   number of ratings
 * @param average mean stars, two decimals rounded half up; null when nobody rated
 * @param stars   how many ratings gave 1, 2, 3, 4 and 5 stars (keys "1" … "5", always all five)
 */
public record StarSummary(long count, BigDecimal average, Map<String, Long> stars) {

    /** @param perStar {@code perStar[i]} ratings of {@code i + 1} stars; exactly five counts, none negative */
    public static StarSummary of(long[] perStar) {
        if (perStar.length != 5) {
            throw new IllegalArgumentException("five counts expected, got " + perStar.length);
        }
        long count = 0;
        long sum = 0;
        Map<String, Long> stars = new LinkedHashMap<>();
        for (int i = 0; i < 5; i++) {
            if (perStar[i] < 0) {
                throw new IllegalArgumentException("negative count for " + (i + 1) + " stars");
            }
            count += perStar[i];
            sum += perStar[i] * (i + 1);
            stars.put(String.valueOf(i + 1), perStar[i]);
        }
        BigDecimal average = count == 0 ? null
                : BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(count), 2, RoundingMode.HALF_UP);
        return new StarSummary(count, average, java.util.Collections.unmodifiableMap(stars));
    }
}
