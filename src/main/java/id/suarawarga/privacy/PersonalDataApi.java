package id.suarawarga.privacy;

import id.suarawarga.identity.CurrentUser;
import id.suarawarga.shared.web.PageRequest;
import id.suarawarga.shared.web.PageResult;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A citizen's own personal data (UU 27/2022): download it, see who of the staff accessed it, delete the account. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Personal data")
public class PersonalDataApi {

    @Inject
    CurrentUser user;

    @Inject
    PersonalDataService personalData;

    @Inject
    StaffAccessLog accessLog;

    /** Everything the portal holds about the caller, in one JSON document. */
    @GET
    @Path("/me/data")
    @Authenticated
    public PersonalDataService.PersonalData data() {
        return personalData.export(user);
    }

    /** Who of the staff was shown the caller's personal data, newest first. */
    @GET
    @Path("/me/access-log")
    @Authenticated
    public PageResult<StaffAccessLog.Entry> accessLog(@QueryParam("page") String page, @QueryParam("size") String size) {
        return accessLog.of(user.subject().orElseThrow(), user.username(), PageRequest.of(page, size));
    }

    /**
     * Deletes the caller's account (citizens; staff accounts are closed by an admin: 403). 204 again on a retry
     * with the same, still unexpired token; 503 if Keycloak could not remove the login account yet.
     */
    @DELETE
    @Path("/me")
    @Authenticated
    public Response delete() {
        personalData.delete(user);
        return Response.noContent().build();
    }
}
