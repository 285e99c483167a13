package id.suarawarga.counter;

import id.suarawarga.counter.VisitViews.PublicVisit;
import id.suarawarga.feedback.AnswerWords;
import id.suarawarga.feedback.FeedbackPages;
import id.suarawarga.feedback.FeedbackPages.ProfileChoices;
import id.suarawarga.feedback.FeedbackPages.SurveyFields;
import id.suarawarga.feedback.FeedbackViews.QuestionnaireView;
import id.suarawarga.feedback.FeedbackViews.SurveyForm;
import id.suarawarga.feedback.QuestionnaireService;
import id.suarawarga.shared.idempotency.Outcome;
import id.suarawarga.shared.web.FormErrors;
import id.suarawarga.shared.web.FormState;
import id.suarawarga.shared.web.ProblemException;
import id.suarawarga.shared.web.QrSvg;
import id.suarawarga.shared.web.RateLimitedException;
import id.suarawarga.shared.web.UiContext;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.vertx.core.http.HttpServerRequest;
import id.suarawarga.shared.security.Roles;
import id.suarawarga.shared.web.ProblemType;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.jboss.resteasy.reactive.RestForm;

/**
 * The citizen's visit-code pages (issue 16), no account: {@code /v/{code}} shows the questionnaire of the code's
 * service, the answer goes through {@link Visits} as the API's does (so a re-sent form is the same answer), then a
 * thank-you page that offers an account, never before. A used, expired or unknown code gets a kind page with its
 * status (409, 410, 404) and, for an unknown one, a field to type the code again; too many unknown codes, 429.
 * Handlers are not transactional: a refused answer re-renders the form with what was chosen.
 */
@Path("/v")
@Produces(MediaType.TEXT_HTML)
public class VisitPages {

    private static final String SVG = "image/svg+xml";

    @Inject
    Visits visits;

    @Inject
    QuestionnaireService questionnaires;

    @Inject
    Validator validator;

    @Inject
    UiContext ui;

    @Context
    HttpServerRequest request;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance answer(PublicVisit visit, String code, QuestionnaireView questionnaire,
                FormState form, java.util.Map<String, java.util.List<AnswerWords.Choice>> words, ProfileChoices profile);

        static native TemplateInstance thanks(PublicVisit visit, String code);

        /** Following an answer from the account just made or signed in to; {@code problem} when refused. */
        static native TemplateInstance follow(PublicVisit visit, String code, String problem);

        /** {@code kind}: used, expired, unknown or throttled; {@code visit} null when unknown or throttled. */
        static native TemplateInstance refused(String kind, PublicVisit visit, String typed);
    }

    /** Typing a code: {@code /v?code=…} opens it. */
    @GET
    @PermitAll
    public Response enter(@QueryParam("code") String code) {
        if (code == null || code.isBlank()) {
            return Response.ok(ui.page(Templates.refused("unknown", null, ""))).build();
        }
        return VisitCodes.normalize(code).map(c -> Response.seeOther(URI.create("/v/" + c)).build())
                .orElseGet(() -> Response.status(404).entity(ui.page(Templates.refused("unknown", null, code))).build());
    }

    @GET
    @Path("{code}")
    @PermitAll
    public Response show(@PathParam("code") String code) {
        PublicVisit v;
        try {
            v = visits.lookup(code, VisitApi.client(request));
        } catch (ProblemException e) {
            return refusal(e, null, code);
        }
        return switch (v.status()) {
            case "used" -> Response.status(409).entity(ui.page(Templates.refused("used", v, code))).build();
            case "expired" -> Response.status(410).entity(ui.page(Templates.refused("expired", v, code))).build();
            default -> Response.ok(answerPage(v, code, FormState.empty())).build();
        };
    }

    @POST
    @Path("{code}")
    @PermitAll
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response answer(@PathParam("code") String code, @BeanParam SurveyFields fields) {
        PublicVisit v;
        try {
            v = visits.lookup(code, VisitApi.client(request));
        } catch (ProblemException e) {
            return refusal(e, null, code);
        }
        QuestionnaireView questionnaire = questionnaires.forService(v.service().id(), ui.english());
        SurveyForm form = fields.form(questionnaire.elements());
        // The code's answers are anonymous by design: nothing here names anyone.
        form = new SurveyForm(form.answers(), form.profile(), form.comment(), null);
        var violations = validator.validate(form);
        if (!violations.isEmpty()) {
            return Response.status(422).entity(answerPage(v, code,
                    new FormState(fields.typed(), FormErrors.of(violations, ui.locale())))).build();
        }
        try {
            Outcome<?> outcome = visits.answer(code, form, VisitApi.client(request));
            if (outcome.refusal().isPresent()) {
                throw ProblemException.of(outcome.refusal().get());
            }
            String normalized = VisitCodes.normalize(code).orElse(code);
            return Response.seeOther(URI.create("/v/" + normalized + "/thanks")).build();
        } catch (ProblemException e) {
            if (e.type().status() == 422) {
                return Response.status(422).entity(answerPage(v, code, new FormState(fields.typed(),
                        FeedbackPages.fieldErrors(e.errors(ui.locale()))))).build();
            }
            return refusal(e, v, code);
        }
    }

    @GET
    @Path("{code}/thanks")
    @PermitAll
    public Response thanks(@PathParam("code") String code) {
        PublicVisit v;
        try {
            v = visits.lookup(code, VisitApi.client(request));
        } catch (ProblemException e) {
            return refusal(e, null, code);
        }
        if (!"used".equals(v.status())) {
            return Response.seeOther(URI.create("/v/" + VisitCodes.normalize(code).orElse(code))).build();
        }
        return Response.ok(ui.page(Templates.thanks(v, VisitCodes.normalize(code).orElse(code)))).build();
    }

    /** After answering: sign in or create an account, then confirm to follow the answer (ADR 0012: no change on GET). */
    @GET
    @Path("{code}/follow")
    @RolesAllowed(Roles.CITIZEN)
    public Response followForm(@PathParam("code") String code) {
        PublicVisit v;
        try {
            v = visits.lookup(code, VisitApi.client(request));
        } catch (ProblemException e) {
            return refusal(e, null, code);
        }
        return Response.ok(ui.page(Templates.follow(v, VisitCodes.normalize(code).orElse(code), null))).build();
    }

    @POST
    @Path("{code}/follow")
    @RolesAllowed(Roles.CITIZEN)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response follow(@PathParam("code") String code, @RestForm String confirm) {
        try {
            visits.follow(code, VisitApi.client(request));
            return Response.seeOther(URI.create("/me/feedback")).build();
        } catch (ProblemException e) {
            if (e.type() == ProblemType.VISIT_UNKNOWN || e.type() == ProblemType.RATE_LIMITED) {
                return refusal(e, null, code);
            }
            PublicVisit v = visits.lookup(code, VisitApi.client(request));
            return Response.status(e.type().status()).entity(ui.page(Templates.follow(v,
                    VisitCodes.normalize(code).orElse(code), e.detail(ui.locale())))).build();
        }
    }

    /** The QR code of the code's URL. Drawn from the code alone: it tells nothing the code does not. */
    @GET
    @Path("{code}/qr.svg")
    @PermitAll
    @Produces(SVG)
    public Response qr(@PathParam("code") String code) {
        String normalized = VisitCodes.normalize(code).orElseThrow(() -> ProblemException.notFound("visit.what.visit", code));
        CacheControl cache = new CacheControl();
        cache.setMaxAge(86_400);
        cache.setPrivate(true);
        String url = visits.url(normalized);
        return Response.ok(QrSvg.of(url, url), SVG).cacheControl(cache).build();
    }

    private TemplateInstance answerPage(PublicVisit v, String code, FormState form) {
        QuestionnaireView questionnaire = questionnaires.forService(v.service().id(), ui.english());
        return ui.page(Templates.answer(v, VisitCodes.normalize(code).orElse(code), questionnaire, form,
                AnswerWords.of(questionnaire.elements(), ui.locale()), ProfileChoices.ALL));
    }

    private Response refusal(ProblemException e, PublicVisit v, String typed) {
        String kind = switch (e.type()) {
            case VISIT_USED -> "used";
            case VISIT_EXPIRED -> "expired";
            case RATE_LIMITED -> "throttled";
            case VISIT_UNKNOWN -> "unknown";
            default -> throw e;
        };
        Response.ResponseBuilder b = Response.status(e.type().status())
                .entity(ui.page(Templates.refused(kind, v, typed.length() > 40 ? "" : typed)));
        if (e instanceof RateLimitedException r) {
            b.header("Retry-After", r.retryAfterSeconds());
        }
        return b.build();
    }
}
