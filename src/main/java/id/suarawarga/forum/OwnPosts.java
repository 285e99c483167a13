package id.suarawarga.forum;

import static id.suarawarga.forum.ForumService.HELD;

import id.suarawarga.forum.Authors.Author;
import id.suarawarga.forum.ForumViews.EditForm;
import id.suarawarga.forum.ForumViews.OwnText;
import id.suarawarga.forum.ForumViews.PostView;
import id.suarawarga.identity.CurrentUser;
import id.suarawarga.moderation.BannedWords;
import id.suarawarga.moderation.ReportService;
import id.suarawarga.shared.persistence.Rows.Row;
import id.suarawarga.shared.web.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * An author's own posts: the text for the edit form, the edit within the edit window (the text it replaces is
 * kept in {@code forum_post_edit}, and the edit is reviewed like a new post), and the delete (kept for moderation,
 * shown as removed by its author). Only the author may ({@link ForumPermissions#requireAuthor}).
 */
@ApplicationScoped
public class OwnPosts {

    @Inject
    EntityManager em;

    @Inject
    ForumService forum;

    @Inject
    Authors authors;

    @Inject
    ForumPermissions permissions;

    @Inject
    ForumConfig config;

    @Inject
    BannedWords bannedWords;

    @Inject
    ReportService reports;

    /** The author edits within the edit window; the text it replaces is kept in {@code forum_post_edit}. */
    @Transactional
    public PostView edit(long postId, EditForm form, CurrentUser user) {
        Row p = ForumSql.row(em, """
                SELECT p.thread_id, p.position, p.author, p.status, p.body,
                       TIMESTAMPDIFF(SECOND, p.created_at, NOW(6)) AS age_seconds, t.title, c.unit_id, c.region_id
                FROM forum_post p JOIN forum_thread t ON t.id = p.thread_id JOIN forum_category c ON c.id = t.category_id
                WHERE p.id = ?1 FOR UPDATE""", postId).orElseThrow(() -> ProblemException.notFound("Post", postId));
        permissions.requireAuthor(p.string("author"));
        String status = p.string("status");
        if (!ForumPermissions.changeable(status)) {
            throw ProblemException.conflict("forum.post-closed", "post");
        }
        if (p.integer("age_seconds") >= config.editMinutes() * 60) {
            throw ProblemException.conflict("forum.edit-window-passed", "post", config.editMinutes());
        }
        long threadId = p.lng("thread_id");
        boolean opening = p.integer("position") == 1;
        String newTitle = opening && form.title() != null ? ForumText.title(form.title()) : null;
        if (newTitle != null && newTitle.isBlank()) {
            throw ProblemException.invalid("title", "forum.title-required");
        }
        Author author = authors.of(user, p.lng("unit_id"));
        String reviewed = author.review(form.body(), newTitle, bannedWords);
        em.createNativeQuery("INSERT INTO forum_post_edit (post_id, body, title) VALUES (?1, ?2, ?3)")
                .setParameter(1, postId).setParameter(2, p.string("body")).setParameter(3, newTitle == null ? null : p.string("title"))
                .executeUpdate();
        String newStatus = HELD.equals(status) ? HELD : reviewed;
        em.createNativeQuery("UPDATE forum_post SET body = ?1, body_html = ?2, status = ?3, edited_at = NOW(6) WHERE id = ?4")
                .setParameter(1, ForumText.clean(form.body())).setParameter(2, ForumText.render(form.body()))
                .setParameter(3, newStatus).setParameter(4, postId).executeUpdate();
        if (newTitle != null) {
            em.createNativeQuery("UPDATE forum_thread SET title = ?1 WHERE id = ?2")
                    .setParameter(1, newTitle).setParameter(2, threadId).executeUpdate();
        }
        if (HELD.equals(newStatus) && !HELD.equals(status)) {
            reports.hold("post", postId, p.lng("region_id"), author.heldReason);
        }
        if (opening && HELD.equals(newStatus)) {
            em.createNativeQuery("UPDATE forum_thread SET status = 'HELD' WHERE id = ?1 AND status = 'VISIBLE'")
                    .setParameter(1, threadId).executeUpdate();
        }
        return forum.post(postId, user);
    }

    /** My own post's text for its edit form; only its author may read it this way. */
    @Transactional
    public OwnText ownText(long postId, CurrentUser user) {
        Row p = ForumSql.row(em, """
                SELECT p.thread_id, p.position, p.author, p.status, p.body,
                       TIMESTAMPDIFF(SECOND, p.created_at, NOW(6)) AS age_seconds, t.title
                FROM forum_post p JOIN forum_thread t ON t.id = p.thread_id WHERE p.id = ?1""", postId)
                .orElseThrow(() -> ProblemException.notFound("Post", postId));
        String author = p.string("author");
        permissions.requireAuthor(author);
        boolean editable = permissions.mayEdit(author, p.string("status"), p.integer("age_seconds") < config.editMinutes() * 60);
        return new OwnText(postId, p.lng("thread_id"), p.string("body"), p.integer("position") == 1 ? p.string("title") : null,
                editable, config.editMinutes());
    }

    /** The author deletes their post: kept for moderation, shown as "removed by its author". */
    @Transactional
    public void delete(long postId, CurrentUser user) {
        Row p = ForumSql.row(em, "SELECT author, status FROM forum_post WHERE id = ?1 FOR UPDATE", postId)
                .orElseThrow(() -> ProblemException.notFound("Post", postId));
        permissions.requireAuthor(p.string("author"));
        if ("DELETED".equals(p.string("status"))) {
            return;
        }
        em.createNativeQuery("UPDATE forum_post SET status = 'DELETED' WHERE id = ?1").setParameter(1, postId).executeUpdate();
    }
}
