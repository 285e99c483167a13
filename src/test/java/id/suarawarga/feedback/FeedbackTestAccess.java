package id.suarawarga.feedback;

/** Lets tests of other features create feedback the way citizens do (through the API), without copying it. */
public final class FeedbackTestAccess {

    private FeedbackTestAccess() {
    }

    /** A citizen's rating (4 stars) of a unit with a comment; returns the feedback id. */
    public static long rateWithComment(String user, String regionCode, String unitCode, String comment) {
        return FeedbackFixtures.rate(user, FeedbackFixtures.unitId(regionCode, unitCode), 4, comment);
    }
}
