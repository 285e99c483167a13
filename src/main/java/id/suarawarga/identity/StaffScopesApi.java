package id.suarawarga.identity;

import id.suarawarga.catalogue.CatalogueService;
import id.suarawarga.catalogue.CatalogueViews.RegionView;
import id.suarawarga.catalogue.CatalogueViews.UnitView;
import id.suarawarga.identity.StaffScopes.Scope;
import id.suarawarga.shared.security.Roles;
import id.suarawarga.shared.web.PageRequest;
import id.suarawarga.shared.web.PageResult;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Staff scopes (issue 15, ADR 0019): where each staff role of a person applies — officer and counter in units,
 * moderator, hr and admin in regions. Admins read and change the scopes inside their own regions (the operator
 * everywhere); only the operator grants admin scopes. Every change is audited per region with the reason given.
 * The roles themselves are granted in Keycloak (docs/operations.md).
 */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
@Tag(name = "Staff scopes")
public class StaffScopesApi {

    @Inject
    StaffScopeGrants grants;

    @Inject
    CatalogueService catalogue;

    /** A change of one role's scope: units for officer and counter, region codes for the other roles. */
    public record ScopeChange(@Size(max = 200) List<@NotNull Long> unitIds,
            @Size(max = 100) List<@NotNull @Size(min = 1, max = 16) String> regions,
            @NotBlank @Size(max = 500) String reason) {
    }

    /** One scope: {@code unit} is set for unit roles (and {@code region} is its region). */
    public record ScopeView(String username, String role, UnitView unit, RegionView region, String grantedBy,
            String reason, Instant grantedAt) {
    }

    public record StaffView(String username, List<ScopeView> scopes) {
    }

    /** A person's scopes as a reader expects them: by role (as in StaffScopes.ROLES), then region and unit code. */
    static final Comparator<ScopeView> BY_ROLE_AND_PLACE = Comparator
            .comparingInt((ScopeView v) -> StaffScopes.ROLES.indexOf(v.role()))
            .thenComparing(v -> v.region().code())
            .thenComparing(v -> v.unit() == null ? "" : v.unit().code());

    /** What the person is scoped to in the caller's regions. */
    @GET
    @Path("/staff/{username}/scopes")
    @Transactional
    public StaffView get(@PathParam("username") String username) {
        return new StaffView(username, grants.of(username).stream().map(this::view).sorted(BY_ROLE_AND_PLACE).toList());
    }

    /** Replaces the person's scope in one role inside the caller's regions (an empty list removes it there). */
    @PUT
    @Path("/staff/{username}/scopes/{role}")
    @Transactional
    public StaffView put(@PathParam("username") String username, @PathParam("role") String role,
            @Valid @NotNull ScopeChange change) {
        grants.replace(username, role, change.unitIds(), change.regions(), change.reason());
        return get(username);
    }

    /** Every scope in the caller's regions, or in one region, optionally of one role; by person. */
    @GET
    @Path("/staff-scopes")
    @Transactional
    public PageResult<ScopeView> list(@QueryParam("region") String region, @QueryParam("role") String role,
            @QueryParam("page") String page, @QueryParam("size") String size) {
        PageResult<Scope> scopes = grants.list(region, role, PageRequest.of(page, size));
        return new PageResult<>(scopes.items().stream().map(this::view).toList(), scopes.page(), scopes.size(),
                scopes.total());
    }

    ScopeView view(Scope s) {
        return new ScopeView(s.username(), s.role(), s.unitId() == null ? null : catalogue.unit(s.unitId()),
                catalogue.region(s.regionId()), s.grantedBy(), s.reason(), s.grantedAt());
    }
}
