package id.suarawarga.moderation;

import id.suarawarga.identity.CurrentUser;
import id.suarawarga.identity.StaffScopes;
import id.suarawarga.shared.security.Roles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.TreeSet;

/**
 * Which regions a moderator moderates: their moderator scope ({@link StaffScopes}), granted by an admin of the
 * region. An admin moderates the regions they administer; the operator every region. The {@code moderator} role
 * itself is granted in Keycloak.
 */
@ApplicationScoped
public class ModeratorRegions {

    @Inject
    StaffScopes scopes;

    /** The regions {@code username} moderates (as a moderator; empty for anyone else). */
    public List<Long> of(String username) {
        return scopes.regionsOf(username, Roles.MODERATOR);
    }

    /**
     * Regions the caller moderates: null for the operator (everywhere); a moderator's moderator regions and an
     * admin's admin regions; empty for everyone else.
     */
    public List<Long> moderatedBy(CurrentUser user) {
        List<Long> asModerator = user.regionsAs(Roles.MODERATOR);
        List<Long> asAdmin = user.regionsAs(Roles.ADMIN);
        if (asModerator == null || asAdmin == null) {
            return null;
        }
        if (asAdmin.isEmpty()) {
            return asModerator;
        }
        TreeSet<Long> both = new TreeSet<>(asModerator);
        both.addAll(asAdmin);
        return List.copyOf(both);
    }

    public boolean moderates(CurrentUser user, long regionId) {
        List<Long> regions = moderatedBy(user);
        return regions == null || regions.contains(regionId);
    }
}
