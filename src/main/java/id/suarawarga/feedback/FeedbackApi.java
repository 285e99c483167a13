package id.suarawarga.feedback;

import id.suarawarga.feedback.FeedbackViews.Created;
import id.suarawarga.feedback.FeedbackViews.FeedbackView;
import id.suarawarga.feedback.FeedbackViews.IkmView;
import id.suarawarga.feedback.FeedbackViews.PlanForm;
import id.suarawarga.feedback.FeedbackViews.PlanView;
import id.suarawarga.feedback.FeedbackViews.QuestionnaireForm;
import id.suarawarga.feedback.FeedbackViews.QuestionnaireView;
import id.suarawarga.feedback.FeedbackViews.RatingForm;
import id.suarawarga.feedback.FeedbackViews.ResponseForm;
import id.suarawarga.feedback.FeedbackViews.ServiceUsersForm;
import id.suarawarga.feedback.FeedbackViews.SurveyForm;
import id.suarawarga.feedback.skm.Period;
import id.suarawarga.identity.CurrentUser;
import id.suarawarga.moderation.ModerationViews.ReportForm;
import id.suarawarga.moderation.ReportSubmissions;
import id.suarawarga.shared.idempotency.Idempotency;
import id.suarawarga.shared.security.Roles;
import id.suarawarga.shared.web.PageRequest;
import id.suarawarga.shared.web.PageResult;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** JSON API of citizens' feedback: SKM questionnaires, unit ratings, results (IKM), officers' answers. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Feedback")
public class FeedbackApi {

    @Inject
    ReportSubmissions reportSubmissions;

    @Inject
    FeedbackService feedback;

    @Inject
    QuestionnaireService questionnaires;

    @Inject
    IkmService ikm;

    @Inject
    Idempotency idempotency;

    @Inject
    SurveySubmissions surveys;

    @Inject
    RatingSubmissions ratings;

    @Inject
    CurrentUser user;

    @GET
    @Path("/services/{id}/questionnaire")
    @PermitAll
    public QuestionnaireView questionnaire(@PathParam("id") long serviceId, @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String lang) {
        return questionnaires.forService(serviceId, english(lang));
    }

    @PUT
    @Path("/regions/{code}/questionnaire")
    @RolesAllowed(Roles.ADMIN)
    public QuestionnaireView publishQuestionnaire(@PathParam("code") String regionCode,
            @Valid @NotNull QuestionnaireForm form) {
        return questionnaires.publish(regionCode, form, user);
    }

    /**
     * An SKM questionnaire. Requires {@code Idempotency-Key}: a retry with the same key counts once. How it is
     * stored (with others in one commit, or alone) is {@link SurveySubmissions}' choice, the same for the page.
     */
    @POST
    @Path("/services/{id}/surveys")
    @RolesAllowed(Roles.CITIZEN)
    public Response submitSurvey(@PathParam("id") long serviceId, @HeaderParam(Idempotency.HEADER) String key,
            @Valid @NotNull SurveyForm form) {
        return Idempotency.answer(surveys.submit(serviceId, key, form, user));
    }

    @POST
    @Path("/units/{id}/ratings")
    @RolesAllowed(Roles.CITIZEN)
    public Response submitRating(@PathParam("id") long unitId, @HeaderParam(Idempotency.HEADER) String key,
            @Valid @NotNull RatingForm form) {
        return Idempotency.answer(ratings.submit(unitId, key, form, user));
    }

    @GET
    @Path("/services/{id}/comments")
    @PermitAll
    public PageResult<FeedbackView> serviceComments(@PathParam("id") long id, @QueryParam("page") String page,
            @QueryParam("size") String size) {
        return feedback.publicCommentsOfService(id, PageRequest.of(page, size));
    }

    @GET
    @Path("/units/{id}/comments")
    @PermitAll
    public PageResult<FeedbackView> unitComments(@PathParam("id") long id, @QueryParam("page") String page,
            @QueryParam("size") String size) {
        return feedback.publicCommentsOfUnit(id, PageRequest.of(page, size));
    }

    /** A public comment is reported like a forum post (moderation's {@link ReportSubmissions}, type "comment"). */
    @POST
    @Path("/feedback/{id}/reports")
    @Authenticated
    public Response reportComment(@PathParam("id") long id, @HeaderParam(Idempotency.HEADER) String key,
            @Valid @NotNull ReportForm form) {
        return Idempotency.answer(reportSubmissions.submit(FeedbackReportables.TYPE, id, key, form, user));
    }

    @GET
    @Path("/services/{id}/ikm")
    @PermitAll
    public IkmView serviceIkm(@PathParam("id") long id, @QueryParam("period") String period,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String lang) {
        return ikm.forService(id, periodOrCurrent(period), english(lang));
    }

    @GET
    @Path("/units/{id}/ikm")
    @PermitAll
    public IkmView unitIkm(@PathParam("id") long id, @QueryParam("period") String period,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String lang) {
        return ikm.forUnit(id, periodOrCurrent(period), english(lang));
    }

    @GET
    @Path("/regions/{code}/ikm")
    @PermitAll
    public IkmView regionIkm(@PathParam("code") String code, @QueryParam("period") String period,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String lang) {
        return ikm.forRegion(code, periodOrCurrent(period), english(lang));
    }

    @GET
    @Path("/me/feedback")
    @Authenticated
    public PageResult<FeedbackView> mine(@QueryParam("page") String page, @QueryParam("size") String size) {
        return feedback.mine(user, PageRequest.of(page, size));
    }

    /** A unit's feedback: its own officers, HR and admins (checked per unit in {@link FeedbackPermissions}). */
    @GET
    @Path("/units/{id}/feedback")
    @RolesAllowed({Roles.OFFICER, Roles.HR, Roles.ADMIN})
    public PageResult<FeedbackView> unitFeedback(@PathParam("id") long unitId, @QueryParam("page") String page,
            @QueryParam("size") String size) {
        return feedback.forUnit(unitId, PageRequest.of(page, size));
    }

    @POST
    @Path("/feedback/{id}/responses")
    @RolesAllowed(Roles.OFFICER)
    public Response respond(@PathParam("id") long feedbackId, @Valid @NotNull ResponseForm form) {
        return Response.status(201).entity(new Created(feedback.respond(feedbackId, form, user))).build();
    }

    @PUT
    @Path("/services/{id}/improvement-plans/{period}")
    @RolesAllowed({Roles.OFFICER, Roles.ADMIN})
    public PlanView publishPlan(@PathParam("id") long serviceId, @PathParam("period") String period,
            @Valid @NotNull PlanForm form) {
        return feedback.publishPlan(serviceId, period, form.text(), user);
    }

    @GET
    @Path("/services/{id}/improvement-plans/{period}")
    @PermitAll
    public PlanView plan(@PathParam("id") long serviceId, @PathParam("period") String period) {
        PlanView plan = feedback.plan(serviceId, FeedbackService.period(period));
        if (plan == null) {
            throw id.suarawarga.shared.web.ProblemException.notFound("Improvement plan", period);
        }
        return plan;
    }

    @PUT
    @Path("/services/{id}/service-users/{period}")
    @RolesAllowed({Roles.OFFICER, Roles.ADMIN})
    public Response recordServiceUsers(@PathParam("id") long serviceId, @PathParam("period") String period,
            @Valid @NotNull ServiceUsersForm form) {
        feedback.recordServiceUsers(serviceId, period, form.users(), user);
        return Response.noContent().build();
    }

    static Period periodOrCurrent(String period) {
        return period == null || period.isBlank()
                ? Period.containing(IkmService.today(), Period.Kind.QUARTER)
                : FeedbackService.period(period);
    }

    static boolean english(String acceptLanguage) {
        return acceptLanguage != null && acceptLanguage.trim().toLowerCase().startsWith("en");
    }
}
