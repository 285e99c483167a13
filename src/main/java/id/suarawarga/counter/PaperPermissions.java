package id.suarawarga.counter;

import id.suarawarga.identity.CurrentUser;
import id.suarawarga.shared.security.Roles;
import id.suarawarga.shared.web.ProblemException;
import id.suarawarga.shared.web.ProblemType;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

/**
 * Who enters paper questionnaires: the officers of the service's unit and the admins of its regency (the operator
 * everywhere). A service is public, so another unit's is refused with 403; a batch is not, so someone outside its
 * unit and regency is told it does not exist (404, ADR 0019 point 4). Which of them may do which step (a different
 * person for the second entry, the typist for closing a single entry) is {@link PaperBatches}' rule.
 */
@RequestScoped
public class PaperPermissions {

    @Inject
    CurrentUser user;

    boolean mayEnter(long unitId, long regionId) {
        return (user.hasRole(Roles.OFFICER) && user.serves(unitId))
                || (user.hasRole(Roles.ADMIN) && user.actsAs(Roles.ADMIN, regionId));
    }

    boolean isRegionAdmin(long regionId) {
        return user.hasRole(Roles.ADMIN) && user.actsAs(Roles.ADMIN, regionId);
    }

    void requireService(long unitId, long regionId) {
        if (!mayEnter(unitId, regionId)) {
            throw new ProblemException(ProblemType.FORBIDDEN, "paper.officers-only");
        }
    }

    PaperBatch requireBatch(PaperBatch batch, long id) {
        if (batch == null || !mayEnter(batch.unitId, batch.regionId)) {
            throw ProblemException.notFound("paper.what.batch", id);
        }
        return batch;
    }
}
