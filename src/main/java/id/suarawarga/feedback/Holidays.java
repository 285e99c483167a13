package id.suarawarga.feedback;

import id.suarawarga.catalogue.Region;
import id.suarawarga.identity.CurrentUser;
import id.suarawarga.shared.audit.AuditLog;
import id.suarawarga.shared.persistence.Rows;
import id.suarawarga.shared.persistence.Rows.Row;
import id.suarawarga.shared.security.Roles;
import id.suarawarga.shared.web.PageRequest;
import id.suarawarga.shared.web.PageResult;
import id.suarawarga.shared.web.ProblemException;
import id.suarawarga.shared.web.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Days that are not working days for the response clock (<em>hari libur</em>, {@link id.suarawarga.feedback.skm.WorkingDays}):
 * national ones (the configured {@code suarawarga.feedback.holidays} and rows without a region) and each regency's
 * own (issue 15). The operator adds national holidays; a regional admin their regions' holidays. Another region's
 * holiday is not this admin's: it answers 404, as if it did not exist (ADR 0019).
 */
@ApplicationScoped
public class Holidays {

    /** The audit actions and target type of holiday changes (issue 15: audited like staff-scope changes). */
    public static final String AUDIT_ADDED = "add-holiday";
    public static final String AUDIT_REMOVED = "remove-holiday";
    public static final String AUDIT_TARGET = "holiday";

    @Inject
    EntityManager em;

    @Inject
    AuditLog audit;

    /** National holidays (ISO dates) that do not count as working days: the defaults before any row is added. */
    @ConfigProperty(name = "suarawarga.feedback.holidays", defaultValue = "2026-12-25")
    Set<LocalDate> configured;

    /** One holiday: {@code regionCode} null for a national one; {@code id} null for a configured one. */
    public record Holiday(Long id, LocalDate day, String name, String regionCode, String regionName) {
        public boolean national() {
            return regionCode == null;
        }
    }

    /** National holidays plus each given region's own, by region id (each region has an entry). */
    @Transactional
    public Map<Long, Set<LocalDate>> forRegions(Collection<Long> regionIds) {
        Set<LocalDate> national = new HashSet<>(configured);
        Map<Long, Set<LocalDate>> out = new HashMap<>();
        regionIds.forEach(id -> out.put(id, new HashSet<>()));
        String sql = "SELECT region_id, day FROM holiday WHERE region_id IS NULL"
                + (regionIds.isEmpty() ? "" : " OR region_id IN (:regions)");
        var q = Rows.query(em, sql);
        if (!regionIds.isEmpty()) {
            q.setParameter("regions", List.copyOf(regionIds));
        }
        Rows.list(q, r -> {
            Long region = r.lng("region_id");
            (region == null ? national : out.get(region)).add(r.date("day"));
            return null;
        });
        out.values().forEach(s -> s.addAll(national));
        return out;
    }

    /** National holidays plus the region's own. */
    public Set<LocalDate> forRegion(long regionId) {
        return forRegions(List.of(regionId)).get(regionId);
    }

    /**
     * The holidays an admin sees: the national ones (configured first, then added) and those of {@code regions}
     * (null = every region, for the operator), by day, newest first.
     */
    @Transactional
    public PageResult<Holiday> list(List<Long> regions, PageRequest page) {
        String where = regions == null ? "" : regions.isEmpty() ? " WHERE h.region_id IS NULL"
                : " WHERE h.region_id IS NULL OR h.region_id IN (:regions)";
        var q = Rows.query(em, "SELECT h.id, h.day, h.name, h.region_id FROM holiday h" + where
                + " ORDER BY h.day DESC, h.id DESC LIMIT :size OFFSET :offset");
        var count = em.createNativeQuery("SELECT COUNT(*) FROM holiday h" + where);
        if (regions != null && !regions.isEmpty()) {
            q.setParameter("regions", regions);
            count.setParameter("regions", regions);
        }
        List<Row> found = Rows.list(q.setParameter("size", page.size()).setParameter("offset", page.offset()), r -> r);
        Map<Long, Region> names = Region.byIds(found.stream().map(r -> r.lng("region_id")).filter(Objects::nonNull)
                .collect(Collectors.toSet()));
        List<Holiday> rows = found.stream().map(r -> holiday(r, names)).toList();
        long total = ((Number) count.getSingleResult()).longValue();
        return new PageResult<>(rows, page.page(), page.size(), total);
    }

    /** The configured national holidays, by day (they are changed in configuration, not on the page). */
    public List<LocalDate> configured() {
        return List.copyOf(new TreeSet<>(configured));
    }

    /**
     * Adds a holiday: national ({@code regionCode} null or blank) by the operator only; a region's by an admin of
     * that region. The same day twice in one place is refused.
     */
    @Transactional
    public Holiday add(String regionCode, LocalDate day, String name, CurrentUser user) {
        Region region = null;
        if (regionCode != null && !regionCode.isBlank()) {
            region = Region.findByCode(regionCode.trim())
                    .orElseThrow(() -> ProblemException.invalid("region", "feedback.holiday-unknown-region"));
            if (!user.actsAs(Roles.ADMIN, region.id)) {
                throw new ProblemException(ProblemType.FORBIDDEN, "feedback.holiday-region-admin-only", region.code);
            }
        } else if (!user.isOperator()) {
            throw new ProblemException(ProblemType.FORBIDDEN, "feedback.holiday-operator-only");
        }
        if (day == null) {
            throw ProblemException.invalid("day", "feedback.holiday-day-required");
        }
        if (name == null || name.isBlank()) {
            throw ProblemException.invalid("name", "feedback.holiday-name-required");
        }
        if (name.trim().length() > 150) {
            throw ProblemException.invalid("name", "feedback.holiday-name-too-long");
        }
        Long regionId = region == null ? null : region.id;
        var sameDay = em.createNativeQuery("SELECT COUNT(*) FROM holiday WHERE day = ?1 AND "
                + (regionId == null ? "region_id IS NULL" : "region_id = ?2")).setParameter(1, day);
        if (regionId != null) {
            sameDay.setParameter(2, regionId);
        }
        Number same = (Number) sameDay.getSingleResult();
        if (same.longValue() > 0 || (regionId == null && configured.contains(day))) {
            throw ProblemException.conflict("feedback.holiday-day-taken", "day");
        }
        em.createNativeQuery("INSERT INTO holiday (region_id, day, name, created_by) VALUES (?1, ?2, ?3, ?4)")
                .setParameter(1, regionId).setParameter(2, day).setParameter(3, name.trim())
                .setParameter(4, user.username()).executeUpdate();
        long id = ((Number) em.createNativeQuery("SELECT LAST_INSERT_ID()").getSingleResult()).longValue();
        Holiday added = get(id, user);
        audit(user, AUDIT_ADDED, added, regionId, null, describe(added));
        return added;
    }

    /** One holiday the caller may manage: a national one (the operator's) or one of their regions'; else 404. */
    @Transactional
    public Holiday get(long id, CurrentUser user) {
        Row row = Rows.first(em, "SELECT id, day, name, region_id FROM holiday WHERE id = ?1", r -> r, id)
                .filter(r -> r.lng("region_id") == null || user.actsAs(Roles.ADMIN, r.lng("region_id"))).orElse(null);
        Holiday h = row == null ? null : holiday(row, Region.byIds(row.lng("region_id") == null ? List.of()
                : List.of(row.lng("region_id"))));
        if (h == null) {
            throw ProblemException.notFound("feedback.what.holiday", id);
        }
        return h;
    }

    private static Holiday holiday(Row r, Map<Long, Region> regions) {
        Region region = r.lng("region_id") == null ? null : regions.get(r.lng("region_id"));
        return new Holiday(r.lng("id"), r.date("day"), r.string("name"), region == null ? null : region.code,
                region == null ? null : region.name);
    }

    /** Deletes a holiday: a national one by the operator only (403 for a regional admin, who sees it listed). */
    @Transactional
    public void delete(long id, CurrentUser user) {
        Holiday h = get(id, user);
        if (h.national() && !user.isOperator()) {
            throw new ProblemException(ProblemType.FORBIDDEN, "feedback.holiday-operator-only");
        }
        em.createNativeQuery("DELETE FROM holiday WHERE id = ?1").setParameter(1, id).executeUpdate();
        audit(user, AUDIT_REMOVED, h, h.national() ? null : Region.findByCode(h.regionCode()).map(r -> r.id).orElse(null),
                describe(h), null);
    }

    /**
     * One audit entry per change, in the holiday's region (none for a national one, which only portal-wide readers
     * of the log see): who, when (the entry's time), the day and name before and after. The form asks for no
     * separate reason, so the reason is the holiday's name (why the day is off).
     */
    private void audit(CurrentUser user, String action, Holiday h, Long regionId, String before, String after) {
        audit.append(user.username(), action, AUDIT_TARGET, Long.toString(h.id()), regionId, h.name(), before, after);
    }

    /** A holiday as the audit log shows it: {@code 2090-01-01 1708 Hari jadi} ({@code national} without a region). */
    private static String describe(Holiday h) {
        return h.day() + " " + (h.national() ? "national" : h.regionCode()) + " " + h.name();
    }
}
