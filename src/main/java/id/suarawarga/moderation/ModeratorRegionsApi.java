package id.suarawarga.moderation;

import id.suarawarga.catalogue.CatalogueService;
import id.suarawarga.catalogue.CatalogueViews.RegionView;
import id.suarawarga.identity.StaffScopeGrants;
import id.suarawarga.shared.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Which regions a moderator moderates: the moderator part of the staff scopes (identity's StaffScopesApi), kept with
 * its first shape for the clients that use it. Deprecated: use {@code /api/v1/staff/{username}/scopes/moderator}.
 * Like that API it works inside the calling admin's regions and audits each change per region.
 */
@Path("/api/v1/moderators/{username}/regions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
@Tag(name = "Moderation")
@Deprecated
public class ModeratorRegionsApi {

    /** The reason written to the audit log for a change through this older API, which asks for none. */
    static final String REASON = "moderators/{username}/regions";

    @Inject
    StaffScopeGrants grants;

    @Inject
    CatalogueService catalogue;

    public record Assignment(@NotNull @Size(max = 100) List<@NotNull @Size(min = 1, max = 16) String> regions) {
    }

    public record AssignmentView(String username, List<RegionView> regions) {
    }

    @GET
    @Transactional
    public AssignmentView get(@PathParam("username") String username) {
        List<RegionView> regions = grants.of(username).stream().filter(s -> s.role().equals(Roles.MODERATOR))
                .map(s -> catalogue.region(s.regionId())).sorted(Comparator.comparing(RegionView::code)).toList();
        return new AssignmentView(username, regions);
    }

    /** Replaces the moderator's regions with the given ones by region code (an empty list removes them all). */
    @PUT
    @Transactional
    public AssignmentView put(@PathParam("username") String username, @Valid @NotNull Assignment assignment) {
        grants.replace(username, Roles.MODERATOR, null, List.copyOf(new LinkedHashSet<>(assignment.regions())), REASON);
        return get(username);
    }
}
