package id.suarawarga.appraisal;

import id.suarawarga.appraisal.AppraisalViews.ComputeForm;
import id.suarawarga.appraisal.AppraisalViews.DecisionForm;
import id.suarawarga.appraisal.AppraisalViews.DrillDown;
import id.suarawarga.appraisal.AppraisalViews.ExclusionView;
import id.suarawarga.appraisal.AppraisalViews.FreezeForm;
import id.suarawarga.appraisal.AppraisalViews.ObjectionForm;
import id.suarawarga.appraisal.AppraisalViews.ObjectionView;
import id.suarawarga.appraisal.AppraisalViews.PeriodForm;
import id.suarawarga.appraisal.AppraisalViews.PeriodView;
import id.suarawarga.appraisal.AppraisalViews.ReinstateForm;
import id.suarawarga.appraisal.AppraisalViews.ScoreView;
import id.suarawarga.appraisal.AppraisalViews.SnapshotView;
import id.suarawarga.identity.CurrentUser;
import id.suarawarga.shared.idempotency.Idempotency;
import id.suarawarga.shared.security.Roles;
import id.suarawarga.shared.web.PageRequest;
import id.suarawarga.shared.web.PageResult;
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

/**
 * JSON API of the appraisal inputs for HR (BKPSDM): periods, computation, scores, drill-down, freezing,
 * exports, the units' objections and reinstating excluded answers. Role rules next to each endpoint; which
 * unit an officer may see is checked per unit in {@link AppraisalPermissions}.
 */
@Path("/api/v1/appraisal")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Appraisal")
public class AppraisalApi {

    static final String XLSX = AppraisalExports.XLSX;

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
    CurrentUser user;

    @GET
    @Path("/periods")
    @RolesAllowed({Roles.HR, Roles.ADMIN})
    public PageResult<PeriodView> periods(@QueryParam("page") String page, @QueryParam("size") String size) {
        return periods.periods(PageRequest.of(page, size));
    }

    /** A new period. Requires {@code Idempotency-Key}. 409 when the period exists. */
    @POST
    @Path("/periods")
    @RolesAllowed({Roles.HR, Roles.ADMIN})
    public Response create(@HeaderParam(Idempotency.HEADER) String key, @Valid @NotNull PeriodForm form) {
        return Idempotency.answer(periods.submit(key, form, user));
    }

    /** Computes (again) from the stored answers; a frozen period needs a {@code reason} (a correction). */
    @POST
    @Path("/periods/{id}/compute")
    @RolesAllowed({Roles.HR, Roles.ADMIN})
    public PeriodView compute(@PathParam("id") long id, @Valid ComputeForm form) {
        return runs.compute(id, form == null ? null : form.reason(), user);
    }

    @POST
    @Path("/periods/{id}/freeze")
    @RolesAllowed({Roles.HR, Roles.ADMIN})
    public PeriodView freeze(@PathParam("id") long id, FreezeForm form) {
        return runs.freeze(id, form != null && Boolean.TRUE.equals(form.closeReviewEarly()), user);
    }

    /** The latest snapshot's canonical text and hash, recomputed from the stored answers to show it reproduces. */
    @GET
    @Path("/periods/{id}/snapshot")
    @RolesAllowed({Roles.HR, Roles.ADMIN})
    public SnapshotView snapshot(@PathParam("id") long id) {
        return runs.snapshot(id);
    }

    @GET
    @Path("/periods/{id}/scores")
    @RolesAllowed({Roles.HR, Roles.ADMIN})
    public PageResult<ScoreView> scores(@PathParam("id") long id, @QueryParam("page") String page,
            @QueryParam("size") String size) {
        return scores.scores(id, PageRequest.of(page, size));
    }

    /** Drill-down; an officer only for a unit they serve while the review window is open. */
    @GET
    @Path("/periods/{id}/units/{unitId}")
    @RolesAllowed({Roles.HR, Roles.ADMIN, Roles.OFFICER})
    public DrillDown drillDown(@PathParam("id") long id, @PathParam("unitId") long unitId,
            @QueryParam("page") String page, @QueryParam("size") String size,
            @HeaderParam(HttpHeaders.ACCEPT_LANGUAGE) String lang) {
        return scores.drillDown(id, unitId, PageRequest.of(page, size),
                lang != null && lang.trim().toLowerCase().startsWith("en"), user);
    }

    @GET
    @Path("/periods/{id}/export")
    @RolesAllowed({Roles.HR, Roles.ADMIN})
    @Produces({MediaType.APPLICATION_JSON, "text/csv", XLSX})
    public Response export(@PathParam("id") long id, @QueryParam("format") String format) {
        return file(exports.export(id, format));
    }

    /** The unit's objection to its draft. Requires {@code Idempotency-Key}. */
    @POST
    @Path("/periods/{id}/units/{unitId}/objections")
    @RolesAllowed({Roles.HR, Roles.ADMIN, Roles.OFFICER})
    public Response object(@PathParam("id") long id, @PathParam("unitId") long unitId,
            @HeaderParam(Idempotency.HEADER) String key, @Valid @NotNull ObjectionForm form) {
        return Idempotency.answer(objections.submit(id, unitId, key, form, user));
    }

    /** HR's decision: ACCEPTED (the period is computed again) or REJECTED, always with a reason. */
    @POST
    @Path("/objections/{id}/decision")
    @RolesAllowed({Roles.HR, Roles.ADMIN})
    public ObjectionView decide(@PathParam("id") long id, @Valid @NotNull DecisionForm form) {
        return objections.decide(id, form.decision(), form.reason(), user);
    }

    /** The head of unit's NIP for the exports (an addition to issue 6's contract): 204, or 422 on a malformed NIP. */
    @PUT
    @Path("/units/{unitId}/head-nip")
    @RolesAllowed({Roles.HR, Roles.ADMIN})
    public Response headNip(@PathParam("unitId") long unitId, @Valid @NotNull AppraisalViews.HeadNipForm form) {
        exports.recordHeadNip(unitId, form.nip());
        return Response.noContent().build();
    }

    /** Counts an excluded answer again (with a reason); the period is computed again. */
    @POST
    @Path("/exclusions/{id}/reinstate")
    @RolesAllowed({Roles.HR, Roles.ADMIN, Roles.MODERATOR})
    public ExclusionView reinstate(@PathParam("id") long id, @Valid @NotNull ReinstateForm form) {
        return exclusions.reinstate(id, form.reason(), user);
    }

    /** The export as a download; {@code no-store}, since it carries NIPs. */
    static Response file(AppraisalExports.ExportFile f) {
        return Response.ok(f.body()).type(f.type())
                .header("Content-Disposition", "attachment; filename=\"" + f.name() + "\"")
                .header("Cache-Control", "no-store").build();
    }

}
