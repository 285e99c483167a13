package id.suarawarga.privacy;

import id.suarawarga.identity.CurrentUser;
import id.suarawarga.shared.security.Roles;
import id.suarawarga.shared.web.PageRequest;
import id.suarawarga.shared.web.ProblemException;
import id.suarawarga.shared.web.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jboss.logging.Logger;

/**
 * A citizen's rights over their personal data (UU 27/2022): see and download everything the portal holds about
 * them ({@link #export}), and delete their account ({@link #delete}). What deletion keeps, and why, is in ADR 0011
 * and on the privacy page: posts keep their text under "deleted user", answers keep counting in the IKM and in
 * appraisal scores, detached from the person.
 */
@ApplicationScoped
public class PersonalDataService {

    private static final Logger LOG = Logger.getLogger(PersonalDataService.class);

    /** More rows of one kind than a person can make in years; a longer list is cut and says so. */
    static final int MAX_ROWS = PersonalDataRows.MAX_ROWS;

    @Inject
    EntityManager em;

    @Inject
    StaffAccessLog accessLog;

    @Inject
    KeycloakAdmin keycloak;

    /** Every feature's part: what it holds about a person and what a deletion does to it (ADR 0018). */
    @Inject
    @Any
    Instance<PersonalDataContributor> contributors;

    /** Everything the portal holds about one person, as downloaded. Lists of rows are column name → value. */
    public record PersonalData(Instant generatedAt, Map<String, Object> account, Map<String, Object> forumProfile,
            List<Map<String, Object>> forumThreads, List<Map<String, Object>> forumPosts,
            List<Map<String, Object>> forumPostEarlierVersions, List<Map<String, Object>> forumReactions,
            List<Map<String, Object>> feedback, List<Map<String, Object>> repliesToMyFeedback,
            List<Map<String, Object>> reportsFiled, List<Map<String, Object>> moderationSanctions,
            List<Map<String, Object>> notifications, List<Map<String, Object>> rateLimitCounters,
            long storedRequestAnswers, List<StaffAccessLog.Entry> staffAccessLog, boolean truncated) {
    }

    @Transactional
    public PersonalData export(CurrentUser user) {
        String sub = user.subject().orElseThrow();
        String username = user.username();
        Map<String, Object> account = new LinkedHashMap<>();
        account.put("subject", sub);
        account.put("username", username);
        account.put("name", user.displayName());
        account.put("email", user.email().orElse(null));
        account.put("roles", user.roles());
        account.put("officerUnitIds", user.unitIds());
        account.put("heldBy", "Keycloak (name, email, password); the portal keeps the rest listed here");
        PersonalDataContributor.Person person = new PersonalDataContributor.Person(sub, username);
        Map<String, Object> sections = new LinkedHashMap<>();
        for (PersonalDataContributor c : contributors) {
            sections.putAll(c.export(person));
        }
        var log = accessLog.of(sub, username, new PageRequest(0, MAX_ROWS));
        boolean truncated = sections.values().stream().anyMatch(v -> v instanceof List<?> l && l.size() >= MAX_ROWS)
                || log.total() > MAX_ROWS;
        return new PersonalData(Instant.now(), account, row(sections, "forumProfile"), rows(sections, "forumThreads"),
                rows(sections, "forumPosts"), rows(sections, "forumPostEarlierVersions"),
                rows(sections, "forumReactions"), rows(sections, "feedback"), rows(sections, "repliesToMyFeedback"),
                rows(sections, "reportsFiled"), rows(sections, "moderationSanctions"), rows(sections, "notifications"),
                rows(sections, "rateLimitCounters"),
                ((Number) sections.getOrDefault("storedRequestAnswers", 0L)).longValue(), log.items(), truncated);
    }

    /** A contributor's list section by its name in the download; none is an empty list. */
    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> rows(Map<String, Object> sections, String name) {
        return (List<Map<String, Object>>) sections.getOrDefault(name, List.of());
    }

    /** A contributor's one-row section (the forum profile); none is null. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> row(Map<String, Object> sections, String name) {
        return (Map<String, Object>) sections.get(name);
    }

    /**
     * Deletes the caller's account: detaches and removes their data in one transaction, then removes the Keycloak
     * account. Safe to repeat: a second call finds nothing left to detach and only retries Keycloak if needed.
     * Staff accounts are closed by an admin (their actions are official records).
     *
     * @throws ProblemException 503 when Keycloak could not remove the account; the portal's part is done and the
     *                          retention job (or a retry) removes the account later
     */
    public void delete(CurrentUser user) {
        for (String staff : List.of(Roles.OFFICER, Roles.MODERATOR, Roles.HR, Roles.ADMIN)) {
            if (user.hasRole(staff)) {
                throw new ProblemException(ProblemType.FORBIDDEN, "privacy.staff-closed-by-admin");
            }
        }
        String sub = user.subject().orElseThrow();
        detach(sub, user.username());
        removeFromKeycloak(sub);
    }

    /**
     * The portal's part of a deletion. One random token replaces the person in every row that stays, so rows of
     * one person still belong together (the appraisal's brigade rules group answers by author, and a frozen
     * snapshot must recompute to the same hash) while nothing links them to the person any more.
     */
    @Transactional
    void detach(String sub, String username) {
        String token = "deleted:" + UUID.randomUUID();
        PersonalDataContributor.Person person = new PersonalDataContributor.Person(sub, username);
        for (PersonalDataContributor c : contributors) {
            c.detach(person, token);
        }
        update("DELETE FROM personal_data_access WHERE citizen_sub = ?1 OR citizen_username = ?2", sub, username);
        update("INSERT INTO deleted_account (subject) VALUES (?1) ON DUPLICATE KEY UPDATE subject = subject", sub);
    }

    /** Removes the Keycloak account and records that it is gone; 503 when Keycloak cannot be reached. */
    void removeFromKeycloak(String sub) {
        try {
            keycloak.removeUser(sub);
        } catch (KeycloakAdmin.UnavailableException e) {
            LOG.warnf("Keycloak account of a deleted citizen not removed yet, will retry: %s", e.getMessage());
            throw new ProblemException(ProblemType.UNAVAILABLE, "privacy.deleted-keycloak-pending");
        }
        markRemoved(sub);
    }

    @Transactional
    void markRemoved(String sub) {
        update("UPDATE deleted_account SET keycloak_removed_at = NOW(6) WHERE subject = ?1 AND keycloak_removed_at IS NULL",
                sub);
    }

    private int update(String sql, Object... params) {
        return PersonalDataRows.update(em, sql, params);
    }
}
