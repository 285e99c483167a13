package id.suarawarga.appraisal;

import id.suarawarga.appraisal.Periods.PeriodRow;
import id.suarawarga.identity.CurrentUser;
import id.suarawarga.shared.security.Roles;
import id.suarawarga.shared.web.ProblemException;
import id.suarawarga.shared.web.ProblemType;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;

/**
 * Who may see what of the appraisal: HR and admins everything; an officer only the draft and the objections of
 * a unit they serve, and only while that period's review window is open (never another unit's, whatever id they
 * guess). HR's and admins' reading of a unit's evidence, and every export, go to {@code appraisal_access_log}.
 */
@RequestScoped
public class AppraisalPermissions {

    @Inject
    CurrentUser user;

    @Inject
    EntityManager em;

    boolean isHr() {
        return user.hasRole(Roles.HR) || user.hasRole(Roles.ADMIN);
    }

    void requireDraftReader(PeriodRow period, long unitId, LocalDate today) {
        if (isHr()) {
            return;
        }
        if (user.hasRole(Roles.OFFICER) && user.serves(unitId) && period.reviewOpen(today)) {
            return;
        }
        throw forbidden();
    }

    void requireObjector(PeriodRow period, long unitId, LocalDate today) {
        requireDraftReader(period, unitId, today);
    }

    void logEvidenceView(long periodId, long unitId) {
        if (isHr()) {
            log("VIEW_EVIDENCE", periodId, unitId, null);
        }
    }

    void logExport(long periodId, String format) {
        log("EXPORT", periodId, null, format);
    }

    private void log(String action, long periodId, Long unitId, String detail) {
        em.createNativeQuery("""
                INSERT INTO appraisal_access_log (username, action, period_id, unit_id, detail) VALUES (?1, ?2, ?3, ?4, ?5)""")
                .setParameter(1, user.username()).setParameter(2, action).setParameter(3, periodId)
                .setParameter(4, unitId).setParameter(5, detail).executeUpdate();
    }

    private static ProblemException forbidden() {
        return new ProblemException(ProblemType.FORBIDDEN,
                "appraisal.draft-forbidden");
    }
}
