package id.suarawarga.feedback;

import static id.suarawarga.feedback.FormValues.checked;
import static id.suarawarga.feedback.FormValues.id;
import static id.suarawarga.feedback.FormValues.integer;
import static id.suarawarga.feedback.FormValues.nz;

import id.suarawarga.catalogue.CatalogueService;
import id.suarawarga.catalogue.CatalogueViews.ServiceView;
import id.suarawarga.catalogue.CatalogueViews.UnitView;
import id.suarawarga.feedback.FeedbackViews.FeedbackView;
import id.suarawarga.feedback.FeedbackViews.PlanForm;
import id.suarawarga.feedback.FeedbackViews.ResponseForm;
import id.suarawarga.feedback.FeedbackViews.ServiceUsersForm;
import id.suarawarga.feedback.skm.Period;
import id.suarawarga.identity.CurrentUser;
import id.suarawarga.shared.security.Roles;
import id.suarawarga.shared.web.FormErrors;
import id.suarawarga.shared.web.FormState;
import id.suarawarga.shared.web.PageRequest;
import id.suarawarga.shared.web.PageResult;
import id.suarawarga.shared.web.ProblemException;
import id.suarawarga.shared.web.UiContext;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Validator;
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
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jboss.resteasy.reactive.RestForm;

/**
 * The officer's dashboard (<i>petugas</i>): per unit they serve, the comments still waiting for a reply, oldest
 * first and marked when overdue, each with a reply form; and the forms for the number of service users and the
 * improvement plan of a period. Which unit an officer may act for is checked by {@link FeedbackPermissions}
 * inside {@link FeedbackService}, so a forged id gets the friendly 403 page.
 */
@Path("/officer")
@Produces(MediaType.TEXT_HTML)
public class OfficerPages {

    @Inject
    FeedbackService feedback;

    @Inject
    CatalogueService catalogue;

    @Inject
    CurrentUser user;

    @Inject
    UiContext ui;

    @Inject
    Validator validator;

    /** One unit's queue and its services (for the service-user and plan forms). */
    public record UnitQueue(UnitView unit, PageResult<FeedbackView> awaiting, List<ServiceView> services) {
    }

    /** The reply form of the one comment that was answered wrongly, if any; every other reply form is blank. */
    public record ReplyState(long feedbackId, FormState form) {
        static final ReplyState NONE = new ReplyState(-1, FormState.empty());

        public String text(long id) {
            return id == feedbackId ? form.value("text") : "";
        }

        public boolean followedUp(long id) {
            return id == feedbackId && !form.value("followedUp").isEmpty();
        }

        public boolean invalid(long id) {
            return id == feedbackId && form.invalid("text");
        }
    }

    /** What the GET after a successful POST says, with a link to the results it changed. */
    public record Saved(String what, String resultsLink) {
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance dashboard(List<UnitQueue> units, List<ServiceView> services, Saved saved,
                ReplyState reply, FormState users, FormState plan);
    }

    @GET
    @RolesAllowed(Roles.OFFICER)
    public TemplateInstance dashboard(@QueryParam("page") String page, @QueryParam("saved") String saved,
            @QueryParam("service") String service, @QueryParam("period") String period) {
        return ui.page(dashboardPage(PageRequest.of(page, "50"), saved(saved, service, period), ReplyState.NONE,
                defaults(), defaults()));
    }

    @POST
    @Path("feedback/{id}/reply")
    @RolesAllowed(Roles.OFFICER)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response reply(@PathParam("id") long id, @RestForm String text, @RestForm String followedUp) {
        ResponseForm form = new ResponseForm(text, checked(followedUp));
        Map<String, String> typed = Map.of("text", nz(text), "followedUp", checked(followedUp) ? "on" : "");
        return save(form, () -> feedback.respond(id, form, user),
                "/officer?saved=reply",
                errors -> dashboardPage(PageRequest.first(50), null, new ReplyState(id, new FormState(typed, errors)),
                        defaults(), defaults()));
    }

    @POST
    @Path("service-users")
    @RolesAllowed(Roles.OFFICER)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response serviceUsers(@RestForm String serviceId, @RestForm String period,
            @RestForm String users) {
        Map<String, String> typed = Map.of("serviceId", nz(serviceId), "period", nz(period), "users", nz(users));
        Long service = id(serviceId);
        ServiceUsersForm form = new ServiceUsersForm(integer(users));
        return save(form, () -> {
                    feedback.recordServiceUsers(required(service), nz(period), form.users(), user);
                    return null;
                }, "/officer?saved=users&service=" + service + "&period=" + urlSafe(period),
                errors -> dashboardPage(PageRequest.first(50), null, ReplyState.NONE, new FormState(typed, errors),
                        defaults()));
    }

    @POST
    @Path("plans")
    @RolesAllowed(Roles.OFFICER)
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response plan(@RestForm String serviceId, @RestForm String period, @RestForm String text) {
        Map<String, String> typed = Map.of("serviceId", nz(serviceId), "period", nz(period), "text", nz(text));
        Long service = id(serviceId);
        PlanForm form = new PlanForm(text);
        return save(form, () -> feedback.publishPlan(required(service), nz(period), form.text(), user),
                "/officer?saved=plan&service=" + service + "&period=" + urlSafe(period),
                errors -> dashboardPage(PageRequest.first(50), null, ReplyState.NONE, defaults(),
                        new FormState(typed, errors)));
    }

    private TemplateInstance dashboardPage(PageRequest page, Saved saved, ReplyState reply, FormState users,
            FormState plan) {
        List<UnitQueue> units = new ArrayList<>();
        List<ServiceView> services = new ArrayList<>();
        for (long unitId : user.unitIds()) {
            List<ServiceView> own = catalogue.services(unitId, PageRequest.first(100)).items();
            units.add(new UnitQueue(catalogue.unit(unitId), feedback.awaitingReply(unitId, page), own));
            services.addAll(own);
        }
        return Templates.dashboard(units, services, saved, reply, users, plan);
    }

    /**
     * Validate as the API does, then save and redirect (POST → redirect → GET); a refusal the officer can fix
     * shows the dashboard again (422) with what was typed. A 403 or 404 goes to its friendly page.
     */
    private Response save(Object form, Supplier<Object> work, String redirect,
            Function<Map<String, String>, TemplateInstance> again) {
        Map<String, String> errors;
        var violations = validator.validate(form);
        if (violations.isEmpty()) {
            try {
                work.get();
                return Response.seeOther(URI.create(redirect)).build();
            } catch (ProblemException e) {
                if (e.type().status() != 422) {
                    throw e;
                }
                errors = FormErrors.of(e, ui.locale());
            }
        } else {
            errors = FormErrors.of(violations, ui.locale());
        }
        return Response.status(422).entity(ui.page(again.apply(errors))).build();
    }

    /** The period forms start at the current quarter, the usual SKM period. */
    private static FormState defaults() {
        return FormState.of(Map.of("period", FeedbackApi.periodOrCurrent(null).toString()));
    }

    private static Saved saved(String what, String service, String period) {
        if (what == null || !List.of("reply", "users", "plan").contains(what)) {
            return null;
        }
        Long serviceId = id(service);
        String link = null;
        if (serviceId != null && period != null) {
            try {
                link = "/services/" + serviceId + "/results?period=" + Period.parse(period);
            } catch (IllegalArgumentException e) {
                link = null;
            }
        }
        return new Saved(what, link);
    }

    private static long required(Long serviceId) {
        if (serviceId == null) {
            throw ProblemException.invalid("serviceId", "feedback.choose-service");
        }
        return serviceId;
    }

    /** Only a well-formed period travels into the redirect; anything else has failed validation before. */
    private static String urlSafe(String period) {
        try {
            return Period.parse(period).toString();
        } catch (IllegalArgumentException e) {
            return "";
        }
    }
}
