package id.suarawarga.identity;

import id.suarawarga.catalogue.Region;
import id.suarawarga.catalogue.Unit;
import id.suarawarga.shared.audit.AuditLog;
import id.suarawarga.shared.persistence.Rows;
import id.suarawarga.shared.security.Roles;
import id.suarawarga.shared.web.PageRequest;
import id.suarawarga.shared.web.PageResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Where each staff role applies (issue 15, ADR 0019): the units an officer or a counter device serves, the regions
 * a moderator, an HR officer (BKPSDM) or an admin works for. One table ({@code staff_scope}), one service, every
 * change audited in each region it touches (who, what before and after, why). The roles themselves are granted in
 * Keycloak; a role without a scope here applies nowhere. The portal operator ({@link Roles#OPERATOR}) needs no
 * scope: it is the one role above regions.
 */
@ApplicationScoped
public class StaffScopes {

    /** The audit action and target type of a scope change. */
    public static final String AUDIT_ACTION = "set-staff-scope";
    public static final String AUDIT_TARGET = "staff";

    /** Roles scoped to units; every other staff role is scoped to regions. */
    public static final Set<String> UNIT_ROLES = Set.of(Roles.OFFICER, Roles.COUNTER);
    public static final List<String> ROLES = List.of(Roles.OFFICER, Roles.COUNTER, Roles.MODERATOR, Roles.HR, Roles.ADMIN);

    @Inject
    EntityManager em;

    @Inject
    AuditLog audit;

    /** One scope of one person: a unit or a region ({@code regionId} is the unit's region for unit roles). */
    public record Scope(String username, String role, Long unitId, long regionId, String grantedBy, String reason,
            Instant grantedAt) {
    }

    public static boolean unitRole(String role) {
        return UNIT_ROLES.contains(role);
    }

    /** The units {@code username} serves in {@code role} (officer, counter). */
    public List<Long> unitsOf(String username, String role) {
        return Rows.list(em, "SELECT unit_id FROM staff_scope WHERE username = ?1 AND role = ?2 ORDER BY unit_id",
                r -> r.lng("unit_id"), username, role);
    }

    /** The regions {@code username} works for in {@code role} (moderator, hr, admin). */
    public List<Long> regionsOf(String username, String role) {
        return Rows.list(em, "SELECT region_id FROM staff_scope WHERE username = ?1 AND role = ?2 ORDER BY region_id",
                r -> r.lng("region_id"), username, role);
    }

    /** Everything {@code username} is scoped to, in the given regions only (every region when null). */
    public List<Scope> of(String username, Collection<Long> inRegions) {
        return select("s.username = :username", Map.of("username", username), inRegions, PageRequest.first(500)).items();
    }

    /** The scopes in these regions (every region when null), optionally of one role, a page at a time. */
    public PageResult<Scope> list(String role, Collection<Long> inRegions, PageRequest page) {
        return role == null ? select(null, Map.of(), inRegions, page)
                : select("s.role = :role", Map.of("role", role), inRegions, page);
    }

    /**
     * Replaces what {@code username} holds in {@code role} within {@code inRegions} (every region when null) with
     * {@code targets}: unit id → its region for unit roles, region id → itself otherwise (the caller has checked
     * that they lie in those regions). Scopes in other regions stay as they are. Each region whose scope changes
     * gets one audit entry.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<Scope> replace(String actor, String username, String role, Map<Long, Long> targets,
            Collection<Long> inRegions, String reason) {
        List<Scope> before = of(username, inRegions).stream().filter(s -> s.role().equals(role)).toList();
        Set<Long> wanted = new LinkedHashSet<>(targets.keySet());
        Set<Long> had = before.stream().map(s -> target(s)).collect(Collectors.toCollection(LinkedHashSet::new));
        for (Scope s : before) {
            if (!wanted.contains(target(s))) {
                em.createNativeQuery("DELETE FROM staff_scope WHERE username = ?1 AND role = ?2 AND target_id = ?3")
                        .setParameter(1, username).setParameter(2, role).setParameter(3, target(s)).executeUpdate();
            }
        }
        for (Long id : wanted) {
            if (!had.contains(id)) {
                String sql = unitRole(role)
                        ? "INSERT INTO staff_scope (username, role, unit_id, region_id, granted_by, reason)"
                                + " VALUES (:username, :role, :target, :region, :actor, :reason)"
                        : "INSERT INTO staff_scope (username, role, region_id, granted_by, reason)"
                                + " VALUES (:username, :role, :region, :actor, :reason)";
                var insert = em.createNativeQuery(sql).setParameter("username", username).setParameter("role", role)
                        .setParameter("region", targets.get(id)).setParameter("actor", actor)
                        .setParameter("reason", reason == null ? "" : reason);
                if (unitRole(role)) {
                    insert.setParameter("target", id);
                }
                insert.executeUpdate();
            }
        }
        List<Scope> after = of(username, inRegions).stream().filter(s -> s.role().equals(role)).toList();
        Map<Long, List<Scope>> beforeByRegion = byRegion(before);
        Map<Long, List<Scope>> afterByRegion = byRegion(after);
        Set<Long> regions = new TreeSet<>(beforeByRegion.keySet());
        regions.addAll(afterByRegion.keySet());
        for (Long region : regions) {
            String b = describe(role, beforeByRegion.getOrDefault(region, List.of()));
            String a = describe(role, afterByRegion.getOrDefault(region, List.of()));
            if (!a.equals(b)) {
                audit.append(actor, AUDIT_ACTION, AUDIT_TARGET, username, region, reason, b, a);
            }
        }
        return after;
    }

    /** The regions of these units (for a unit role's audit entries and scope checks). */
    public static Map<Long, Long> regionsOfUnits(Collection<Long> unitIds) {
        Map<Long, Long> out = new TreeMap<>();
        for (Long id : unitIds) {
            Unit u = Unit.findById(id);
            if (u != null) {
                out.put(id, u.region.id);
            }
        }
        return out;
    }

    private PageResult<Scope> select(String where, Map<String, Object> params, Collection<Long> inRegions,
            PageRequest page) {
        if (inRegions != null && inRegions.isEmpty()) {
            return new PageResult<>(List.of(), page.page(), page.size(), 0);
        }
        List<String> conditions = new ArrayList<>();
        if (where != null) {
            conditions.add(where);
        }
        if (inRegions != null) {
            conditions.add("s.region_id IN (:regions)");
        }
        String from = " FROM staff_scope s"
                + (conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions));
        var q = Rows.query(em, "SELECT s.username, s.role, s.unit_id, s.region_id AS region,"
                + " s.granted_by, s.reason, s.created_at" + from
                + " ORDER BY s.username, FIELD(s.role, 'admin', 'hr', 'moderator', 'officer', 'counter'), region, s.unit_id"
                + " LIMIT :size OFFSET :offset");
        var c = em.createNativeQuery("SELECT COUNT(*)" + from);
        params.forEach((k, v) -> {
            q.setParameter(k, v);
            c.setParameter(k, v);
        });
        if (inRegions != null) {
            q.setParameter("regions", inRegions);
            c.setParameter("regions", inRegions);
        }
        List<Scope> items = Rows.list(q.setParameter("size", page.size()).setParameter("offset", page.offset()),
                r -> new Scope(r.string("username"), r.string("role"), r.lng("unit_id"), r.lng("region"),
                        r.string("granted_by"), r.string("reason"), r.instant("created_at")));
        return new PageResult<>(items, page.page(), page.size(), ((Number) c.getSingleResult()).longValue());
    }

    private static long target(Scope s) {
        return s.unitId() != null ? s.unitId() : s.regionId();
    }

    private static Map<Long, List<Scope>> byRegion(List<Scope> scopes) {
        return scopes.stream().collect(Collectors.groupingBy(Scope::regionId, TreeMap::new, Collectors.toList()));
    }

    /** A scope as the audit log shows it: the role and the codes of its units or regions. */
    private static String describe(String role, List<Scope> scopes) {
        return role + (unitRole(role) ? " units=" : " regions=") + scopes.stream()
                .map(s -> s.unitId() != null ? ((Unit) Unit.findById(s.unitId())).code
                        : ((Region) Region.findById(s.regionId())).code)
                .sorted().collect(Collectors.joining(",", "[", "]"));
    }
}
