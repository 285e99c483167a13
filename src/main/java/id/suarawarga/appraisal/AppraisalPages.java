package id.suarawarga.appraisal;

import id.suarawarga.appraisal.AppraisalViews.DrillDown;
import id.suarawarga.appraisal.AppraisalViews.MonthPoint;
import id.suarawarga.appraisal.AppraisalViews.ObjectionView;
import id.suarawarga.appraisal.AppraisalViews.PeriodForm;
import id.suarawarga.appraisal.AppraisalViews.PeriodView;
import id.suarawarga.appraisal.AppraisalViews.ReviewDraft;
import id.suarawarga.appraisal.AppraisalViews.ScoreView;
import id.suarawarga.catalogue.Region;
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
import java.math.BigDecimal;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.jboss.resteasy.reactive.RestForm;

/**
 * HR's appraisal pages ({@code /appraisal}): the period list with a form for a new period; a period's score
 * table with sufficiency, compute and freeze buttons, exports and objections; a unit's drill-down with an SVG
 * trend, element NRRs, comments, exclusions (reinstate) and objections. Officers reach the drill-down of their
 * own units while the review window is open and file objections there. Same services and permission checks as
 * {@link AppraisalApi}.
 */
@Path("/appraisal")
@Produces(MediaType.TEXT_HTML)
public class AppraisalPages {

    @Inject
    Periods periods;

    @Inject
    PeriodRuns runs;

    @Inject
    PeriodScores scores;

    @Inject
    Objections objections;

    @Inject
    Exclusions exclusions;

    @Inject
    AppraisalExports exports;

    @Inject
    AppraisalPermissions permissions;

    @Inject
    CurrentUser user;

    @Inject
    UiContext ui;

    @Inject
    Validator validator;

    /** Bars of the monthly trend, laid out on the server (no script; CSP forbids inline styles). */
    public record TrendRow(String month, long answers, BigDecimal mean, int labelY, int barY, int width, int textX,
            int textY) {
    }

    public record TrendChart(int width, int height, int left, int barHeight, List<TrendRow> rows) {

        static TrendChart of(List<MonthPoint> points) {
            int left = 70;
            int plot = 220;
            int rowHeight = 22;
            List<TrendRow> rows = new ArrayList<>();
            for (int i = 0; i < points.size(); i++) {
                MonthPoint p = points.get(i);
                int y = 6 + i * rowHeight;
                // 25 (the lowest possible answer) is an empty bar, 100 a full one
                int width = p.mean() == null ? 0
                        : (int) Math.round(plot * (p.mean().doubleValue() - 25) / 75.0);
                rows.add(new TrendRow(p.month(), p.answers(), p.mean(), y + 14, y + 2, Math.max(width, 1),
                        left + Math.max(width, 1) + 6, y + 14));
            }
            return new TrendChart(left + plot + 50, 12 + points.size() * rowHeight, left, 16, rows);
        }
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance periods(PageResult<PeriodView> periods, List<ReviewDraft> inReview,
                boolean hr, List<Region> regions, FormState form, String saved);

        static native TemplateInstance period(PeriodView period, PageResult<ScoreView> scores,
                List<ObjectionView> objections, String error, FormState decision, long decisionFor, String saved);

        static native TemplateInstance unit(DrillDown d, TrendChart trend, boolean hr, FormState objection,
                FormState reinstate, long reinstateFor, String saved);
    }

    @GET
    @RolesAllowed({Roles.HR, Roles.ADMIN, Roles.OFFICER})
    public TemplateInstance periods(@QueryParam("page") String page, @QueryParam("saved") String saved) {
        return ui.page(periodsPage(PageRequest.of(page, "20"), FormState.empty(), saved));
    }

    private TemplateInstance periodsPage(PageRequest page, FormState form, String saved) {
        boolean hr = permissions.isHr();
        PageResult<PeriodView> list = hr ? periods.periods(page) : new PageResult<>(List.of(), 0, page.size(), 0);
        List<ReviewDraft> inReview = hr ? List.of() : periods.inReview();
        // the new-period form offers the caller's regencies; with one, it is chosen already
        List<Region> regions = hr ? permissions.hrRegionChoices() : List.of();
        return Templates.periods(list, inReview, hr, regions, form, saved);
    }

    @POST
    @Path("periods")
    @RolesAllowed({Roles.HR, Roles.ADMIN})
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@RestForm String period, @RestForm String regionCode, @RestForm String minRespondents,
            @RestForm String priorWeight, @RestForm String reviewWorkingDays, @RestForm List<String> origins) {
        // none ticked counts every origin, as a period created through the API without "origins" does
        List<String> counted = origins == null || origins.isEmpty() ? null : List.copyOf(origins);
        Map<String, String> typed = Map.of("period", nz(period), "regionCode", nz(regionCode),
                "minRespondents", nz(minRespondents), "priorWeight", nz(priorWeight),
                "reviewWorkingDays", nz(reviewWorkingDays),
                "origins", counted == null ? "account,visit,kiosk,paper" : String.join(",", counted));
        PeriodForm form;
        try {
            form = new PeriodForm(nz(period).trim(), nz(regionCode).trim(), integer("minRespondents", minRespondents),
                    integer("priorWeight", priorWeight), integer("reviewWorkingDays", reviewWorkingDays), counted);
        } catch (ProblemException e) {
            return again(periodsPage(PageRequest.first(20), new FormState(typed, FormErrors.of(e, ui.locale())), null));
        }
        return save(form, () -> periods.create(form, user), () -> "/appraisal?saved=created",
                errors -> periodsPage(PageRequest.first(20), new FormState(typed, errors), null));
    }

    @GET
    @Path("{id}")
    @RolesAllowed({Roles.HR, Roles.ADMIN})
    public TemplateInstance period(@PathParam("id") long id, @QueryParam("page") String page,
            @QueryParam("saved") String saved) {
        return ui.page(periodPage(id, PageRequest.of(page, "50"), null, FormState.empty(), -1, saved));
    }

    private TemplateInstance periodPage(long id, PageRequest page, String error, FormState decision, long decisionFor,
            String saved) {
        return Templates.period(periods.period(id), scores.scores(id, page), objections.objectionsOf(id), error,
                decision, decisionFor, saved);
    }

    @POST
    @Path("{id}/compute")
    @RolesAllowed({Roles.HR, Roles.ADMIN})
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response compute(@PathParam("id") long id, @RestForm String reason) {
        return transition(id, () -> runs.compute(id, reason, user), "computed");
    }

    @POST
    @Path("{id}/freeze")
    @RolesAllowed({Roles.HR, Roles.ADMIN})
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response freeze(@PathParam("id") long id, @RestForm String closeReviewEarly) {
        return transition(id, () -> runs.freeze(id, "on".equals(closeReviewEarly), user), "frozen");
    }

    private Response transition(long id, Supplier<Object> work, String saved) {
        try {
            work.get();
            return Response.seeOther(URI.create("/appraisal/" + id + "?saved=" + saved)).build();
        } catch (ProblemException e) {
            if (e.type().status() != 409 && e.type().status() != 422) {
                throw e;
            }
            String error = e.type().status() == 409 ? "conflict" : "reason";
            return Response.status(e.type().status())
                    .entity(ui.page(periodPage(id, PageRequest.first(50), error, FormState.empty(), -1, null))).build();
        }
    }

    @GET
    @Path("{id}/export")
    @RolesAllowed({Roles.HR, Roles.ADMIN})
    @Produces({MediaType.APPLICATION_JSON, "text/csv", AppraisalApi.XLSX})
    public Response export(@PathParam("id") long id, @QueryParam("format") String format) {
        return AppraisalApi.file(exports.export(id, format));
    }

    @POST
    @Path("objections/{oid}/decision")
    @RolesAllowed({Roles.HR, Roles.ADMIN})
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response decide(@PathParam("oid") long objectionId, @RestForm String periodId, @RestForm String decision,
            @RestForm String reason) {
        Integer parsed = integer("periodId", periodId);
        long period = parsed == null ? 0 : parsed;
        var form = new AppraisalViews.DecisionForm(nz(decision), nz(reason));
        Map<String, String> typed = Map.of("decision", nz(decision), "reason", nz(reason));
        return save(form, () -> objections.decide(objectionId, form.decision(), form.reason(), user),
                () -> "/appraisal/" + period + "?saved=decided",
                errors -> periodPage(period, PageRequest.first(50), null, new FormState(typed, errors), objectionId, null));
    }

    @GET
    @Path("{id}/units/{unitId}")
    @RolesAllowed({Roles.HR, Roles.ADMIN, Roles.OFFICER})
    public TemplateInstance unit(@PathParam("id") long id, @PathParam("unitId") long unitId,
            @QueryParam("page") String page, @QueryParam("saved") String saved) {
        return ui.page(unitPage(id, unitId, PageRequest.of(page, "20"), FormState.empty(), FormState.empty(), -1, saved));
    }

    private TemplateInstance unitPage(long id, long unitId, PageRequest page, FormState objection, FormState reinstate,
            long reinstateFor, String saved) {
        DrillDown d = scores.drillDown(id, unitId, page, ui.english(), user);
        return Templates.unit(d, TrendChart.of(d.trend()), permissions.isHr(), objection, reinstate, reinstateFor, saved);
    }

    @POST
    @Path("{id}/units/{unitId}/objections")
    @RolesAllowed({Roles.HR, Roles.ADMIN, Roles.OFFICER})
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response object(@PathParam("id") long id, @PathParam("unitId") long unitId, @RestForm String text) {
        var form = new AppraisalViews.ObjectionForm(nz(text));
        return save(form, () -> objections.object(id, unitId, form.text(), user),
                () -> "/appraisal/" + id + "/units/" + unitId + "?saved=objection",
                errors -> unitPage(id, unitId, PageRequest.first(20), new FormState(Map.of("text", nz(text)), errors),
                        FormState.empty(), -1, null));
    }

    @POST
    @Path("exclusions/{xid}/reinstate")
    @RolesAllowed({Roles.HR, Roles.ADMIN})
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response reinstate(@PathParam("xid") long exclusionId, @RestForm String periodId, @RestForm String unitId,
            @RestForm String reason) {
        Integer period = integer("periodId", periodId);
        Integer unit = integer("unitId", unitId);
        var form = new AppraisalViews.ReinstateForm(nz(reason));
        return save(form, () -> exclusions.reinstate(exclusionId, form.reason(), user),
                () -> "/appraisal/" + period + "/units/" + unit + "?saved=reinstated",
                errors -> unitPage(period == null ? 0 : period, unit == null ? 0 : unit, PageRequest.first(20),
                        FormState.empty(), new FormState(Map.of("reason", nz(reason)), errors), exclusionId, null));
    }

    /** Validate as the API does, save, redirect (POST → redirect → GET); a fixable refusal shows the form again. */
    private Response save(Object form, Supplier<Object> work, Supplier<String> redirect,
            java.util.function.Function<Map<String, String>, TemplateInstance> again) {
        Map<String, String> errors;
        var violations = validator.validate(form);
        if (violations.isEmpty()) {
            try {
                work.get();
                return Response.seeOther(URI.create(redirect.get())).build();
            } catch (ProblemException e) {
                if (e.type().status() != 422 && e.type().status() != 409) {
                    throw e;
                }
                errors = e.errors().isEmpty() ? Map.of("form", e.type().name()) : FormErrors.of(e, ui.locale());
            }
        } else {
            errors = FormErrors.of(violations, ui.locale());
        }
        return again(again.apply(errors));
    }

    private Response again(TemplateInstance page) {
        return Response.status(422).entity(ui.page(page)).build();
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static Integer integer(String field, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(raw.trim());
        } catch (NumberFormatException e) {
            throw ProblemException.invalid(field, "appraisal.whole-number", field);
        }
    }
}
