package id.suarawarga.privacy;

import java.util.Map;

/**
 * A feature's part in a citizen's rights over their personal data (UU 27/2022, ADR 0011): what it holds about a
 * person, what a deletion detaches or removes, what expires. Each feature that keeps rows about people implements
 * it over its own tables (ADR 0018), the way {@code moderation/Reportable} lets moderation act on other features'
 * content; {@link PersonalDataService} and {@link RetentionJob} ask every contributor and name no table of theirs.
 */
public interface PersonalDataContributor {

    /** The person a request is about: the token's subject, and the username forum and moderation rows carry. */
    record Person(String subject, String username) {
    }

    /**
     * This feature's sections of the download, by the name they have in it (e.g. {@code forumPosts}): a list of
     * rows ({@link PersonalDataRows#list}, at most {@link PersonalDataRows#MAX_ROWS}), or one row or null.
     */
    Map<String, Object> export(Person person);

    /**
     * Inside the deletion's transaction: rows that stay (posts, answers) get {@code token} in place of the person,
     * so one person's rows still belong together while nothing links them to the person; the rest are deleted.
     * Runs again harmlessly on a repeated deletion. {@link Person#username()} may be null.
     */
    void detach(Person person, String token);

    /** Deletes what has expired under {@code retention}: kind → rows deleted. */
    default Map<String, Integer> purge(RetentionConfig retention) {
        return Map.of();
    }
}
