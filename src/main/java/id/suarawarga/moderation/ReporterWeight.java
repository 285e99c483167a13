package id.suarawarga.moderation;

/**
 * How much a report counts, from the reporter's history (plain Java, docs/api.md "Reports"). A first-time
 * reporter counts 1, so the default threshold of 3 is three distinct reporters. Each earlier report that a
 * moderator upheld adds 0.25 (at most +1: a trusted reporter counts 2); each rejected one takes 0.5 away; the
 * weight never falls below 0.25, so a reporter who is often wrong still counts a little but can no longer hide
 * anything with one or two friends.
 */
public final class ReporterWeight {

    public static final double MIN = 0.25;
    public static final double MAX = 2.0;

    private ReporterWeight() {
    }

    public static double of(long upheld, long rejected) {
        double w = 1.0 + 0.25 * Math.min(upheld, 4) - 0.5 * rejected;
        return Math.max(MIN, Math.min(MAX, w));
    }
}
