package id.suarawarga.privacy;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;

/**
 * Deletes personal data whose period in {@link RetentionConfig} has run out, once a day, and removes the Keycloak
 * accounts of deletions that Keycloak could not confirm at the time. Every statement deletes by an indexed time
 * column; running it twice, or on two app instances at once, deletes nothing more.
 */
@ApplicationScoped
public class RetentionJob {

    private static final Logger LOG = Logger.getLogger(RetentionJob.class);

    @Inject
    EntityManager em;

    @Inject
    RetentionConfig retention;

    @Inject
    PersonalDataService personalData;

    /** Every feature's part: what of it expires (ADR 0018). */
    @Inject
    @Any
    Instance<PersonalDataContributor> contributors;

    @Scheduled(cron = "{suarawarga.retention.cron}", identity = "retention-purge",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void nightly() {
        retryKeycloakRemovals();
        Map<String, Integer> purged = purge();
        LOG.infof("Retention purge: %s", purged);
    }

    /** Deletes what has expired; answers how many rows went, per kind. */
    @Transactional
    public Map<String, Integer> purge() {
        Map<String, Integer> purged = new LinkedHashMap<>();
        for (PersonalDataContributor c : contributors) {
            purged.putAll(c.purge(retention));
        }
        purged.put("personal_data_access", PersonalDataRows.olderThan(em,
                "DELETE FROM personal_data_access WHERE at < ?1", retention.staffAccessLog()));
        purged.put("deleted_account", PersonalDataRows.olderThan(em, """
                DELETE FROM deleted_account WHERE keycloak_removed_at IS NOT NULL AND keycloak_removed_at < ?1""",
                retention.deletedAccounts()));
        return purged;
    }

    /** Deletions whose Keycloak account is still there (Keycloak was down): try again. */
    @ActivateRequestContext
    public int retryKeycloakRemovals() {
        @SuppressWarnings("unchecked")
        List<String> pending = em.createNativeQuery(
                "SELECT subject FROM deleted_account WHERE keycloak_removed_at IS NULL ORDER BY deleted_at LIMIT 100")
                .getResultList();
        int removed = 0;
        for (String subject : pending) {
            try {
                personalData.removeFromKeycloak(subject);
                removed++;
            } catch (RuntimeException e) {
                LOG.warnf("Keycloak account of a deleted citizen still not removed: %s", e.getMessage());
                break; // Keycloak is down: the next run tries again
            }
        }
        return removed;
    }
}
