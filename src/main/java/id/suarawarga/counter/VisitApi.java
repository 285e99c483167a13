package id.suarawarga.counter;

import id.suarawarga.counter.VisitViews.BatchCreated;
import id.suarawarga.counter.VisitViews.BatchForm;
import id.suarawarga.counter.VisitViews.PublicVisit;
import id.suarawarga.counter.VisitViews.VisitCreated;
import id.suarawarga.counter.VisitViews.VisitForm;
import id.suarawarga.feedback.FeedbackViews.SurveyForm;
import id.suarawarga.shared.idempotency.Idempotency;
import id.suarawarga.shared.security.Roles;
import io.vertx.core.http.HttpServerRequest;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * JSON API of visit codes (issue 16; docs/api.md "Visit codes"). Creating codes: the officers of the service's
 * unit, a {@code counter} client (queue machine) scoped to the unit, the admins of its regency
 * ({@link VisitPermissions}). Reading and answering a code: anyone who holds it, no account.
 */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Visit codes")
public class VisitApi {

    @Inject
    Visits visits;

    @Context
    HttpServerRequest request;

    /** One code; body optional ({@code {"expiresInDays":n}}). */
    @POST
    @Path("/services/{id}/visits")
    @RolesAllowed({Roles.OFFICER, Roles.COUNTER, Roles.ADMIN})
    public Response create(@PathParam("id") long serviceId, VisitForm form) {
        VisitCreated v = visits.create(serviceId, form);
        return Response.status(201).entity(v).build();
    }

    /** 1–500 codes for a sheet of numbered slips. */
    @POST
    @Path("/services/{id}/visit-batches")
    @RolesAllowed({Roles.OFFICER, Roles.COUNTER, Roles.ADMIN})
    public Response batch(@PathParam("id") long serviceId, @Valid @NotNull BatchForm form) {
        BatchCreated b = visits.createBatch(serviceId, form);
        return Response.status(201).entity(b).build();
    }

    @GET
    @Path("/visits/{code}")
    @PermitAll
    public PublicVisit visit(@PathParam("code") String code) {
        return visits.lookup(code, client(request));
    }

    /**
     * The code's one answer: the same body as the account survey. The code is the idempotency key: the same
     * body again gets the same 201 ({@code Idempotent-Replayed}).
     */
    @POST
    @Path("/visits/{code}/survey")
    @PermitAll
    public Response answer(@PathParam("code") String code, @Valid @NotNull SurveyForm form) {
        return Idempotency.answer(visits.answer(code, form, client(request)));
    }

    /** The client's address as the server sees it (behind a trusted proxy, the forwarded one). */
    static String client(HttpServerRequest request) {
        return request.remoteAddress() == null ? "unknown" : request.remoteAddress().hostAddress();
    }
}
