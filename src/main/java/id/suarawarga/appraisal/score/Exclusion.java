package id.suarawarga.appraisal.score;

/** One answer kept out of the scores by one rule, with what the rule saw (plain text for HR and the unit). */
public record Exclusion(long answerId, ExclusionRule rule, String detail) implements Comparable<Exclusion> {

    /** Stable key of an exclusion across recomputations: the same answer and rule always give the same key. */
    public String key() {
        return answerId + ":" + rule.name();
    }

    @Override
    public int compareTo(Exclusion o) {
        int c = Long.compare(answerId, o.answerId);
        return c != 0 ? c : rule.compareTo(o.rule);
    }
}
