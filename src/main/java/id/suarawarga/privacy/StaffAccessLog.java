package id.suarawarga.privacy;

import id.suarawarga.identity.CurrentUser;
import id.suarawarga.shared.persistence.Rows;
import id.suarawarga.shared.security.Roles;
import id.suarawarga.shared.web.PageRequest;
import id.suarawarga.shared.web.PageResult;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The log of staff access to citizens' personal data (UU 27/2022; a breach must be reported within 3 × 24 hours,
 * which needs to know who saw what). What counts as access (docs/api.md, "Personal data"): a screen or API answer
 * that shows staff a citizen's identity (their name) next to what the citizen wrote — an officer's, HR's or an
 * admin's list of a unit's feedback or comments awaiting a reply, and the comments of an appraisal drill-down.
 * Anonymous answers show no identity and are not logged; nor are a citizen's own views of their own data.
 * One row per citizen shown and screen; the citizen reads their rows at {@code GET /api/v1/me/access-log}.
 */
@ApplicationScoped
public class StaffAccessLog {

    /** What was seen. */
    public enum What {
        /** An SKM answer or rating with its author's name (and comment, if any). */
        FEEDBACK
    }

    /** One citizen as the row shown knows them (either may be null on old rows, never both). */
    public record Citizen(String subject, String username, long objectId) {
    }

    /** One entry as the citizen sees it. */
    public record Entry(long id, Instant at, String staffUsername, String staffRole, String what, Long objectId,
            String screen) {
    }

    @Inject
    EntityManager em;

    @Inject
    CurrentUser user;

    /** Logs that the caller (staff) was shown these citizens on {@code screen}; repeats of one citizen count once. */
    @Transactional
    public void shown(What what, String screen, Collection<Citizen> citizens) {
        Set<String> seen = new LinkedHashSet<>();
        String role = staffRole();
        for (Citizen c : citizens) {
            if ((c.subject() == null && c.username() == null) || !seen.add(c.subject() + "|" + c.username())) {
                continue;
            }
            em.createNativeQuery("""
                    INSERT INTO personal_data_access (citizen_sub, citizen_username, staff_username, staff_role, what,
                                                      object_id, screen)
                    VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)""")
                    .setParameter(1, c.subject()).setParameter(2, c.username()).setParameter(3, user.username())
                    .setParameter(4, role).setParameter(5, what.name()).setParameter(6, c.objectId())
                    .setParameter(7, screen).executeUpdate();
        }
    }

    /** The caller's own log, newest first. */
    @Transactional
    public PageResult<Entry> of(String subject, String username, PageRequest page) {
        List<Entry> rows = Rows.list(em, """
                SELECT id, at, staff_username, staff_role, what, object_id, screen FROM personal_data_access
                WHERE citizen_sub = ?1 OR citizen_username = ?2 ORDER BY id DESC LIMIT ?3 OFFSET ?4""",
                r -> new Entry(r.lng("id"), r.instant("at"), r.string("staff_username"), r.string("staff_role"),
                        r.string("what"), r.lng("object_id"), r.string("screen")),
                subject, username, page.size(), page.offset());
        long total = ((Number) em.createNativeQuery("""
                SELECT COUNT(*) FROM personal_data_access WHERE citizen_sub = ?1 OR citizen_username = ?2""")
                .setParameter(1, subject).setParameter(2, username).getSingleResult()).longValue();
        return new PageResult<>(rows, page.page(), page.size(), total);
    }

    /** The staff role the caller acted in: the most powerful one they hold. */
    private String staffRole() {
        for (String r : List.of(Roles.ADMIN, Roles.HR, Roles.MODERATOR, Roles.OFFICER)) {
            if (user.hasRole(r)) {
                return r;
            }
        }
        return Roles.CITIZEN;
    }
}
