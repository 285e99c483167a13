package id.suarawarga.identity;

import id.suarawarga.catalogue.CatalogueService;
import id.suarawarga.catalogue.CatalogueViews.UnitView;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The caller's own identity as the portal sees it. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Identity")
public class MeApi {

    @Inject
    CurrentUser user;

    @Inject
    CatalogueService catalogue;

    public record Me(String subject, String username, String name, Set<String> roles, List<UnitView> units) {
    }

    @GET
    @Path("/me")
    @Authenticated
    public Me me() {
        List<UnitView> units = user.unitIds().stream().map(catalogue::unit).toList();
        return new Me(user.subject().orElse(null), user.username(), user.displayName(), user.roles(), units);
    }
}
