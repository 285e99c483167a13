package id.suarawarga.feedback;

import id.suarawarga.feedback.FeedbackViews.Created;
import id.suarawarga.feedback.FeedbackViews.RatingForm;
import id.suarawarga.identity.CurrentUser;
import id.suarawarga.shared.idempotency.Idempotency;
import id.suarawarga.shared.idempotency.Outcome;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Stores a citizen's star rating of a unit once per {@code Idempotency-Key}, whether it came through the API or the
 * rating page: both ask here, under the same scope, so a form re-sent by the browser and a retry through the API
 * are one rating (ADR 0017). A rating is one insert guarded by its own one-per-day key, so it takes the
 * answer-after path ({@link Idempotency#executeAnswerAfter}); a refusal is thrown as it is.
 */
@ApplicationScoped
public class RatingSubmissions {

    @Inject
    FeedbackService feedback;

    @Inject
    Idempotency idempotency;

    /** The stored rating's id, or the answer a repeat of this key gets; throws for a refusal. */
    public Outcome<Created> submit(long unitId, String key, RatingForm form, CurrentUser user) {
        return idempotency.executeAnswerAfter(user.subject().orElseThrow(), key, scope(unitId), form,
                () -> Outcome.Created.of(new Created(feedback.submitRating(unitId, form, user)), null));
    }

    /** What an Idempotency-Key guards when a unit is rated: the API's path, for the page too. */
    static String scope(long unitId) {
        return "POST /api/v1/units/" + unitId + "/ratings";
    }
}
