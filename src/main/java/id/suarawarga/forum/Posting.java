package id.suarawarga.forum;

import static id.suarawarga.forum.ForumService.HELD;
import static id.suarawarga.forum.ForumService.PUBLISHED;

import id.suarawarga.forum.Authors.Author;
import id.suarawarga.forum.ForumViews.Created;
import id.suarawarga.forum.ForumViews.PostForm;
import id.suarawarga.forum.ForumViews.ReactionView;
import id.suarawarga.forum.ForumViews.ThreadForm;
import id.suarawarga.identity.CurrentUser;
import id.suarawarga.moderation.BannedWords;
import id.suarawarga.moderation.ReportService;
import id.suarawarga.notification.Notifications;
import id.suarawarga.shared.persistence.Rows;
import id.suarawarga.shared.persistence.Rows.Row;
import id.suarawarga.shared.ratelimit.RateLimits;
import id.suarawarga.shared.web.ProblemException;
import id.suarawarga.shared.web.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;

/**
 * Writing in a thread: a new thread with its opening post, a reply (optionally quoting a post of the thread), and
 * a "helpful" mark. A post is reviewed as it is written (a banned word, or a link from a new account, holds it for
 * the region's moderators) and rendered to sanitised HTML once; citizens' daily limits are counted in the same
 * transaction. Submissions come through {@link ForumSubmissions}, once per idempotency key.
 */
@ApplicationScoped
public class Posting {

    @Inject
    EntityManager em;

    @Inject
    Authors authors;

    @Inject
    ForumConfig config;

    @Inject
    RateLimits rateLimits;

    @Inject
    BannedWords bannedWords;

    @Inject
    Notifications notifications;

    @Inject
    ReportService reports;

    @Transactional
    public Created createThread(long categoryId, ThreadForm form, CurrentUser user) {
        String title = ForumText.title(form.title());
        if (title.isBlank()) {
            throw ProblemException.invalid("title", "forum.title-required");
        }
        Row category = ForumSql.row(em, "SELECT region_id, unit_id FROM forum_category WHERE id = ?1", categoryId)
                .orElseThrow(() -> ProblemException.notFound("Forum", categoryId));
        Author author = authors.of(user, category.lng("unit_id"));
        author.limit(rateLimits, config, true);
        String status = author.review(form.body(), title, bannedWords);
        em.createNativeQuery("INSERT INTO forum_thread (category_id, title, author, status) VALUES (?1, ?2, ?3, ?4)")
                .setParameter(1, categoryId).setParameter(2, title).setParameter(3, author.username)
                .setParameter(4, PUBLISHED.equals(status) ? "VISIBLE" : HELD).executeUpdate();
        long threadId = ForumSql.lastId(em);
        long postId = insertPost(threadId, 1, author, null, form.body(), status);
        em.createNativeQuery("UPDATE forum_thread SET first_post_id = ?1, post_count = 1 WHERE id = ?2")
                .setParameter(1, postId).setParameter(2, threadId).executeUpdate();
        if (HELD.equals(status)) {
            reports.hold("post", postId, category.lng("region_id"), author.heldReason);
            notifications.send(author.username, Notifications.Kind.HELD, threadId, postId, title, author.heldReason);
        }
        return new Created(postId, threadId, status);
    }

    @Transactional
    public Created reply(long threadId, PostForm form, CurrentUser user) {
        Row t = ForumSql.row(em, """
                SELECT t.status, t.locked, t.post_count, t.author, t.title, c.unit_id, c.region_id
                FROM forum_thread t JOIN forum_category c ON c.id = t.category_id WHERE t.id = ?1 FOR UPDATE""", threadId)
                .orElseThrow(() -> ProblemException.notFound("Thread", threadId));
        if (!"VISIBLE".equals(t.string("status"))) {
            throw ProblemException.notFound("Thread", threadId);
        }
        if (t.bool("locked")) {
            throw new ProblemException(ProblemType.CONFLICT, List.of(new ProblemException.Field("thread", "locked")),
                    "forum.thread-locked");
        }
        if (form.quotePostId() != null) {
            Long quoteThread = ForumSql.lng(em, "SELECT thread_id FROM forum_post WHERE id = ?1", form.quotePostId());
            if (quoteThread == null || quoteThread != threadId) {
                throw ProblemException.invalid("quotePostId", "forum.quote-other-thread");
            }
        }
        Author author = authors.of(user, t.lng("unit_id"));
        author.limit(rateLimits, config, false);
        String status = author.review(form.body(), null, bannedWords);
        int position = t.integer("post_count") + 1;
        long postId = insertPost(threadId, position, author, form.quotePostId(), form.body(), status);
        em.createNativeQuery("UPDATE forum_thread SET post_count = ?1, last_post_at = NOW(6) WHERE id = ?2")
                .setParameter(1, position).setParameter(2, threadId).executeUpdate();
        String threadAuthor = t.string("author");
        String title = t.string("title");
        if (PUBLISHED.equals(status) && !threadAuthor.equals(author.username)) {
            notifications.send(threadAuthor, author.kind == AuthorKind.OFFICER ? Notifications.Kind.OFFICER_ANSWER
                    : Notifications.Kind.REPLY, threadId, postId, title, null);
        }
        if (HELD.equals(status)) {
            reports.hold("post", postId, t.lng("region_id"), author.heldReason);
            notifications.send(author.username, Notifications.Kind.HELD, threadId, postId, title, author.heldReason);
        }
        return new Created(postId, threadId, status);
    }

    /** One "helpful" per user and post: a repeat changes nothing and answers the same. */
    @Transactional
    public ReactionView react(long postId, CurrentUser user) {
        Row p = ForumSql.row(em, "SELECT status FROM forum_post WHERE id = ?1", postId)
                .orElseThrow(() -> ProblemException.notFound("Post", postId));
        if (!PUBLISHED.equals(p.string("status"))) {
            throw ProblemException.notFound("Post", postId);
        }
        int added = em.createNativeQuery("INSERT IGNORE INTO forum_reaction (post_id, username) VALUES (?1, ?2)")
                .setParameter(1, postId).setParameter(2, user.username()).executeUpdate();
        if (added > 0) {
            em.createNativeQuery("UPDATE forum_post SET helpful_count = helpful_count + 1 WHERE id = ?1")
                    .setParameter(1, postId).executeUpdate();
        }
        return new ReactionView(postId, Rows.integer(ForumSql.single(em, "SELECT helpful_count FROM forum_post WHERE id = ?1",
                postId)), true);
    }

    private long insertPost(long threadId, int position, Author author, Long quote, String body, String status) {
        em.createNativeQuery("""
                INSERT INTO forum_post (thread_id, position, author, author_name, author_kind, badge_unit_id,
                                        quote_post_id, body, body_html, status)
                VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10)""")
                .setParameter(1, threadId).setParameter(2, position).setParameter(3, author.username)
                .setParameter(4, author.name).setParameter(5, author.kind.name()).setParameter(6, author.badgeUnitId)
                .setParameter(7, quote).setParameter(8, ForumText.clean(body)).setParameter(9, ForumText.render(body))
                .setParameter(10, status).executeUpdate();
        return ForumSql.lastId(em);
    }
}
