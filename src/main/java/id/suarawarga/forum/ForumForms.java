package id.suarawarga.forum;

import id.suarawarga.shared.web.FormErrors;
import id.suarawarga.shared.web.FormState;
import id.suarawarga.shared.web.ProblemException;
import id.suarawarga.shared.web.RateLimitedException;
import id.suarawarga.shared.web.UiContext;
import io.quarkus.qute.TemplateInstance;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Map;

/** How the forum's page forms answer: back to the form with what was typed and why, or on to the next page. */
@ApplicationScoped
class ForumForms {

    @Inject
    UiContext ui;

    /**
     * Why a form was not accepted: field errors (422), or a refusal that is not the form's fault, shown on the
     * same form above the kept text: {@code limited} (429 with Retry-After), {@code suspended} (403), {@code locked}
     * (409).
     */
    record Errors(Map<String, String> errors, int status, Long retryAfter) {
        Errors(Map<String, String> errors) {
            this(errors, 422, null);
        }
    }

    Object refused(ProblemException e) {
        return switch (e.type()) {
            case VALIDATION -> new Errors(FormErrors.of(e, ui.locale()));
            case IDEMPOTENCY_KEY_REUSED, BAD_REQUEST -> new Errors(Map.of("form", "resend"));
            case CONFLICT -> e.errors().stream().anyMatch(f -> "target".equals(f.field()))
                    ? Map.of("target", "already-reported")
                    : new Errors(Map.of("refused", "locked"), 409, null);
            case RATE_LIMITED -> new Errors(Map.of("refused", "limited"), 429,
                    e instanceof RateLimitedException r ? r.retryAfterSeconds() : 3600L);
            case POSTING_SUSPENDED -> new Errors(Map.of("refused", "suspended", "suspendedDetail", e.detail(ui.locale())), 403, null);
            default -> throw e;
        };
    }

    /** The form again with what was typed and why it was refused, with the refusal's status. */
    Response rejection(Object outcome, TemplateInstance form) {
        Errors errors = outcome instanceof Errors e ? e : new Errors(Map.of("form", "resend"));
        Response.ResponseBuilder r = Response.status(errors.status()).entity(ui.page(form));
        if (errors.retryAfter() != null) {
            r.header("Retry-After", errors.retryAfter());
        }
        return r.build();
    }

    static FormState rejected(Map<String, String> typed, Object outcome) {
        Map<String, String> errors = outcome instanceof Errors e ? e.errors() : Map.of("form", "resend");
        return FormState.withNewKey(typed, errors);
    }

    static String nz(String s) {
        return s == null ? "" : s;
    }

    static Response seeOther(String path) {
        return Response.seeOther(URI.create(path)).build();
    }
}
