package id.suarawarga.feedback;

import id.suarawarga.feedback.FeedbackViews.Created;
import id.suarawarga.feedback.FeedbackViews.SurveyForm;
import id.suarawarga.identity.CurrentUser;
import id.suarawarga.shared.idempotency.Idempotency;
import id.suarawarga.shared.idempotency.Outcome;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * Stores a citizen's SKM questionnaire once per {@code Idempotency-Key}, whether it came through the API or the
 * survey page: both ask here, under the same scope, so a form re-sent by the browser and a retry through the API
 * are one submission. The write strategy is chosen here and nowhere else: a questionnaire with nothing to refuse
 * goes with the others arriving now ({@link SurveyGroupCommit}, ADR 0013); any other, or one the group sends back,
 * takes the ordinary path ({@link Idempotency#executeAnswerAfter}), which refuses and explains.
 */
@ApplicationScoped
public class SurveySubmissions {

    @Inject
    FeedbackService feedback;

    @Inject
    Idempotency idempotency;

    @Inject
    SurveyGroupCommit groupCommit;

    /** The stored questionnaire's id, or the answer a repeat of this key gets; throws for a refusal. */
    public Outcome<Created> submit(long serviceId, String key, SurveyForm form, CurrentUser user) {
        String principal = user.subject().orElseThrow();
        String scope = scope(serviceId);
        Optional<Outcome<Created>> grouped = Idempotency.hashOfValidKey(key, scope, form)
                .flatMap(hash -> feedback.unrefusableSurveyRow(serviceId, form, user)
                        .flatMap(row -> groupCommit.submit(principal, key, scope, hash, row)));
        return grouped.orElseGet(() -> idempotency.executeAnswerAfter(principal, key, scope, form,
                () -> Outcome.Created.of(new Created(feedback.submitSurvey(serviceId, form, user)), null)));
    }

    /** What an Idempotency-Key guards when a survey is submitted: the API's path, for the page too. */
    static String scope(long serviceId) {
        return "POST /api/v1/services/" + serviceId + "/surveys";
    }
}
