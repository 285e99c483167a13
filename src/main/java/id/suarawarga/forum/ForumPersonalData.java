package id.suarawarga.forum;

import id.suarawarga.privacy.PersonalDataContributor;
import id.suarawarga.privacy.PersonalDataRows;
import id.suarawarga.privacy.RetentionConfig;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * What the forum holds about a person (profile, threads, posts and their earlier versions, reactions), and what
 * their deletion does to it: posts and threads stay under "deleted user", the pseudonym stays taken for a while
 * (ADR 0011).
 */
@ApplicationScoped
public class ForumPersonalData implements PersonalDataContributor {

    @Inject
    EntityManager em;

    @Inject
    RetentionConfig retention;

    @Override
    public Map<String, Object> export(Person person) {
        String username = person.username();
        Map<String, Object> sections = new LinkedHashMap<>();
        sections.put("forumProfile", PersonalDataRows.one(em, """
                SELECT pseudonym, pseudonym_changed_at, created_at AS first_seen_at FROM forum_profile WHERE username = ?1""",
                username));
        sections.put("forumThreads", PersonalDataRows.list(em, """
                SELECT id, category_id, title, status, created_at FROM forum_thread WHERE author = ?1 ORDER BY id""",
                username));
        sections.put("forumPosts", PersonalDataRows.list(em, """
                SELECT id, thread_id, position, author_kind, body, status, status_reason, helpful_count, edited_at,
                       created_at FROM forum_post WHERE author = ?1 ORDER BY id""", username));
        sections.put("forumPostEarlierVersions", PersonalDataRows.list(em, """
                SELECT e.post_id, e.title, e.body, e.replaced_at FROM forum_post_edit e
                JOIN forum_post p ON p.id = e.post_id WHERE p.author = ?1 ORDER BY e.id""", username));
        sections.put("forumReactions", PersonalDataRows.list(em, """
                SELECT post_id, created_at FROM forum_reaction WHERE username = ?1 ORDER BY post_id""", username));
        return sections;
    }

    @Override
    public void detach(Person person, String token) {
        String username = person.username();
        if (username == null) {
            return;
        }
        PersonalDataRows.update(em, "UPDATE forum_post SET author = ?1, author_name = NULL WHERE author = ?2", token,
                username);
        PersonalDataRows.update(em, "UPDATE forum_thread SET author = ?1 WHERE author = ?2", token, username);
        PersonalDataRows.update(em, "UPDATE forum_reaction SET username = ?1 WHERE username = ?2", token, username);
        // the pseudonym stays taken for a while, no longer pointing at the posts ("deleted user" is shown)
        PersonalDataRows.update(em, """
                UPDATE forum_profile SET username = ?1, reserved_until = NOW(6) + INTERVAL ?3 SECOND
                WHERE username = ?2""", "reserved:" + UUID.randomUUID(), username,
                retention.pseudonymReservation().toSeconds());
    }

    /** A deleted citizen's pseudonym is free again when its reservation ends. */
    @Override
    public Map<String, Integer> purge(RetentionConfig retention) {
        return Map.of("forum_profile_reserved", PersonalDataRows.update(em, """
                DELETE FROM forum_profile WHERE reserved_until IS NOT NULL AND reserved_until < NOW(6)"""));
    }
}
