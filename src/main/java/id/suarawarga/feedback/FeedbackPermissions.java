package id.suarawarga.feedback;

import id.suarawarga.catalogue.Region;
import id.suarawarga.identity.CurrentUser;
import id.suarawarga.shared.security.Roles;
import id.suarawarga.shared.web.ProblemException;
import id.suarawarga.shared.web.ProblemType;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

/**
 * Who may read and answer feedback of a unit: the unit's own officers (never another unit's, whatever id they
 * guess), HR and admins of the unit's region (their staff scope; the operator everywhere) read; only the unit's
 * officers answer. A region's questionnaire versions are published by an admin of that region (the operator
 * everywhere); questionnaires are public, so another region's is refused with 403 (ADR 0019 point 4).
 */
@RequestScoped
public class FeedbackPermissions {

    @Inject
    CurrentUser user;

    public void requireReader(long unitId) {
        if (servesAsOfficer(unitId) || inRegionAs(Roles.ADMIN, unitId) || inRegionAs(Roles.HR, unitId)) {
            return;
        }
        throw forbidden();
    }

    public void requireResponder(long unitId) {
        if (!servesAsOfficer(unitId)) {
            throw forbidden();
        }
    }

    /** Improvement plans and service-user counts: the unit's officers or an admin of its region. */
    public void requireUnitEditor(long unitId) {
        if (!servesAsOfficer(unitId) && !inRegionAs(Roles.ADMIN, unitId)) {
            throw forbidden();
        }
    }

    public void requireQuestionnairePublisher(Region region) {
        if (!user.actsAs(Roles.ADMIN, region.id)) {
            throw new ProblemException(ProblemType.FORBIDDEN, "feedback.region-admin-only", region.code);
        }
    }

    private boolean inRegionAs(String role, long unitId) {
        if (!user.hasRole(role)) {
            return false;
        }
        return Region.idOfUnit(unitId).map(region -> user.actsAs(role, region)).orElse(false);
    }

    private boolean servesAsOfficer(long unitId) {
        return user.hasRole(Roles.OFFICER) && user.serves(unitId);
    }

    private static ProblemException forbidden() {
        return new ProblemException(ProblemType.FORBIDDEN, "feedback.officers-only");
    }
}
