package id.suarawarga.feedback;

import id.suarawarga.privacy.PersonalDataContributor;
import id.suarawarga.privacy.PersonalDataRows;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What feedback holds about a person (their answers and ratings, officers' replies to them), and what their
 * deletion does: the answers keep counting in the IKM and in appraisal scores, detached from the person (ADR 0011).
 */
@ApplicationScoped
public class FeedbackPersonalData implements PersonalDataContributor {

    @Inject
    EntityManager em;

    @Override
    public Map<String, Object> export(Person person) {
        Map<String, Object> sections = new LinkedHashMap<>();
        sections.put("feedback", PersonalDataRows.list(em, """
                SELECT id, kind, service_id, unit_id, region_id, questionnaire_id, local_date, created_at, anonymous,
                       author_name, u1, u2, u3, u4, u5, u6, u7, u8, u9, stars, age_band, gender, education, occupation,
                       comment, comment_state, followed_up
                FROM feedback WHERE author_sub = ?1 OR follower_sub = ?1 ORDER BY id""", person.subject()));
        sections.put("repliesToMyFeedback", PersonalDataRows.list(em, """
                SELECT r.feedback_id, r.author_name, r.text, r.created_at FROM feedback_response r
                JOIN feedback f ON f.id = r.feedback_id WHERE f.author_sub = ?1 OR f.follower_sub = ?1 ORDER BY r.id""",
                person.subject()));
        return sections;
    }

    @Override
    public void detach(Person person, String token) {
        // the dedupe key embeds the subject; it keeps its uniqueness with the token in its place
        PersonalDataRows.update(em, """
                UPDATE feedback SET author_sub = ?1, author_name = NULL, author_username = NULL,
                       dedupe_key = REPLACE(dedupe_key, ?2, ?1)
                WHERE author_sub = ?2""", token, person.subject());
        // an answer given without an account stays; its follower stops following it
        PersonalDataRows.update(em, "UPDATE feedback SET follower_sub = NULL WHERE follower_sub = ?1", person.subject());
        if (person.username() != null) {
            PersonalDataRows.update(em, "UPDATE feedback SET author_username = NULL WHERE author_username = ?1",
                    person.username());
        }
    }
}
