package id.suarawarga.identity;

import id.suarawarga.shared.security.RegionScope;
import id.suarawarga.shared.security.Roles;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who is calling, read from the Keycloak token: the access token for the API, the ID token for pages. Identity
 * stays in Keycloak; the portal keeps only the username-keyed data it needs: where each staff role applies
 * ({@link StaffScopes}).
 */
@RequestScoped
@Named("currentUser")
public class CurrentUser implements RegionScope {

    @Inject
    SecurityIdentity identity;

    @Inject
    StaffScopes scopes;

    private List<Long> unitIds;
    private final Map<String, List<Long>> regions = new HashMap<>();

    public boolean isAuthenticated() {
        return !identity.isAnonymous();
    }

    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }

    /** Holds the admin role: an admin of the regions in their scope ({@link #regionsAs}), or the operator. */
    public boolean isAdmin() {
        return hasRole(Roles.ADMIN);
    }

    /** The portal operator: above every region (the only role that is). */
    @Override
    public boolean isOperator() {
        return hasRole(Roles.OPERATOR);
    }

    /**
     * The regions where the caller acts in {@code role} (moderator, hr, admin): null meaning every region for the
     * operator, empty when the caller does not hold the role or holds it nowhere yet.
     */
    @Override
    public List<Long> regionsAs(String role) {
        if (isOperator()) {
            return null;
        }
        if (!isAuthenticated() || !hasRole(role)) {
            return List.of();
        }
        return regions.computeIfAbsent(role, r -> scopes.regionsOf(username(), r));
    }

    /** Whether the caller acts in {@code role} in {@code regionId} (always for the operator). */
    @Override
    public boolean actsAs(String role, long regionId) {
        List<Long> in = regionsAs(role);
        return in == null || in.contains(regionId);
    }

    /** Keycloak's stable user id ({@code sub}). */
    public Optional<String> subject() {
        return jwt().map(JsonWebToken::getSubject);
    }

    public String username() {
        return jwt().<String>map(t -> t.getClaim("preferred_username"))
                .orElseGet(() -> identity.isAnonymous() ? null : identity.getPrincipal().getName());
    }

    /** The display name, falling back to the username; citizens' real names are never shown to others. */
    public String displayName() {
        return jwt().<String>map(t -> t.getClaim("name")).filter(n -> !n.isBlank()).orElseGet(this::username);
    }

    public Optional<String> email() {
        return jwt().map(t -> t.getClaim("email"));
    }

    public Set<String> roles() {
        return new TreeSet<>(identity.getRoles());
    }

    /** Ids of the units this officer serves; empty for everyone who is not an officer. */
    public List<Long> unitIds() {
        if (unitIds == null) {
            unitIds = isAuthenticated() && hasRole(Roles.OFFICER) ? scopes.unitsOf(username(), Roles.OFFICER) : List.of();
        }
        return unitIds;
    }

    public boolean serves(long unitId) {
        return unitIds().contains(unitId);
    }

    private Optional<JsonWebToken> jwt() {
        if (identity.isAnonymous()) {
            return Optional.empty();
        }
        return identity.getPrincipal() instanceof JsonWebToken t ? Optional.of(t) : Optional.empty();
    }
}
