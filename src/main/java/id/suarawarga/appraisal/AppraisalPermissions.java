package id.suarawarga.appraisal;

import id.suarawarga.appraisal.Periods.PeriodRow;
import id.suarawarga.catalogue.Region;
import id.suarawarga.catalogue.Unit;
import id.suarawarga.identity.CurrentUser;
import id.suarawarga.shared.security.Roles;
import id.suarawarga.shared.web.ProblemException;
import id.suarawarga.shared.web.ProblemType;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Who may see and do what of the appraisal, per regency (issue 15, ADR 0019). HR (BKPSDM) and admins act only in
 * the regions of their {@code hr} or {@code admin} scope, the operator everywhere; a period with no region (a
 * portal-wide period from before V10) is the operator's only. An officer reads the draft and objects only for a
 * unit they serve, in a period of that unit's region, while its review window is open; a moderator reinstates
 * excluded answers in the regions they moderate. A period, objection or exclusion outside the caller's regions does
 * not exist for them (404), exactly as an unknown id; the units themselves are public, so recording the head of
 * unit's NIP of another region's unit is refused (403). HR's and admins' reading of a unit's evidence, and every
 * export, go to {@code appraisal_access_log}.
 */
@RequestScoped
public class AppraisalPermissions {

    @Inject
    CurrentUser user;

    @Inject
    EntityManager em;

    private Collection<Unit.Facts> officerUnits;

    /** Holds a role that reads periods (HR or admin), wherever it applies. */
    boolean isHr() {
        return user.hasRole(Roles.HR) || user.hasRole(Roles.ADMIN);
    }

    /** The regions where the caller acts as HR or admin: null for every region (the operator). */
    List<Long> hrRegions() {
        List<Long> hr = user.regionsAs(Roles.HR);
        List<Long> admin = user.regionsAs(Roles.ADMIN);
        if (hr == null || admin == null) {
            return null;
        }
        Set<Long> all = new LinkedHashSet<>(hr);
        all.addAll(admin);
        return new ArrayList<>(all);
    }

    /** The caller's HR regions with their codes and names, in code order (the new-period form's choices). */
    List<Region> hrRegionChoices() {
        List<Long> in = hrRegions();
        if (in == null) {
            return Region.list("order by code");
        }
        return List.copyOf(Region.byIdsInCodeOrder(in).values());
    }

    /** Whether the caller acts as HR or admin for a period of {@code regionId} (null: a portal-wide period). */
    boolean hrIn(Long regionId) {
        if (regionId == null) {
            return user.isOperator();
        }
        List<Long> in = hrRegions();
        return in == null || in.contains(regionId);
    }

    /** HR's or an admin's period: 404 for a period of another region, as for one that does not exist. */
    void requireHr(PeriodRow period) {
        if (!hrIn(period.regionId())) {
            throw periodNotFound(period.id());
        }
    }

    /** The region a new period is created in: one of the caller's HR regions (403 for a region outside them). */
    void requireHrRegion(long regionId) {
        if (!hrIn(regionId)) {
            throw new ProblemException(ProblemType.FORBIDDEN, "appraisal.region-forbidden");
        }
    }

    /** Recording the head of unit's NIP: HR of the unit's region (units are public, so 403 elsewhere). */
    void requireHeadNipRecorder(long regionId) {
        if (!hrIn(regionId)) {
            throw new ProblemException(ProblemType.FORBIDDEN, "appraisal.region-forbidden");
        }
    }

    /** The units the caller serves as an officer, with their regions (none without the officer role). */
    Collection<Unit.Facts> officerUnits() {
        if (officerUnits == null) {
            officerUnits = user.hasRole(Roles.OFFICER) ? Unit.factsOf(user.unitIds()).values() : List.of();
        }
        return officerUnits;
    }

    /** The regions of the units the caller serves as an officer (where their drafts can be). */
    Set<Long> officerRegions() {
        Set<Long> regions = new LinkedHashSet<>();
        officerUnits().forEach(u -> regions.add(u.regionId()));
        return regions;
    }

    void requireDraftReader(PeriodRow period, long unitId, LocalDate today) {
        if (hrIn(period.regionId())) {
            return;
        }
        if (period.regionId() == null || !officerRegions().contains(period.regionId())) {
            throw periodNotFound(period.id());
        }
        boolean ownUnit = user.serves(unitId)
                && Region.idOfUnit(unitId).map(r -> r.equals(period.regionId())).orElse(false);
        if (ownUnit && period.reviewOpen(today)) {
            return;
        }
        throw forbidden();
    }

    void requireObjector(PeriodRow period, long unitId, LocalDate today) {
        requireDraftReader(period, unitId, today);
    }

    /** Reinstating an exclusion: HR or admin of the period's region, or its moderator; 404 for anyone else. */
    void requireReinstater(PeriodRow period, long exclusionId) {
        boolean moderator = period.regionId() != null && user.hasRole(Roles.MODERATOR)
                && user.actsAs(Roles.MODERATOR, period.regionId());
        if (!hrIn(period.regionId()) && !moderator) {
            throw ProblemException.notFound("appraisal.what.exclusion", exclusionId);
        }
    }

    void logEvidenceView(PeriodRow period, long unitId) {
        if (hrIn(period.regionId())) {
            log("VIEW_EVIDENCE", period.id(), unitId, null);
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

    static ProblemException periodNotFound(long id) {
        return ProblemException.notFound("appraisal.what.period", id);
    }

    private static ProblemException forbidden() {
        return new ProblemException(ProblemType.FORBIDDEN,
                "appraisal.draft-forbidden");
    }
}
