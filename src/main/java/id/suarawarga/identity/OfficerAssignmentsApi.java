package id.suarawarga.identity;

import id.suarawarga.catalogue.CatalogueService;
import id.suarawarga.catalogue.CatalogueViews.UnitView;
import id.suarawarga.shared.security.Roles;
import id.suarawarga.shared.web.ProblemException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
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
import java.util.Set;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Which units an officer serves (ADR 0002), kept by Keycloak username. Only admins read or change it; the
 * {@code officer} role itself is granted in Keycloak.
 */
@Path("/api/v1/officers/{username}/units")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
@Tag(name = "Identity")
public class OfficerAssignmentsApi {

    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._@-]{1,255}");

    @Inject
    CatalogueService catalogue;

    @Inject
    EntityManager em;

    public record Assignment(@NotNull @Size(max = 100) List<@NotNull @Positive Long> unitIds) {
    }

    public record AssignmentView(String username, List<UnitView> units) {
    }

    @GET
    public AssignmentView get(@PathParam("username") String username) {
        checkUsername(username);
        return view(username);
    }

    /** Replaces the officer's units with the given ones (an empty list removes them all). */
    @PUT
    @Transactional
    public AssignmentView put(@PathParam("username") String username, @Valid @NotNull Assignment assignment) {
        checkUsername(username);
        Set<Long> ids = new LinkedHashSet<>(assignment.unitIds());
        for (Long id : ids) {
            if (id == null || id <= 0) {
                throw ProblemException.invalid("unitIds", "identity.unknown-unit");
            }
            try {
                catalogue.unit(id);
            } catch (ProblemException e) {
                throw ProblemException.invalid("unitIds", "identity.unknown-unit-id", id);
            }
        }
        OfficerAssignment.delete("username", username);
        for (Long id : ids) {
            OfficerAssignment a = new OfficerAssignment();
            a.username = username;
            a.unitId = id;
            a.persist();
        }
        em.flush();
        return view(username);
    }

    private AssignmentView view(String username) {
        return new AssignmentView(username, OfficerAssignment.unitIdsOf(username).stream().map(catalogue::unit).toList());
    }

    private static void checkUsername(String username) {
        if (!USERNAME.matcher(username).matches()) {
            throw ProblemException.invalid("username", "identity.invalid-username");
        }
    }
}
