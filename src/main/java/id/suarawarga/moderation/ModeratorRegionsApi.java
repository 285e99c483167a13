package id.suarawarga.moderation;

import id.suarawarga.catalogue.CatalogueService;
import id.suarawarga.catalogue.CatalogueViews.RegionView;
import id.suarawarga.catalogue.Region;
import id.suarawarga.identity.CurrentUser;
import id.suarawarga.shared.audit.AuditLog;
import id.suarawarga.shared.security.Roles;
import id.suarawarga.shared.web.ProblemException;
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
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Which regions a moderator moderates, kept by Keycloak username like officers' units (ADR 0002). Only admins
 * read or change it; every change is written to the audit log with the regions before and after. The
 * {@code moderator} role itself is granted in Keycloak.
 */
@Path("/api/v1/moderators/{username}/regions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ADMIN)
@Tag(name = "Moderation")
public class ModeratorRegionsApi {

    static final String AUDIT_ACTION = "set-moderator-regions";
    static final String AUDIT_TARGET = "moderator";

    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._@-]{1,255}");

    @Inject
    ModeratorRegions moderators;

    @Inject
    AuditLog audit;

    @Inject
    CatalogueService catalogue;

    @Inject
    CurrentUser user;

    public record Assignment(@NotNull @Size(max = 100) List<@NotNull @Size(min = 1, max = 16) String> regions) {
    }

    public record AssignmentView(String username, List<RegionView> regions) {
    }

    @GET
    @RolesAllowed(Roles.ADMIN)
    @Transactional
    public AssignmentView get(@PathParam("username") String username) {
        checkUsername(username);
        return view(username);
    }

    /** Replaces the moderator's regions with the given ones by region code (an empty list removes them all). */
    @PUT
    @RolesAllowed(Roles.ADMIN)
    @Transactional
    public AssignmentView put(@PathParam("username") String username, @Valid @NotNull Assignment assignment) {
        checkUsername(username);
        List<Long> ids = new ArrayList<>();
        for (String code : new LinkedHashSet<>(assignment.regions())) {
            Region region = Region.findByCode(code).orElseThrow(
                    () -> ProblemException.invalid("regions", "moderation.unknown-region", code));
            ids.add(region.id);
        }
        String before = codes(username);
        moderators.replace(username, ids);
        String after = codes(username);
        audit.append(user.username(), AUDIT_ACTION, AUDIT_TARGET, username, null,
                "wilayah moderator diatur / moderator regions set", before, after);
        return view(username);
    }

    private AssignmentView view(String username) {
        return new AssignmentView(username, regions(username).stream().map(r -> catalogue.region(r.code)).toList());
    }

    private List<Region> regions(String username) {
        Set<Long> ids = new LinkedHashSet<>(moderators.of(username));
        return ids.stream().map(id -> (Region) Region.findById(id)).sorted((a, b) -> a.code.compareTo(b.code)).toList();
    }

    private String codes(String username) {
        return regions(username).stream().map(r -> r.code).collect(Collectors.joining(",", "regions=[", "]"));
    }

    private static void checkUsername(String username) {
        if (!USERNAME.matcher(username).matches()) {
            throw ProblemException.invalid("username", "moderation.invalid-username");
        }
    }
}
