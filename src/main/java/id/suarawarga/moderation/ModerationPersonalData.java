package id.suarawarga.moderation;

import id.suarawarga.privacy.PersonalDataContributor;
import id.suarawarga.privacy.PersonalDataRows;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What moderation holds about a person (reports they filed, sanctions on them), and what their deletion does:
 * both stay as records of what moderators decided, detached from the person (ADR 0011).
 */
@ApplicationScoped
public class ModerationPersonalData implements PersonalDataContributor {

    @Inject
    EntityManager em;

    @Override
    public Map<String, Object> export(Person person) {
        Map<String, Object> sections = new LinkedHashMap<>();
        sections.put("reportsFiled", PersonalDataRows.list(em, """
                SELECT id, target_type, target_id, region_id, reason, text, status, created_at, decided_at
                FROM moderation_report WHERE reporter = ?1 ORDER BY id""", person.username()));
        sections.put("moderationSanctions", PersonalDataRows.list(em, """
                SELECT id, kind, until_at, reason, created_at FROM moderation_sanction WHERE username = ?1 ORDER BY id""",
                person.username()));
        return sections;
    }

    @Override
    public void detach(Person person, String token) {
        if (person.username() == null) {
            return;
        }
        PersonalDataRows.update(em, "UPDATE moderation_report SET reporter = ?1 WHERE reporter = ?2", token,
                person.username());
        PersonalDataRows.update(em, "UPDATE moderation_sanction SET username = ?1 WHERE username = ?2", token,
                person.username());
    }
}
