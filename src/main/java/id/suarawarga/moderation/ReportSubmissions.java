package id.suarawarga.moderation;

import id.suarawarga.identity.CurrentUser;
import id.suarawarga.moderation.ModerationViews.ReportCreated;
import id.suarawarga.moderation.ModerationViews.ReportForm;
import id.suarawarga.shared.idempotency.Idempotency;
import id.suarawarga.shared.idempotency.Outcome;
import id.suarawarga.shared.web.ProblemException;
import id.suarawarga.shared.web.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.Comparator;
import java.util.List;

/**
 * Files a report, whether it came through the API or a page: the form is checked here (the rules of
 * {@link ReportForm}), and a report with an {@code Idempotency-Key} is filed once per key under the API's scope, so
 * a form re-sent by the browser and a retry through the API are one report. What a report then does (weights, the
 * threshold, the automatic hide) is {@link ReportService}'s.
 */
@ApplicationScoped
public class ReportSubmissions {

    @Inject
    ReportService reports;

    @Inject
    Idempotency idempotency;

    @Inject
    Validator validator;

    /** The report filed, or the answer a repeat of this key gets; throws for a refusal (422, 404, 409). */
    public Outcome<ReportCreated> submit(String type, long id, String key, ReportForm form, CurrentUser user) {
        validate(form);
        return idempotency.execute(user.subject().orElseThrow(), key, scope(type, id), form,
                () -> Outcome.Created.of(reports.report(type, id, user.username(), form), null));
    }

    /**
     * A report from a page that sends no {@code Idempotency-Key} (a public comment's report dialog): a second one
     * by the same user is refused as already filed (409), which is as good as a replay for that page.
     */
    public ReportCreated file(String type, long id, ReportForm form, CurrentUser user) {
        validate(form);
        return reports.report(type, id, user.username(), form);
    }

    /** What an Idempotency-Key guards when an item is reported: the API's path, for the pages too. */
    public String scope(String type, long id) {
        return "POST " + reports.reportable(type).reportPath(id);
    }

    /** The form's own rules (the API checks them before the call too, with {@code @Valid}), as a 422. */
    private void validate(ReportForm form) {
        List<ProblemException.Field> fields = validator.validate(form).stream()
                .sorted(Comparator.comparing((ConstraintViolation<ReportForm> v) -> v.getPropertyPath().toString()))
                .map(v -> new ProblemException.Field(v.getPropertyPath().toString(), v.getMessage()))
                .toList();
        if (!fields.isEmpty()) {
            throw new ProblemException(ProblemType.VALIDATION, fields, "shared.check-fields");
        }
    }
}
