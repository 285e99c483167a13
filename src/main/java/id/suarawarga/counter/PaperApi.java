package id.suarawarga.counter;

import id.suarawarga.counter.PaperViews.BatchForm;
import id.suarawarga.counter.PaperViews.BatchView;
import id.suarawarga.counter.PaperViews.SheetsForm;
import id.suarawarga.counter.PaperViews.WithdrawForm;
import id.suarawarga.shared.idempotency.Idempotency;
import id.suarawarga.shared.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * JSON API of paper questionnaires (issue 16; docs/api.md "Paper questionnaires"). Every operation: the officers of
 * the service's unit and the admins of its regency ({@link PaperPermissions}); the steps' own rules (a different
 * person for the second entry, the typist closing a single entry) are {@link PaperBatches}'.
 */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Paper questionnaires")
public class PaperApi {

    @Inject
    PaperBatches batches;

    /** A new batch. Requires {@code Idempotency-Key}. */
    @POST
    @Path("/services/{id}/paper-batches")
    @RolesAllowed({Roles.OFFICER, Roles.ADMIN})
    public Response create(@PathParam("id") long serviceId, @HeaderParam(Idempotency.HEADER) String key,
            @Valid @NotNull BatchForm form) {
        return Idempotency.answer(batches.submit(serviceId, key, form));
    }

    @GET
    @Path("/paper-batches/{id}")
    @RolesAllowed({Roles.OFFICER, Roles.ADMIN})
    public BatchView batch(@PathParam("id") long id) {
        return batches.show(id);
    }

    /** The first entry: 1–100 sheets, all stored or none (422 naming each wrong sheet). */
    @POST
    @Path("/paper-batches/{id}/rows")
    @RolesAllowed({Roles.OFFICER, Roles.ADMIN})
    public Response rows(@PathParam("id") long id, @Valid @NotNull SheetsForm form) {
        return Response.status(201).entity(batches.enter(id, form.rows())).build();
    }

    /** The blind second entry, by someone who typed none of the first; answers the differences so far. */
    @POST
    @Path("/paper-batches/{id}/verification")
    @RolesAllowed({Roles.OFFICER, Roles.ADMIN})
    public Response verification(@PathParam("id") long id, @Valid @NotNull SheetsForm form) {
        return Response.status(201).entity(batches.verify(id, form.rows())).build();
    }

    /** The reading that counts for sheets the entries read differently (or a correction of a single entry). */
    @POST
    @Path("/paper-batches/{id}/resolution")
    @RolesAllowed({Roles.OFFICER, Roles.ADMIN})
    public Response resolution(@PathParam("id") long id, @Valid @NotNull SheetsForm form) {
        return Response.status(201).entity(batches.resolve(id, form.rows())).build();
    }

    /** Counts the batch: its sheets become answers of origin {@code paper}. */
    @POST
    @Path("/paper-batches/{id}/count")
    @RolesAllowed({Roles.OFFICER, Roles.ADMIN})
    public BatchView count(@PathParam("id") long id) {
        return batches.count(id);
    }

    /** Withdraws the batch with a reason (audited); a counted batch's answers leave the counts. */
    @POST
    @Path("/paper-batches/{id}/withdraw")
    @RolesAllowed({Roles.OFFICER, Roles.ADMIN})
    public BatchView withdraw(@PathParam("id") long id, @Valid @NotNull WithdrawForm form) {
        return batches.withdraw(id, form.reason());
    }
}
