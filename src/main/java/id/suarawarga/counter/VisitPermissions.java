package id.suarawarga.counter;

import id.suarawarga.identity.CurrentUser;
import id.suarawarga.identity.StaffScopes;
import id.suarawarga.shared.security.Roles;
import id.suarawarga.shared.web.ProblemException;
import id.suarawarga.shared.web.ProblemType;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

/**
 * Who creates visit codes for a service: the officers of its unit, a queue machine ({@code counter} client) scoped
 * to its unit, and the admins of its regency (the operator everywhere). A service is public, so another unit's is
 * refused with 403. Answering a code needs no account at all: holding the code is the permission.
 */
@RequestScoped
public class VisitPermissions {

    @Inject
    CurrentUser user;

    @Inject
    StaffScopes scopes;

    boolean mayCreate(long unitId, long regionId) {
        return (user.hasRole(Roles.OFFICER) && user.serves(unitId))
                || (user.hasRole(Roles.COUNTER) && scopes.unitsOf(user.username(), Roles.COUNTER).contains(unitId))
                || (user.hasRole(Roles.ADMIN) && user.actsAs(Roles.ADMIN, regionId));
    }

    void requireService(long unitId, long regionId) {
        if (!mayCreate(unitId, regionId)) {
            throw new ProblemException(ProblemType.FORBIDDEN, "visit.staff-only");
        }
    }
}
