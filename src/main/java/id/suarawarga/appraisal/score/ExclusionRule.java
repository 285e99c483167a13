package id.suarawarga.appraisal.score;

/** Why an answer is kept out of a score. The names are stored and exported: never rename one. */
public enum ExclusionRule {
    /** Many answers on one unit from fresh accounts within a short window. */
    BURST_NEW_ACCOUNTS,
    /** Near-identical comments on one unit from several accounts. */
    NEAR_DUPLICATE_COMMENT,
    /** One account answering about many units within minutes. */
    RAPID_MULTI_UNIT
}
