package id.suarawarga.appraisal.score;

/** Why an answer is kept out of a score. The names are stored and exported: never rename one. */
public enum ExclusionRule {
    /** Many answers on one unit from fresh accounts within a short window. */
    BURST_NEW_ACCOUNTS,
    /** Near-identical comments on one unit from several accounts. */
    NEAR_DUPLICATE_COMMENT,
    /** One account answering about many units within minutes. */
    RAPID_MULTI_UNIT,
    /** A counter kiosk taking answers faster than people can give them. */
    KIOSK_TOO_FAST,
    /** Codes of one visit-code batch all answered within minutes from one client. */
    VISIT_BATCH_ONE_HAND,
    /** A paper batch whose sheets are implausibly uniform. */
    PAPER_UNIFORM
}
