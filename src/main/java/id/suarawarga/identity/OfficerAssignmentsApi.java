package id.suarawarga.identity;

import id.suarawarga.catalogue.CatalogueService;
import id.suarawarga.catalogue.CatalogueViews.UnitView;
import id.suarawarga.shared.security.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.LinkedHashSet;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Which units an officer serves: the officer part of the staff scopes ({@link StaffScopesApi}), kept with its first
 * shape for the clients that use it. Deprecated: use {@code /api/v1/staff/{username}/scopes/officer}. Like that API
 * it works inside the calling admin's regions (a unit elsewhere is unknown) and audits each change.
 */
@Path("/api/v1/officers/{username}/units")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
@Tag(name = "Identity")
@Deprecated
public class OfficerAssignmentsApi {

    /** The reason written to the audit log for a change through this older API, which asks for none. */
    static final String REASON = "officers/{username}/units";

    @Inject
    CatalogueService catalogue;

    @Inject
    StaffScopeGrants grants;

    public record Assignment(@NotNull @Size(max = 100) List<@NotNull @Positive Long> unitIds) {
    }

    public record AssignmentView(String username, List<UnitView> units) {
    }

    @GET
    @Transactional
    public AssignmentView get(@PathParam("username") String username) {
        return view(username, grants.of(username));
    }

    /** Replaces the officer's units with the given ones (an empty list removes them all). */
    @PUT
    @Transactional
    public AssignmentView put(@PathParam("username") String username, @Valid @NotNull Assignment assignment) {
        grants.replace(username, Roles.OFFICER, List.copyOf(new LinkedHashSet<>(assignment.unitIds())), null, REASON);
        return get(username);
    }

    private AssignmentView view(String username, List<StaffScopes.Scope> scopes) {
        return new AssignmentView(username, scopes.stream().filter(s -> s.role().equals(Roles.OFFICER))
                .map(s -> catalogue.unit(s.unitId())).toList());
    }
}
