package id.suarawarga.identity;

import id.suarawarga.catalogue.Region;
import id.suarawarga.catalogue.Unit;
import id.suarawarga.identity.StaffScopes.Scope;
import id.suarawarga.shared.security.Roles;
import id.suarawarga.shared.web.PageRequest;
import id.suarawarga.shared.web.PageResult;
import id.suarawarga.shared.web.ProblemException;
import id.suarawarga.shared.web.ProblemType;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Who may grant which staff scope (ADR 0019): an admin grants officer, counter, moderator and HR scopes inside
 * their own regions; only the operator grants admin scopes and works in every region. A unit or region outside
 * the caller's regions is answered as unknown (422 on a grant, nothing in a list), exactly like one that does not
 * exist, so that an admin of one regency learns nothing about another. Scopes the person holds elsewhere are
 * neither shown nor changed.
 */
@RequestScoped
public class StaffScopeGrants {

    private static final Pattern USERNAME = Pattern.compile("[A-Za-z0-9._@-]{1,255}");

    @Inject
    StaffScopes scopes;

    @Inject
    CurrentUser user;

    /** The caller's regions as an admin: null for the operator (every region). */
    public List<Long> adminRegions() {
        return user.regionsAs(Roles.ADMIN);
    }

    /** The person's scopes that the caller may see (those in the caller's regions). */
    @Transactional
    public List<Scope> of(String username) {
        checkUsername(username);
        return scopes.of(username, adminRegions());
    }

    /** Every scope in the caller's regions (or in one of them), optionally of one role, a page at a time. */
    @Transactional
    public PageResult<Scope> list(String regionCode, String role, PageRequest page) {
        if (role != null) {
            checkRole(role);
        }
        Collection<Long> regions = adminRegions();
        if (regionCode != null) {
            Long region = regionIn(regionCode, regions, "region");
            regions = List.of(region);
        }
        return scopes.list(role, regions, page);
    }

    /**
     * Replaces what the person holds in {@code role} inside the caller's regions: {@code unitIds} for officer and
     * counter, {@code regionCodes} for moderator, hr and admin; an empty list removes them.
     */
    @Transactional
    public List<Scope> replace(String username, String role, List<Long> unitIds, List<String> regionCodes,
            String reason) {
        checkUsername(username);
        checkRole(role);
        if (Roles.ADMIN.equals(role) && !user.isOperator()) {
            throw new ProblemException(ProblemType.FORBIDDEN, "identity.only-operator-grants-admins");
        }
        List<Long> regions = adminRegions();
        Map<Long, Long> targets = new LinkedHashMap<>();
        if (StaffScopes.unitRole(role)) {
            if (regionCodes != null && !regionCodes.isEmpty()) {
                throw ProblemException.invalid("regions", "identity.units-for-role", role);
            }
            for (Long id : unitIds == null ? List.<Long>of() : unitIds) {
                Unit unit = id == null || id <= 0 ? null : Unit.findById(id);
                if (unit == null || (regions != null && !regions.contains(unit.region.id))) {
                    throw ProblemException.invalid("unitIds", "identity.unknown-unit-id", id);
                }
                targets.put(id, unit.region.id);
            }
        } else {
            if (unitIds != null && !unitIds.isEmpty()) {
                throw ProblemException.invalid("unitIds", "identity.regions-for-role", role);
            }
            for (String code : regionCodes == null ? List.<String>of() : regionCodes) {
                Long id = regionIn(code, regions, "regions");
                targets.put(id, id);
            }
        }
        return scopes.replace(user.username(), username, role, targets, regions, reason);
    }

    private static Long regionIn(String code, Collection<Long> regions, String field) {
        Region region = code == null ? null : Region.findByCode(code).orElse(null);
        if (region == null || (regions != null && !regions.contains(region.id))) {
            throw ProblemException.invalid(field, "identity.unknown-region", code);
        }
        return region.id;
    }

    private static void checkRole(String role) {
        if (!StaffScopes.ROLES.contains(role)) {
            throw ProblemException.invalid("role", "identity.unknown-role", role);
        }
    }

    static void checkUsername(String username) {
        if (username == null || !USERNAME.matcher(username).matches()) {
            throw ProblemException.invalid("username", "identity.invalid-username");
        }
    }
}
