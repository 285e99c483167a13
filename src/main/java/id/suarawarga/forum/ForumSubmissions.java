package id.suarawarga.forum;

import id.suarawarga.forum.ForumViews.Created;
import id.suarawarga.forum.ForumViews.PostForm;
import id.suarawarga.forum.ForumViews.ThreadForm;
import id.suarawarga.identity.CurrentUser;
import id.suarawarga.shared.idempotency.Idempotency;
import id.suarawarga.shared.idempotency.Outcome;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.Validator;

/**
 * Stores a new thread or a reply once per {@code Idempotency-Key}, whether it came through the API or a page form:
 * both ask here, under the API's scope, so a form re-sent by the browser and a retry through the API are one
 * submission (ADR 0017). The form is checked here as the API's {@code @Valid} checks it, before the key is claimed.
 */
@ApplicationScoped
public class ForumSubmissions {

    @Inject
    Posting posting;

    @Inject
    Idempotency idempotency;

    @Inject
    Validator validator;

    /** A new thread with its opening post; throws {@link ConstraintViolationException} or a refusal. */
    public Outcome<Created> thread(long categoryId, String key, ThreadForm form, CurrentUser user) {
        validate(form);
        return idempotency.execute(user.subject().orElseThrow(), key, threadScope(categoryId), form, () -> {
            Created c = posting.createThread(categoryId, form, user);
            return Outcome.Created.of(c, "/api/v1/threads/" + c.threadId());
        });
    }

    /** A reply, optionally quoting one post of the thread; throws {@link ConstraintViolationException} or a refusal. */
    public Outcome<Created> reply(long threadId, String key, PostForm form, CurrentUser user) {
        validate(form);
        return idempotency.execute(user.subject().orElseThrow(), key, replyScope(threadId), form,
                () -> Outcome.Created.of(posting.reply(threadId, form, user), "/api/v1/threads/" + threadId));
    }

    private void validate(Object form) {
        var violations = validator.validate(form);
        if (!violations.isEmpty()) {
            throw new ConstraintViolationException(violations);
        }
    }

    /** What an Idempotency-Key guards when a thread is started: the API's path, for the page too. */
    static String threadScope(long categoryId) {
        return "POST /api/v1/forums/" + categoryId + "/threads";
    }

    static String replyScope(long threadId) {
        return "POST /api/v1/threads/" + threadId + "/posts";
    }
}
