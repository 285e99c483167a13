package id.suarawarga.appraisal.score;

import java.time.Duration;

/**
 * Everything a period's scores depend on besides the answers. Stored with the period and written into every
 * snapshot, so that a recomputation years later uses the same values.
 *
 * @param minRespondents       fewer counted answers than this: "insufficient evidence", no score (default 30)
 * @param priorWeight          m of the Bayesian average: how many answers' worth of weight the regency mean gets
 *                             (default 20; see {@link RobustScore})
 * @param burstWindow          length of the window in which a burst of fresh accounts is looked for (24 h)
 * @param burstMinAnswers      answers from fresh accounts within one window, for one unit, that make a burst (10)
 * @param freshAccountAge      an account is fresh while its first answer on the platform is at most this old (7 d)
 * @param duplicateMinAuthors  distinct accounts posting near-identical comments on a unit that make a group (3)
 * @param duplicateSimilarity  Jaccard similarity of two comments' word sets from which they count as near-identical
 *                             (percent, 70: one changed word in eight still matches)
 * @param rapidWindow          window in which one account rating many units is suspicious (10 min)
 * @param rapidMinUnits        distinct units rated by one account within {@code rapidWindow} that trigger the rule (5)
 */
public record ScoreParameters(int minRespondents, int priorWeight, Duration burstWindow, int burstMinAnswers,
        Duration freshAccountAge, int duplicateMinAuthors, int duplicateSimilarity, Duration rapidWindow,
        int rapidMinUnits) {

    public static final ScoreParameters DEFAULTS = new ScoreParameters(30, 20, Duration.ofHours(24), 10,
            Duration.ofDays(7), 3, 70, Duration.ofMinutes(10), 5);

    public ScoreParameters {
        if (minRespondents < 1 || minRespondents > 10_000) {
            throw new IllegalArgumentException("minRespondents must be 1..10000, was " + minRespondents);
        }
        if (priorWeight < 0 || priorWeight > 10_000) {
            throw new IllegalArgumentException("priorWeight must be 0..10000, was " + priorWeight);
        }
        if (burstWindow == null || burstWindow.isNegative() || burstWindow.isZero()
                || freshAccountAge == null || freshAccountAge.isNegative()
                || rapidWindow == null || rapidWindow.isNegative() || rapidWindow.isZero()) {
            throw new IllegalArgumentException("Windows must be positive");
        }
        if (burstMinAnswers < 2 || duplicateMinAuthors < 2 || rapidMinUnits < 2) {
            throw new IllegalArgumentException("Rule thresholds must be at least 2");
        }
        if (duplicateSimilarity < 1 || duplicateSimilarity > 100) {
            throw new IllegalArgumentException("duplicateSimilarity must be 1..100, was " + duplicateSimilarity);
        }
    }

    public ScoreParameters withMinRespondents(int n) {
        return new ScoreParameters(n, priorWeight, burstWindow, burstMinAnswers, freshAccountAge,
                duplicateMinAuthors, duplicateSimilarity, rapidWindow, rapidMinUnits);
    }

    public ScoreParameters withPriorWeight(int m) {
        return new ScoreParameters(minRespondents, m, burstWindow, burstMinAnswers, freshAccountAge,
                duplicateMinAuthors, duplicateSimilarity, rapidWindow, rapidMinUnits);
    }

    /** One line per parameter, in a fixed order: part of the canonical snapshot text. */
    public String canonical() {
        return "param.min_respondents=" + minRespondents + "\n"
                + "param.prior_weight=" + priorWeight + "\n"
                + "param.burst_window_s=" + burstWindow.toSeconds() + "\n"
                + "param.burst_min_answers=" + burstMinAnswers + "\n"
                + "param.fresh_account_age_s=" + freshAccountAge.toSeconds() + "\n"
                + "param.duplicate_min_authors=" + duplicateMinAuthors + "\n"
                + "param.duplicate_similarity_pct=" + duplicateSimilarity + "\n"
                + "param.rapid_window_s=" + rapidWindow.toSeconds() + "\n"
                + "param.rapid_min_units=" + rapidMinUnits;
    }
}
