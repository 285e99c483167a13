package id.suarawarga.counter;

import id.suarawarga.counter.KioskViews.KioskForm;
import id.suarawarga.counter.KioskViews.KioskView;
import id.suarawarga.shared.idempotency.Idempotency;
import id.suarawarga.shared.security.Roles;
import id.suarawarga.shared.web.PageRequest;
import id.suarawarga.shared.web.PageResult;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * JSON API of counter kiosks (issue 16; docs/api.md "Kiosks"). Every operation: the officers of the kiosk's unit
 * and the admins of its regency ({@link KioskPermissions}). The tablet itself never calls this API: it pairs and
 * answers through the {@code /kiosk} pages with its device credential.
 */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Kiosks")
public class KioskApi {

    @Inject
    Kiosks kiosks;

    /** A new kiosk and its one-time pairing code (15 minutes). Requires {@code Idempotency-Key}. */
    @POST
    @Path("/kiosks")
    @RolesAllowed({Roles.OFFICER, Roles.ADMIN})
    public Response create(@HeaderParam(Idempotency.HEADER) String key, @Valid @NotNull KioskForm form) {
        return Idempotency.answer(kiosks.submit(key, form));
    }

    @GET
    @Path("/units/{id}/kiosks")
    @RolesAllowed({Roles.OFFICER, Roles.ADMIN})
    public PageResult<KioskView> ofUnit(@PathParam("id") long unitId, @QueryParam("page") String page,
            @QueryParam("size") String size) {
        return kiosks.ofUnit(unitId, PageRequest.of(page, size));
    }

    /** Revokes the kiosk (audited): the tablet is refused from its next request on. */
    @DELETE
    @Path("/kiosks/{id}")
    @RolesAllowed({Roles.OFFICER, Roles.ADMIN})
    public KioskView revoke(@PathParam("id") long id) {
        return kiosks.revoke(id);
    }
}
