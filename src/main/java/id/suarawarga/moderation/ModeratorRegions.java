package id.suarawarga.moderation;

import id.suarawarga.identity.CurrentUser;
import id.suarawarga.shared.security.Roles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * Which regions a moderator moderates: kept in the portal ({@code moderator_region}), keyed by Keycloak username
 * like officers' units (ADR 0002). The {@code moderator} role itself is granted in Keycloak.
 */
@ApplicationScoped
public class ModeratorRegions {

    @Inject
    EntityManager em;

    public List<Long> of(String username) {
        @SuppressWarnings("unchecked")
        List<Number> ids = em.createNativeQuery("SELECT region_id FROM moderator_region WHERE username = ?1 ORDER BY region_id")
                .setParameter(1, username).getResultList();
        return ids.stream().map(Number::longValue).toList();
    }

    /** Regions the caller moderates: null for admins (everywhere), empty for everyone else who is not a moderator. */
    public List<Long> moderatedBy(CurrentUser user) {
        if (user.isAdmin()) {
            return null;
        }
        return user.hasRole(Roles.MODERATOR) ? of(user.username()) : List.of();
    }

    /** Replaces the moderator's regions; the caller (an admin) is in a transaction that also writes the audit entry. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void replace(String username, List<Long> regionIds) {
        em.createNativeQuery("DELETE FROM moderator_region WHERE username = ?1").setParameter(1, username).executeUpdate();
        for (Long id : regionIds) {
            em.createNativeQuery("INSERT INTO moderator_region (username, region_id) VALUES (?1, ?2)")
                    .setParameter(1, username).setParameter(2, id).executeUpdate();
        }
    }

    public boolean moderates(CurrentUser user, long regionId) {
        List<Long> regions = moderatedBy(user);
        return regions == null || regions.contains(regionId);
    }
}
