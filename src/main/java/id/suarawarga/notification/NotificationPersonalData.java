package id.suarawarga.notification;

import id.suarawarga.privacy.PersonalDataContributor;
import id.suarawarga.privacy.PersonalDataRows;
import id.suarawarga.privacy.RetentionConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Map;

/** A person's notifications: in their download, deleted with their account, and deleted when they expire. */
@ApplicationScoped
public class NotificationPersonalData implements PersonalDataContributor {

    @Inject
    EntityManager em;

    @Override
    public Map<String, Object> export(Person person) {
        return Map.of("notifications", PersonalDataRows.list(em, """
                SELECT id, kind, thread_id, post_id, subject, reason, created_at, read_at FROM notification
                WHERE username = ?1 ORDER BY id""", person.username()));
    }

    @Override
    public void detach(Person person, String token) {
        if (person.username() != null) {
            PersonalDataRows.update(em, "DELETE FROM notification WHERE username = ?1", person.username());
        }
    }

    @Override
    public Map<String, Integer> purge(RetentionConfig retention) {
        return Map.of("notification", PersonalDataRows.olderThan(em, "DELETE FROM notification WHERE created_at < ?1",
                retention.notifications()));
    }
}
