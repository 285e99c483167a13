package id.suarawarga.feedback.skm;

import java.util.Collection;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What the index is computed from: the number of completed questionnaires and, per element code, the sum of the
 * scores (1–4) given to that element.
 *
 * <p>Every completed questionnaire answers every element, so each sum lies between {@code respondents} (all 1s)
 * and {@code 4 × respondents} (all 4s); anything else means the rows were counted wrongly and is rejected.
 *
 * @param respondents number of completed questionnaires (<em>jumlah kuesioner terisi</em>), zero or more
 * @param sums        sum of scores per element code, e.g. {@code U1 → 312}; at least one element. Kept in
 *                    {@link ElementCodes#NATURAL_ORDER} (U9 before U10) and unmodifiable.
 */
public record ElementTotals(long respondents, Map<String, Long> sums) {

    /** Lowest and highest score of one answer on the SKM scale. */
    public static final int MIN_SCORE = 1;
    public static final int MAX_SCORE = 4;

    public ElementTotals {
        if (respondents < 0) {
            throw new IllegalArgumentException("Number of respondents cannot be negative: " + respondents);
        }
        if (sums == null || sums.isEmpty()) {
            throw new IllegalArgumentException("At least one element is needed");
        }
        long max;
        try {
            max = Math.multiplyExact(respondents, MAX_SCORE);
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("Number of respondents is too large: " + respondents, e);
        }
        TreeMap<String, Long> sorted = new TreeMap<>(ElementCodes.NATURAL_ORDER);
        for (Map.Entry<String, Long> entry : sums.entrySet()) {
            String code = entry.getKey();
            Long sum = entry.getValue();
            if (code == null || code.isBlank()) {
                throw new IllegalArgumentException("Element code is missing");
            }
            if (sum == null) {
                throw new IllegalArgumentException("Sum for element " + code + " is missing");
            }
            if (sum < respondents * MIN_SCORE || sum > max) {
                throw new IllegalArgumentException("Sum " + sum + " for element " + code + " is impossible with "
                        + respondents + " respondents: it must lie between " + respondents * MIN_SCORE
                        + " and " + max);
            }
            sorted.put(code, sum);
        }
        sums = Collections.unmodifiableSortedMap(sorted);
    }

    /**
     * Adds up individual questionnaires, each a map of element code to score (1–4). Every questionnaire must
     * answer the same elements, because an index over partly answered questionnaires is not the regulation's.
     *
     * @throws IllegalArgumentException on an empty list, a score outside 1–4 or questionnaires with different
     *                                  elements
     */
    public static ElementTotals fromQuestionnaires(Collection<? extends Map<String, Integer>> questionnaires) {
        if (questionnaires == null || questionnaires.isEmpty()) {
            throw new IllegalArgumentException("At least one questionnaire is needed to know the elements");
        }
        Set<String> codes = null;
        TreeMap<String, Long> sums = new TreeMap<>(ElementCodes.NATURAL_ORDER);
        for (Map<String, Integer> answers : questionnaires) {
            if (codes == null) {
                codes = answers.keySet();
            } else if (!codes.equals(answers.keySet())) {
                throw new IllegalArgumentException("Questionnaires answer different elements: " + codes + " and "
                        + answers.keySet());
            }
            for (Map.Entry<String, Integer> answer : answers.entrySet()) {
                Integer score = answer.getValue();
                if (score == null || score < MIN_SCORE || score > MAX_SCORE) {
                    throw new IllegalArgumentException("Score for element " + answer.getKey() + " must be "
                            + MIN_SCORE + "–" + MAX_SCORE + ", was " + score);
                }
                sums.merge(answer.getKey(), (long) score, Long::sum);
            }
        }
        return new ElementTotals(questionnaires.size(), sums);
    }
}
