package id.suarawarga.feedback;

import id.suarawarga.feedback.Feedback.Origin;
import id.suarawarga.feedback.skm.Period;
import id.suarawarga.identity.CurrentUser;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Who gives an SKM answer and what binds it to one real service encounter. For an account that is the citizen,
 * once per service and day; for the account-free channels it is the channel itself: one answer per visit code, one
 * per kiosk answer id on a paired device, one per sheet of a paper batch. The binding becomes the row's
 * {@code dedupe_key}, so the database refuses a second answer under the same binding even under concurrent retries.
 *
 * @param subject   stored as {@code author_sub}: the account's subject, or {@code visit:<id>},
 *                  {@code kiosk:<device>:<answer>}, {@code paper:<batch>:<sheet>} for the channels: one per answer,
 *                  never a person, so rules about one author's many answers do not lump a channel together
 * @param name      the author's display name, null for the channels
 * @param username  the author's username, null for the channels
 * @param anonymous whether the unit may see who answered (the channels are always anonymous)
 * @param day       the Asia/Jakarta day the answer counts on: today, or the day a paper sheet was filled in
 * @param binding   the dedupe key's channel part; null for an account (then service, subject and day)
 */
public record Respondent(Origin origin, Long originRef, String subject, String name, String username,
        boolean anonymous, LocalDate day, String binding) {

    public Respondent {
        Objects.requireNonNull(origin);
        Objects.requireNonNull(subject);
        Objects.requireNonNull(day);
        if (origin != Origin.ACCOUNT && (originRef == null || binding == null)) {
            throw new IllegalArgumentException("A " + origin + " answer needs its channel's reference and binding");
        }
    }

    /** A signed-in citizen, today. */
    public static Respondent account(CurrentUser user, boolean anonymous) {
        return new Respondent(Origin.ACCOUNT, null, user.subject().orElseThrow(), user.displayName(), user.username(),
                anonymous, today(), null);
    }

    /** Whoever holds visit code {@code visitId}: one answer per code. */
    public static Respondent visit(long visitId) {
        return new Respondent(Origin.VISIT, visitId, "visit:" + visitId, null, null, true, today(), "V:" + visitId);
    }

    /**
     * One answer on paired kiosk {@code deviceId}; {@code answerId} is the id the kiosk gave this answer (its
     * outbox re-sends it unchanged after a lost reply, so a retry is the same answer).
     */
    public static Respondent kiosk(long deviceId, String answerId) {
        return new Respondent(Origin.KIOSK, deviceId, "kiosk:" + deviceId + ":" + answerId, null, null, true, today(),
                "K:" + deviceId + ":" + answerId);
    }

    /** Sheet {@code sheet} of paper batch {@code batchId}, filled in on {@code day}. */
    public static Respondent paper(long batchId, int sheet, LocalDate day) {
        return new Respondent(Origin.PAPER, batchId, "paper:" + batchId + ":" + sheet, null, null, true, day,
                "P:" + batchId + ":" + sheet);
    }

    /** The row's {@code dedupe_key} for a survey on this service. */
    String surveyKey(long serviceId) {
        return binding == null ? "S:" + serviceId + ":" + subject + ":" + day : binding;
    }

    static LocalDate today() {
        return LocalDate.now(Period.ZONE);
    }
}
