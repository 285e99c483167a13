package id.suarawarga.feedback;

import static id.suarawarga.feedback.FormValues.blank;
import static id.suarawarga.feedback.FormValues.checked;
import static id.suarawarga.feedback.FormValues.id;
import static id.suarawarga.feedback.FormValues.integer;
import static id.suarawarga.feedback.FormValues.nz;

import id.suarawarga.catalogue.CatalogueService;
import id.suarawarga.catalogue.CatalogueViews.ServiceView;
import id.suarawarga.catalogue.CatalogueViews.UnitView;
import id.suarawarga.feedback.FeedbackViews.ElementView;
import id.suarawarga.feedback.FeedbackViews.FeedbackView;
import id.suarawarga.feedback.FeedbackViews.Profile;
import id.suarawarga.feedback.FeedbackViews.QuestionnaireView;
import id.suarawarga.feedback.FeedbackViews.RatingForm;
import id.suarawarga.feedback.FeedbackViews.SurveyForm;
import id.suarawarga.identity.CurrentUser;
import id.suarawarga.shared.idempotency.Outcome;
import id.suarawarga.shared.security.Roles;
import id.suarawarga.shared.web.FormErrors;
import id.suarawarga.shared.web.FormState;
import id.suarawarga.shared.web.PageRequest;
import id.suarawarga.shared.web.PageResult;
import id.suarawarga.shared.web.Problem;
import id.suarawarga.shared.web.ProblemException;
import id.suarawarga.shared.web.UiContext;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.jboss.resteasy.reactive.RestForm;

/**
 * A citizen's side of feedback in pages: the SKM questionnaire of a service, the rating of a unit, and "my
 * feedback" with the officers' replies. A questionnaire is stored by {@link SurveySubmissions}, a rating by
 * {@link RatingSubmissions}, each with the API's own scope and a key the form carries from the moment it was shown,
 * so a form the browser sends twice counts once.
 */
@Path("/")
@Produces(MediaType.TEXT_HTML)
public class FeedbackPages {

    static final List<Star> STARS = List.of(new Star(1), new Star(2), new Star(3), new Star(4), new Star(5));

    @Inject
    FeedbackService feedback;

    @Inject
    QuestionnaireService questionnaires;

    @Inject
    CatalogueService catalogue;

    @Inject
    SurveySubmissions surveys;

    @Inject
    RatingSubmissions ratings;

    @Inject
    CurrentUser user;

    @Inject
    UiContext ui;

    @Inject
    Validator validator;

    /** The choices of the optional respondent profile, exactly the codes {@link Profile} accepts. */
    public record ProfileChoices(List<String> ageBands, List<String> genders, List<String> educations,
            List<String> occupations) {
        public static final ProfileChoices ALL = new ProfileChoices(Profile.codes(Profile.AGE_BANDS),
                Profile.codes(Profile.GENDERS), Profile.codes(Profile.EDUCATIONS), Profile.codes(Profile.OCCUPATIONS));
    }

    /** A choice of the rating, drawn as filled and empty stars next to its words. */
    public record Star(int value) {
        /** As the form sends it back. */
        public String text() {
            return Integer.toString(value);
        }

        public String filled() {
            return "★".repeat(value);
        }

        public String empty() {
            return "☆".repeat(5 - value);
        }
    }

    /** One answer of a past questionnaire, with the element's current wording. */
    public record Answer(String code, String label, Integer score) {
    }

    public record MyFeedback(FeedbackView feedback, List<Answer> answers) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance survey(ServiceView service, UnitView unit, QuestionnaireView questionnaire,
                FormState form, Map<String, List<AnswerWords.Choice>> words, ProfileChoices profile);

        static native TemplateInstance surveyThanks(ServiceView service, UnitView unit, long receipt);

        static native TemplateInstance rate(UnitView unit, List<ServiceView> services, FormState form,
                List<Star> stars);

        static native TemplateInstance rateThanks(UnitView unit, long receipt);

        /** Not counted again: already sent today, or the same form is still being processed. */
        static native TemplateInstance notCounted(UnitView unit, ServiceView service, boolean inProgress);

        static native TemplateInstance mine(PageResult<MyFeedback> items);
    }

    /** The survey form as posted. Element codes are the regulation's nine (a region may reword, not recode). */
    public static class SurveyFields {
        @RestForm("U1")
        public String u1;
        @RestForm("U2")
        public String u2;
        @RestForm("U3")
        public String u3;
        @RestForm("U4")
        public String u4;
        @RestForm("U5")
        public String u5;
        @RestForm("U6")
        public String u6;
        @RestForm("U7")
        public String u7;
        @RestForm("U8")
        public String u8;
        @RestForm("U9")
        public String u9;
        @RestForm
        public String ageBand;
        @RestForm
        public String gender;
        @RestForm
        public String education;
        @RestForm
        public String occupation;
        @RestForm
        public String comment;
        @RestForm
        public String anonymous;
        @RestForm
        public String idempotencyKey;

        public Map<String, String> typed() {
            Map<String, String> m = new HashMap<>();
            String[] answers = {u1, u2, u3, u4, u5, u6, u7, u8, u9};
            for (int i = 0; i < answers.length; i++) {
                m.put("U" + (i + 1), nz(answers[i]));
            }
            m.put("ageBand", nz(ageBand));
            m.put("gender", nz(gender));
            m.put("education", nz(education));
            m.put("occupation", nz(occupation));
            m.put("comment", nz(comment));
            m.put("anonymous", checked(anonymous) ? "on" : "");
            return m;
        }

        /**
         * The API's body for these fields. An unanswered (or non-numeric) element is left out, so the service
         * names it; a blank profile is no profile.
         */
        public SurveyForm form(List<ElementView> elements) {
            Map<String, String> typed = typed();
            Map<String, Integer> answers = new LinkedHashMap<>();
            for (ElementView e : elements) {
                Integer score = integer(typed.get(e.code()));
                if (score != null) {
                    answers.put(e.code(), score);
                }
            }
            Profile profile = new Profile(blank(ageBand), blank(gender), blank(education), blank(occupation));
            boolean noProfile = profile.ageBand() == null && profile.gender() == null && profile.education() == null
                    && profile.occupation() == null;
            return new SurveyForm(answers, noProfile ? null : profile, blank(comment), checked(anonymous));
        }
    }

    @GET
    @Path("services/{id}/survey")
    @RolesAllowed(Roles.CITIZEN)
    public TemplateInstance survey(@PathParam("id") long id) {
        ServiceView service = catalogue.service(id);
        // Once a day (issue 17 item 4): say so before the first question, not after the whole form is filled.
        if (feedback.answeredToday(id, user)) {
            return ui.page(Templates.notCounted(catalogue.unit(service.unitId()), service, false));
        }
        // Privacy by default (issue 17): the unit does not see who answered unless the citizen unticks it.
        return ui.page(surveyPage(service, FormState.withNewKey(Map.of("anonymous", "on"))));
    }

    @POST
    @Path("services/{id}/survey")
    @RolesAllowed(Roles.CITIZEN)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response submitSurvey(@PathParam("id") long id, @BeanParam SurveyFields fields) {
        ServiceView service = catalogue.service(id);
        QuestionnaireView questionnaire = questionnaires.forService(id, ui.english());
        SurveyForm form = fields.form(questionnaire.elements());
        FormResult outcome = submit(form, () -> surveys.submit(id, fields.idempotencyKey, form, user));
        if (outcome instanceof Saved saved) {
            return seeOther("/services/" + id + "/survey/thanks?f=" + saved.id());
        }
        if (outcome instanceof Rejected rejected) {
            return Response.status(422).entity(ui.page(surveyPage(service,
                    FormState.withNewKey(fields.typed(), rejected.errors())))).build();
        }
        return Response.status(409).entity(ui.page(Templates.notCounted(catalogue.unit(service.unitId()), service,
                ((NotCounted) outcome).inProgress()))).build();
    }

    @GET
    @Path("services/{id}/survey/thanks")
    @RolesAllowed(Roles.CITIZEN)
    public TemplateInstance surveyThanks(@PathParam("id") long id, @QueryParam("f") long receipt) {
        ServiceView service = catalogue.service(id);
        return ui.page(Templates.surveyThanks(service, catalogue.unit(service.unitId()), receipt));
    }

    @GET
    @Path("units/{id}/rate")
    @RolesAllowed(Roles.CITIZEN)
    public TemplateInstance rate(@PathParam("id") long id) {
        return ui.page(ratePage(catalogue.unit(id), FormState.withNewKey(Map.of("anonymous", "on"))));
    }

    @POST
    @Path("units/{id}/rate")
    @RolesAllowed(Roles.CITIZEN)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response submitRating(@PathParam("id") long id, @RestForm String stars, @RestForm String serviceId,
            @RestForm String comment, @RestForm String anonymous, @RestForm String idempotencyKey) {
        UnitView unit = catalogue.unit(id);
        Map<String, String> typed = Map.of("stars", nz(stars), "serviceId", nz(serviceId), "comment", nz(comment),
                "anonymous", checked(anonymous) ? "on" : "");
        Long service = id(serviceId);
        if (service == null && !nz(serviceId).isBlank()) {
            return Response.status(422).entity(ui.page(ratePage(unit,
                    FormState.withNewKey(typed, Map.of("serviceId", "unknown"))))).build();
        }
        RatingForm form = new RatingForm(integer(stars), blank(comment), service, checked(anonymous));
        FormResult outcome = submit(form, () -> ratings.submit(id, idempotencyKey, form, user));
        if (outcome instanceof Saved saved) {
            return seeOther("/units/" + id + "/rate/thanks?f=" + saved.id());
        }
        if (outcome instanceof Rejected rejected) {
            return Response.status(422)
                    .entity(ui.page(ratePage(unit, FormState.withNewKey(typed, rejected.errors())))).build();
        }
        return Response.status(409)
                .entity(ui.page(Templates.notCounted(unit, null, ((NotCounted) outcome).inProgress()))).build();
    }

    @GET
    @Path("units/{id}/rate/thanks")
    @RolesAllowed(Roles.CITIZEN)
    public TemplateInstance rateThanks(@PathParam("id") long id, @QueryParam("f") long receipt) {
        return ui.page(Templates.rateThanks(catalogue.unit(id), receipt));
    }

    @GET
    @Path("me/feedback")
    @Authenticated
    public TemplateInstance mine(@QueryParam("page") String page) {
        PageResult<FeedbackView> mine = feedback.mine(user, PageRequest.of(page, "20"));
        Map<Long, Map<String, String>> labelsByService = new HashMap<>();
        List<MyFeedback> items = new ArrayList<>();
        for (FeedbackView f : mine.items()) {
            List<Answer> answers = new ArrayList<>();
            if (f.answers() != null && f.serviceId() != null) {
                Map<String, String> labels = labelsByService.computeIfAbsent(f.serviceId(), this::elementLabels);
                f.answers().forEach((code, score) -> answers.add(new Answer(code, labels.getOrDefault(code, code), score)));
            }
            items.add(new MyFeedback(f, answers));
        }
        return ui.page(Templates.mine(new PageResult<>(items, mine.page(), mine.size(), mine.total())));
    }

    private Map<String, String> elementLabels(long serviceId) {
        Map<String, String> labels = new HashMap<>();
        questionnaires.forService(serviceId, ui.english()).elements().forEach(e -> labels.put(e.code(), e.label()));
        return labels;
    }

    private TemplateInstance surveyPage(ServiceView service, FormState form) {
        QuestionnaireView questionnaire = questionnaires.forService(service.id(), ui.english());
        return Templates.survey(service, catalogue.unit(service.unitId()), questionnaire, form,
                AnswerWords.of(questionnaire.elements(), ui.locale()), ProfileChoices.ALL);
    }

    private TemplateInstance ratePage(UnitView unit, FormState form) {
        return Templates.rate(unit, catalogue.services(unit.id(), PageRequest.first(100)).items(), form, STARS);
    }

    // --- Submitting once ---------------------------------------------------------------------------------------

    /** How a submission ended, as far as the page cares. */
    sealed interface FormResult permits Saved, Rejected, NotCounted {
    }

    record Saved(long id) implements FormResult {
    }

    /** Shown again with these errors by form field ({@code U7}, {@code comment}, {@code stars}, {@code form}). */
    record Rejected(Map<String, String> errors) implements FormResult {
    }

    record NotCounted(boolean inProgress) implements FormResult {
    }

    /**
     * Validates the body as the API does ({@code @Valid}), then submits it under the form's idempotency key.
     * A repeat of the key gets the stored answer: a success (the browser re-sent a form that went through) is a
     * success again, a refusal the same refusal.
     */
    private FormResult submit(Object form, Supplier<Outcome<FeedbackViews.Created>> submission) {
        var violations = validator.validate(form);
        if (!violations.isEmpty()) {
            return new Rejected(FormErrors.of(violations, ui.locale()));
        }
        Outcome<FeedbackViews.Created> outcome;
        try {
            outcome = submission.get();
        } catch (ProblemException e) {
            return refused(e);
        }
        return outcome.created(FeedbackViews.Created.class).<FormResult>map(c -> new Saved(c.id()))
                .orElseGet(() -> refused(ProblemException.of(outcome.refusal().orElseThrow())));
    }

    private FormResult refused(ProblemException e) {
        return switch (e.type()) {
            case ALREADY_SUBMITTED -> new NotCounted(false);
            case IN_PROGRESS -> new NotCounted(true);
            case VALIDATION -> new Rejected(fieldErrors(e.errors(ui.locale())));
            // The key of this form was spent on other answers (a page re-sent after going back and changing
            // them), or was tampered with: the form comes back with a new key, nothing was lost.
            case IDEMPOTENCY_KEY_REUSED, BAD_REQUEST -> new Rejected(Map.of("form", e.detail(ui.locale())));
            default -> throw e;
        };
    }

    /** {@code answers.U7} → {@code U7}, {@code profile.gender} → {@code gender}: the names the form uses. */
    public static Map<String, String> fieldErrors(List<Problem.FieldError> errors) {
        Map<String, String> m = new LinkedHashMap<>();
        for (Problem.FieldError f : errors) {
            m.putIfAbsent(f.field().substring(f.field().lastIndexOf('.') + 1), f.message());
        }
        if (m.isEmpty()) {
            m.put("form", "invalid");
        }
        return m;
    }

    private static Response seeOther(String path) {
        return Response.seeOther(URI.create(path)).build();
    }
}
