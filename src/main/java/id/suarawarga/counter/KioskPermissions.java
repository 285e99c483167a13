package id.suarawarga.counter;

import id.suarawarga.identity.CurrentUser;
import id.suarawarga.shared.security.Roles;
import id.suarawarga.shared.web.ProblemException;
import id.suarawarga.shared.web.ProblemType;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

/**
 * Who pairs, lists and revokes a unit's kiosks: its officers and its regency's admins (the operator everywhere).
 * A unit is public, so another unit's is refused with 403; a kiosk is not, so outside its unit and regency it does
 * not exist (404, ADR 0019 point 4).
 */
@RequestScoped
public class KioskPermissions {

    @Inject
    CurrentUser user;

    boolean mayManage(long unitId, long regionId) {
        return (user.hasRole(Roles.OFFICER) && user.serves(unitId))
                || (user.hasRole(Roles.ADMIN) && user.actsAs(Roles.ADMIN, regionId));
    }

    void requireUnit(long unitId, long regionId) {
        if (!mayManage(unitId, regionId)) {
            throw new ProblemException(ProblemType.FORBIDDEN, "kiosk.staff-only");
        }
    }

    Kiosk requireKiosk(Kiosk kiosk, long id) {
        if (kiosk == null || !mayManage(kiosk.unitId, kiosk.regionId)) {
            throw ProblemException.notFound("kiosk.what.kiosk", id);
        }
        return kiosk;
    }
}
