package id.suarawarga.appraisal.score;

import java.time.Instant;

/**
 * One stored answer as the appraisal sees it: an SKM questionnaire ({@code elements} U1..U9, each 1–4) or a unit
 * rating ({@code stars} 1–5).
 *
 * @param authorFirstSeen when this account gave its first answer on the platform; identity lives in Keycloak,
 *                        so this is how "a new account" is recognised without asking it; null for the account-free
 *                        channels, which are never "a new account"
 * @param origin          the channel the answer came through
 * @param channel         the channel's binding: the kiosk device, the paper batch, or for a visit code the group
 *                        its brigading rule looks at (the code batch and the client that used it); 0 / null for
 *                        an account
 */
public record Answer(long id, long unitId, long regionId, String authorSub, Instant createdAt,
        Instant authorFirstSeen, byte[] elements, int stars, String comment, Origin origin, String channel) {

    public static final int ELEMENTS = 9;

    /** Mirrors the feedback's origins (this package imports no framework). */
    public enum Origin {
        ACCOUNT, VISIT, KIOSK, PAPER;

        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** An answer from a citizen's account. */
    public Answer(long id, long unitId, long regionId, String authorSub, Instant createdAt, Instant authorFirstSeen,
            byte[] elements, int stars, String comment) {
        this(id, unitId, regionId, authorSub, createdAt, authorFirstSeen, elements, stars, comment, Origin.ACCOUNT,
                null);
    }

    public Answer {
        if (origin == null) {
            throw new IllegalArgumentException("Answer " + id + " has no origin");
        }
        if (elements == null && (stars < 1 || stars > 5)) {
            throw new IllegalArgumentException("Answer " + id + " has neither SKM scores nor 1-5 stars");
        }
        if (elements != null) {
            if (elements.length != ELEMENTS) {
                throw new IllegalArgumentException("Answer " + id + " must have 9 SKM scores");
            }
            for (byte b : elements) {
                if (b < 1 || b > 4) {
                    throw new IllegalArgumentException("Answer " + id + " has an SKM score outside 1-4: " + b);
                }
            }
        }
    }

    public static Answer survey(long id, long unitId, long regionId, String author, Instant at, Instant firstSeen,
            int[] scores, String comment) {
        byte[] e = new byte[ELEMENTS];
        for (int i = 0; i < ELEMENTS; i++) {
            e[i] = (byte) scores[i];
        }
        return new Answer(id, unitId, regionId, author, at, firstSeen, e, 0, comment);
    }

    public static Answer rating(long id, long unitId, long regionId, String author, Instant at, Instant firstSeen,
            int stars, String comment) {
        return new Answer(id, unitId, regionId, author, at, firstSeen, null, stars, comment);
    }

    /** The same answer, come through {@code origin} with binding {@code channel}. */
    public Answer via(Origin origin, String channel) {
        return new Answer(id, unitId, regionId, authorSub, createdAt, origin == Origin.ACCOUNT ? authorFirstSeen : null,
                elements, stars, comment, origin, channel);
    }

    public boolean isSurvey() {
        return elements != null;
    }

    /** Score of element i (1-based, U1..U9). */
    public int element(int i) {
        return elements[i - 1];
    }

    /**
     * The answer on the SKM 1–4 scale: the mean of its nine elements, or for a rating its stars mapped linearly
     * (1 star → 1, 5 stars → 4), so that both kinds of answer weigh alike.
     */
    public double overall() {
        if (elements == null) {
            return 1 + (stars - 1) * 0.75;
        }
        int sum = 0;
        for (byte b : elements) {
            sum += b;
        }
        return sum / 9.0;
    }

    /** Staff conduct: mean of U6 (competence) and U7 (behaviour); surveys only. */
    public double staffConduct() {
        return (elements[5] + elements[6]) / 2.0;
    }

    /** What is not the staff's doing: mean of U1–U5, U8, U9; surveys only. */
    public double serviceConditions() {
        int sum = 0;
        for (int i = 0; i < ELEMENTS; i++) {
            if (i != 5 && i != 6) {
                sum += elements[i];
            }
        }
        return sum / 7.0;
    }
}
