package id.suarawarga.forum;

import com.fasterxml.jackson.annotation.JsonInclude;
import id.suarawarga.shared.web.PageResult;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;

/** What the forum API reads and answers. Sizes are checked here, before any Markdown is parsed. */
public final class ForumViews {

    private ForumViews() {
    }

    public record CategoryView(long id, String code, String name, String description, String regionCode,
            String regionName, Long unitId, Long serviceId) {
    }

    public record CategoryForm(
            @NotBlank @Size(max = 48) @Pattern(regexp = "[A-Za-z0-9._-]+") String code,
            @NotBlank @Size(max = 150) String name,
            @Size(max = 1000) String description,
            @NotBlank String regionCode,
            Long unitId,
            Long serviceId,
            Integer position) {
    }

    public record ThreadSummary(long id, long categoryId, String title, String author, AuthorKind authorKind,
            String badgeUnit, int postCount, boolean pinned, boolean locked, Instant lastPostAt, Instant createdAt) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record QuoteView(long postId, int position, String author, String html) {
    }

    /**
     * One post as shown. {@code html} is the sanitised rendering, present only while the post is published;
     * otherwise {@code status} says why it is not shown (DELETED: removed by its author).
     */
    public record PostView(long id, long threadId, int position, String author, AuthorKind authorKind,
            String badgeUnit, String status, String html, QuoteView quote, int helpful, boolean reacted,
            boolean mine, boolean edited, boolean editable, Instant createdAt) {

        public boolean published() {
            return "PUBLISHED".equals(status);
        }
    }

    public record ThreadView(long id, String title, long categoryId, String categoryName, String regionCode,
            String status, boolean locked, boolean pinned, int postCount, Instant createdAt, boolean mine,
            PageResult<PostView> posts) {
    }

    public record ThreadForm(
            @NotBlank @Size(max = ForumText.TITLE_MAX) String title,
            @NotBlank @Size(max = ForumText.BODY_MAX) String body) {
    }

    public record PostForm(
            @NotBlank @Size(max = ForumText.BODY_MAX) String body,
            Long quotePostId) {
    }

    /** An edit of my post; {@code title} only for a thread's opening post. */
    public record EditForm(
            @NotBlank @Size(max = ForumText.BODY_MAX) String body,
            @Size(max = ForumText.TITLE_MAX) String title) {
    }

    /**
     * The author's own text of a post for its edit form: the Markdown body, the thread's title for an opening post
     * (else null), and whether the edit window is still open.
     */
    public record OwnText(long postId, long threadId, String body, String title, boolean editable, int editMinutes) {
    }

    /** What a creating POST answers: the new post (and its thread) and whether it is published or held. */
    public record Created(long id, long threadId, String status) {
    }

    public record ReactionView(long postId, int helpful, boolean mine) {
    }

    public record SearchHit(long postId, long threadId, String title, String excerpt, Instant createdAt) {
    }

    public record PseudonymForm(@NotNull @Size(max = 100) String pseudonym) {
    }

    public record ProfileView(String pseudonym, Instant changedAt, Instant nextChangeFrom) {
    }
}
