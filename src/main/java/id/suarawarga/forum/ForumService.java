package id.suarawarga.forum;

import id.suarawarga.forum.ForumViews.CategoryForm;
import id.suarawarga.forum.ForumViews.CategoryView;
import id.suarawarga.forum.ForumViews.Created;
import id.suarawarga.forum.ForumViews.OwnText;
import id.suarawarga.forum.ForumViews.EditForm;
import id.suarawarga.forum.ForumViews.PostForm;
import id.suarawarga.forum.ForumViews.PostView;
import id.suarawarga.forum.ForumViews.QuoteView;
import id.suarawarga.forum.ForumViews.ReactionView;
import id.suarawarga.forum.ForumViews.SearchHit;
import id.suarawarga.forum.ForumViews.ThreadForm;
import id.suarawarga.forum.ForumViews.ThreadSummary;
import id.suarawarga.forum.ForumViews.ThreadView;
import id.suarawarga.identity.CurrentUser;
import id.suarawarga.moderation.BannedWords;
import id.suarawarga.moderation.ModeratorRegions;
import id.suarawarga.moderation.ReportService;
import id.suarawarga.moderation.Sanctions;
import id.suarawarga.notification.Notifications;
import id.suarawarga.shared.persistence.Rows;
import id.suarawarga.shared.ratelimit.RateLimits;
import id.suarawarga.shared.web.PageRequest;
import id.suarawarga.shared.web.PageResult;
import id.suarawarga.shared.web.Problem;
import id.suarawarga.shared.web.ProblemException;
import id.suarawarga.shared.web.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/**
 * Categories, threads, posts, reactions and search. Reads are a fixed handful of SQL statements per page (the
 * thread row, one range of posts by position with authors, quotes and my reactions joined), so a page costs the
 * same in a thread of 5 posts or 5,000. Posts are rendered to sanitised HTML once, when written.
 */
@ApplicationScoped
public class ForumService {

    static final String PUBLISHED = "PUBLISHED";
    static final String HELD = "HELD";

    @Inject
    EntityManager em;

    @Inject
    Pseudonyms pseudonyms;

    @Inject
    ForumConfig config;

    @Inject
    RateLimits rateLimits;

    @Inject
    BannedWords bannedWords;

    @Inject
    Sanctions sanctions;

    @Inject
    ModeratorRegions moderators;

    @Inject
    Notifications notifications;

    @Inject
    ReportService reports;

    // --- Categories ----------------------------------------------------------------------------------------------

    private static final String CATEGORY_SELECT = """
            SELECT c.id, c.code, c.name, c.description, r.code AS region_code, r.name AS region_name, c.unit_id,
                   c.service_id FROM forum_category c JOIN region r ON r.id = c.region_id""";

    @Transactional
    public PageResult<CategoryView> categories(String regionCode, PageRequest page) {
        String where = regionCode == null ? "" : " WHERE r.code = :region";
        var q = em.createNativeQuery(CATEGORY_SELECT + where + " ORDER BY r.name, c.position, c.name LIMIT :size OFFSET :offset");
        var c = em.createNativeQuery("SELECT COUNT(*) FROM forum_category c JOIN region r ON r.id = c.region_id" + where);
        if (regionCode != null) {
            q.setParameter("region", regionCode);
            c.setParameter("region", regionCode);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = q.setParameter("size", page.size()).setParameter("offset", page.offset()).getResultList();
        return new PageResult<>(rows.stream().map(ForumService::category).toList(), page.page(), page.size(),
                ((Number) c.getSingleResult()).longValue());
    }

    @Transactional
    public CategoryView category(long id) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(CATEGORY_SELECT + " WHERE c.id = ?1").setParameter(1, id).getResultList();
        return rows.stream().findFirst().map(ForumService::category)
                .orElseThrow(() -> ProblemException.notFound("Forum", id));
    }

    /** Admin: creates or (with {@code id}) replaces a category; unit and service must be in the region. */
    @Transactional
    public CategoryView saveCategory(Long id, CategoryForm form) {
        Long regionId = Rows.lng(single("SELECT id FROM region WHERE code = ?1", form.regionCode()));
        if (regionId == null) {
            throw ProblemException.invalid("regionCode", "Wilayah tidak dikenal / Unknown region");
        }
        if (form.unitId() != null && !regionId.equals(Rows.lng(single("SELECT region_id FROM unit WHERE id = ?1", form.unitId())))) {
            throw ProblemException.invalid("unitId", "Unit tidak ada di wilayah ini / Unit is not in this region");
        }
        if (form.serviceId() != null && !regionId.equals(Rows.lng(single(
                "SELECT u.region_id FROM public_service s JOIN unit u ON u.id = s.unit_id WHERE s.id = ?1", form.serviceId())))) {
            throw ProblemException.invalid("serviceId", "Layanan tidak ada di wilayah ini / Service is not in this region");
        }
        Long other = Rows.lng(single("SELECT id FROM forum_category WHERE code = ?1", form.code()));
        if (other != null && !other.equals(id)) {
            throw ProblemException.conflict("Kode sudah dipakai / Code already used", "code");
        }
        int position = form.position() == null ? 0 : form.position();
        if (id == null) {
            em.createNativeQuery("""
                    INSERT INTO forum_category (code, name, description, region_id, unit_id, service_id, position)
                    VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)""")
                    .setParameter(1, form.code()).setParameter(2, form.name()).setParameter(3, form.description())
                    .setParameter(4, regionId).setParameter(5, form.unitId()).setParameter(6, form.serviceId())
                    .setParameter(7, position).executeUpdate();
            id = lastId();
        } else {
            int n = em.createNativeQuery("""
                    UPDATE forum_category SET code = ?1, name = ?2, description = ?3, region_id = ?4, unit_id = ?5,
                    service_id = ?6, position = ?7 WHERE id = ?8""")
                    .setParameter(1, form.code()).setParameter(2, form.name()).setParameter(3, form.description())
                    .setParameter(4, regionId).setParameter(5, form.unitId()).setParameter(6, form.serviceId())
                    .setParameter(7, position).setParameter(8, id).executeUpdate();
            if (n == 0) {
                throw ProblemException.notFound("Forum", id);
            }
        }
        return category(id);
    }

    // --- Threads ---------------------------------------------------------------------------------------------

    /** Visible threads of a category: pinned first, then by latest activity. */
    @Transactional
    public PageResult<ThreadSummary> threads(long categoryId, PageRequest page) {
        category(categoryId);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT t.id, t.category_id, t.title, COALESCE(fp.pseudonym, p.author_name), p.author_kind, u.name,
                       t.post_count, t.pinned, t.locked, t.last_post_at, t.created_at
                FROM forum_thread t
                JOIN forum_post p ON p.id = t.first_post_id
                LEFT JOIN forum_profile fp ON fp.username = p.author AND p.author_kind = 'CITIZEN'
                LEFT JOIN unit u ON u.id = p.badge_unit_id
                WHERE t.category_id = ?1 AND t.status = 'VISIBLE'
                ORDER BY t.pinned DESC, t.last_post_at DESC, t.id DESC LIMIT ?2 OFFSET ?3""")
                .setParameter(1, categoryId).setParameter(2, page.size()).setParameter(3, page.offset()).getResultList();
        long total = ((Number) single("SELECT COUNT(*) FROM forum_thread WHERE category_id = ?1 AND status = 'VISIBLE'",
                categoryId)).longValue();
        return new PageResult<>(rows.stream().map(r -> new ThreadSummary(Rows.lng(r[0]), Rows.lng(r[1]), (String) r[2],
                (String) r[3], AuthorKind.valueOf((String) r[4]), (String) r[5], Rows.integer(r[6]), Rows.bool(r[7]),
                Rows.bool(r[8]), Rows.instant(r[9]), Rows.instant(r[10]))).toList(), page.page(), page.size(), total);
    }

    @Transactional
    public Created createThread(long categoryId, ThreadForm form, CurrentUser user) {
        String title = ForumText.title(form.title());
        if (title.isBlank()) {
            throw ProblemException.invalid("title", "Judul wajib diisi / Title is required");
        }
        Object[] category = row("SELECT region_id, unit_id FROM forum_category WHERE id = ?1", categoryId)
                .orElseThrow(() -> ProblemException.notFound("Forum", categoryId));
        Author author = author(user, Rows.lng(category[1]));
        author.limit(rateLimits, config, true);
        String status = author.review(form.body(), title, bannedWords);
        em.createNativeQuery("INSERT INTO forum_thread (category_id, title, author, status) VALUES (?1, ?2, ?3, ?4)")
                .setParameter(1, categoryId).setParameter(2, title).setParameter(3, author.username)
                .setParameter(4, PUBLISHED.equals(status) ? "VISIBLE" : HELD).executeUpdate();
        long threadId = lastId();
        long postId = insertPost(threadId, 1, author, null, form.body(), status);
        em.createNativeQuery("UPDATE forum_thread SET first_post_id = ?1, post_count = 1 WHERE id = ?2")
                .setParameter(1, postId).setParameter(2, threadId).executeUpdate();
        if (HELD.equals(status)) {
            reports.hold("post", postId, Rows.lng(category[0]), author.heldReason);
            notifications.send(author.username, Notifications.Kind.HELD, threadId, postId, title, author.heldReason);
        }
        return new Created(postId, threadId, status);
    }

    /**
     * A thread with one page of its posts ({@code page} 0 = posts 1-20). Hidden, removed or held threads are
     * shown only to their region's moderators and admins (and a held one to its author); to others they do not
     * exist.
     */
    @Transactional
    public ThreadView thread(long threadId, PageRequest page, CurrentUser user) {
        Object[] t = row("""
                SELECT t.id, t.title, t.category_id, c.name, r.code, t.status, t.locked, t.pinned, t.post_count,
                       t.created_at, t.author, c.region_id
                FROM forum_thread t JOIN forum_category c ON c.id = t.category_id JOIN region r ON r.id = c.region_id
                WHERE t.id = ?1""", threadId).orElseThrow(() -> ProblemException.notFound("Thread", threadId));
        String status = (String) t[5];
        String me = user.isAuthenticated() ? user.username() : null;
        if (!"VISIBLE".equals(status) && !(HELD.equals(status) && ((String) t[10]).equals(me))
                && !(user.isAuthenticated() && moderators.moderates(user, Rows.lng(t[11])))) {
            throw ProblemException.notFound("Thread", threadId);
        }
        int postCount = Rows.integer(t[8]);
        List<PostView> posts = posts(threadId, page.offset() + 1, page.offset() + page.size(), me);
        return new ThreadView(threadId, (String) t[1], Rows.lng(t[2]), (String) t[3], (String) t[4], status,
                Rows.bool(t[6]), Rows.bool(t[7]), postCount, Rows.instant(t[9]), ((String) t[10]).equals(me),
                new PageResult<>(posts, page.page(), page.size(), postCount));
    }

    /** Posts {@code from}..{@code to} (positions) of a thread in one statement, with what the page shows of each. */
    private List<PostView> posts(long threadId, int from, int to, String me) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                SELECT p.id, p.position, COALESCE(fp.pseudonym, p.author_name), p.author_kind, u.name, p.status,
                       p.body_html, p.helpful_count, p.edited_at, p.created_at, p.author,
                       TIMESTAMPDIFF(SECOND, p.created_at, NOW(6)) < ?4 * 60,
                       q.id, q.position, COALESCE(qp.pseudonym, q.author_name), q.status, q.body_html,
                       EXISTS (SELECT 1 FROM forum_reaction x WHERE x.post_id = p.id AND x.username = ?5)
                FROM forum_post p
                LEFT JOIN forum_profile fp ON fp.username = p.author AND p.author_kind = 'CITIZEN'
                LEFT JOIN unit u ON u.id = p.badge_unit_id
                LEFT JOIN forum_post q ON q.id = p.quote_post_id
                LEFT JOIN forum_profile qp ON qp.username = q.author AND q.author_kind = 'CITIZEN'
                WHERE p.thread_id = ?1 AND p.position BETWEEN ?2 AND ?3
                ORDER BY p.position""")
                .setParameter(1, threadId).setParameter(2, from).setParameter(3, to)
                .setParameter(4, config.editMinutes()).setParameter(5, me == null ? "" : me).getResultList();
        return rows.stream().map(r -> {
            String status = (String) r[5];
            boolean mine = r[10].equals(me);
            QuoteView quote = r[12] == null ? null : new QuoteView(Rows.lng(r[12]), Rows.integer(r[13]), (String) r[14],
                    PUBLISHED.equals(r[15]) ? (String) r[16] : null);
            return new PostView(Rows.lng(r[0]), threadId, Rows.integer(r[1]), (String) r[2],
                    AuthorKind.valueOf((String) r[3]), (String) r[4], status,
                    PUBLISHED.equals(status) || (mine && HELD.equals(status)) ? (String) r[6] : null, quote,
                    Rows.integer(r[7]), Rows.bool(r[17]), mine, r[8] != null,
                    mine && Rows.bool(r[11]) && (PUBLISHED.equals(status) || HELD.equals(status)), Rows.instant(r[9]));
        }).toList();
    }

    // --- Posts -----------------------------------------------------------------------------------------------

    @Transactional
    public Created reply(long threadId, PostForm form, CurrentUser user) {
        Object[] t = row("""
                SELECT t.status, t.locked, t.post_count, t.author, t.title, c.unit_id, c.region_id
                FROM forum_thread t JOIN forum_category c ON c.id = t.category_id WHERE t.id = ?1 FOR UPDATE""", threadId)
                .orElseThrow(() -> ProblemException.notFound("Thread", threadId));
        if (!"VISIBLE".equals(t[0])) {
            throw ProblemException.notFound("Thread", threadId);
        }
        if (Rows.bool(t[1])) {
            throw new ProblemException(ProblemType.CONFLICT, "Topik ini dikunci / This thread is locked",
                    List.of(new Problem.FieldError("thread", "locked")));
        }
        if (form.quotePostId() != null) {
            Long quoteThread = Rows.lng(single("SELECT thread_id FROM forum_post WHERE id = ?1", form.quotePostId()));
            if (quoteThread == null || quoteThread != threadId) {
                throw ProblemException.invalid("quotePostId", "Kutipan harus dari topik ini / Quote a post of this thread");
            }
        }
        Author author = author(user, Rows.lng(t[5]));
        author.limit(rateLimits, config, false);
        String status = author.review(form.body(), null, bannedWords);
        int position = Rows.integer(t[2]) + 1;
        long postId = insertPost(threadId, position, author, form.quotePostId(), form.body(), status);
        em.createNativeQuery("UPDATE forum_thread SET post_count = ?1, last_post_at = NOW(6) WHERE id = ?2")
                .setParameter(1, position).setParameter(2, threadId).executeUpdate();
        String threadAuthor = (String) t[3];
        if (PUBLISHED.equals(status) && !threadAuthor.equals(author.username)) {
            notifications.send(threadAuthor, author.kind == AuthorKind.OFFICER ? Notifications.Kind.OFFICER_ANSWER
                    : Notifications.Kind.REPLY, threadId, postId, (String) t[4], null);
        }
        if (HELD.equals(status)) {
            reports.hold("post", postId, Rows.lng(t[6]), author.heldReason);
            notifications.send(author.username, Notifications.Kind.HELD, threadId, postId, (String) t[4], author.heldReason);
        }
        return new Created(postId, threadId, status);
    }

    /** The author edits within the edit window; the text it replaces is kept in {@code forum_post_edit}. */
    @Transactional
    public PostView edit(long postId, EditForm form, CurrentUser user) {
        Object[] p = row("""
                SELECT p.thread_id, p.position, p.author, p.status, p.body, TIMESTAMPDIFF(SECOND, p.created_at, NOW(6)),
                       t.title, c.unit_id, c.region_id
                FROM forum_post p JOIN forum_thread t ON t.id = p.thread_id JOIN forum_category c ON c.id = t.category_id
                WHERE p.id = ?1 FOR UPDATE""", postId).orElseThrow(() -> ProblemException.notFound("Post", postId));
        requireAuthor(p[2], user);
        String status = (String) p[3];
        if (!PUBLISHED.equals(status) && !HELD.equals(status)) {
            throw ProblemException.conflict("Kiriman ini tidak bisa diubah lagi / This post can no longer be edited", "post");
        }
        if (Rows.integer(p[5]) >= config.editMinutes() * 60) {
            throw ProblemException.conflict("Batas waktu ubah " + config.editMinutes() + " menit sudah lewat / The "
                    + config.editMinutes() + "-minute edit window has passed", "post");
        }
        long threadId = Rows.lng(p[0]);
        boolean opening = Rows.integer(p[1]) == 1;
        String newTitle = opening && form.title() != null ? ForumText.title(form.title()) : null;
        if (newTitle != null && newTitle.isBlank()) {
            throw ProblemException.invalid("title", "Judul wajib diisi / Title is required");
        }
        Author author = author(user, Rows.lng(p[7]));
        String reviewed = author.review(form.body(), newTitle, bannedWords);
        em.createNativeQuery("INSERT INTO forum_post_edit (post_id, body, title) VALUES (?1, ?2, ?3)")
                .setParameter(1, postId).setParameter(2, p[4]).setParameter(3, newTitle == null ? null : p[6])
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
            reports.hold("post", postId, Rows.lng(p[8]), author.heldReason);
        }
        if (opening && HELD.equals(newStatus)) {
            em.createNativeQuery("UPDATE forum_thread SET status = 'HELD' WHERE id = ?1 AND status = 'VISIBLE'")
                    .setParameter(1, threadId).executeUpdate();
        }
        return post(postId, user);
    }

    /** My own post's text for its edit form; only its author may read it this way. */
    @Transactional
    public OwnText ownText(long postId, CurrentUser user) {
        Object[] p = row("""
                SELECT p.thread_id, p.position, p.author, p.status, p.body, TIMESTAMPDIFF(SECOND, p.created_at, NOW(6)), t.title
                FROM forum_post p JOIN forum_thread t ON t.id = p.thread_id WHERE p.id = ?1""", postId)
                .orElseThrow(() -> ProblemException.notFound("Post", postId));
        requireAuthor(p[2], user);
        String status = (String) p[3];
        boolean editable = (PUBLISHED.equals(status) || HELD.equals(status)) && Rows.integer(p[5]) < config.editMinutes() * 60;
        return new OwnText(postId, Rows.lng(p[0]), (String) p[4], Rows.integer(p[1]) == 1 ? (String) p[6] : null, editable,
                config.editMinutes());
    }

    /** The author deletes their post: kept for moderation, shown as "removed by its author". */
    @Transactional
    public void delete(long postId, CurrentUser user) {
        Object[] p = row("SELECT author, status FROM forum_post WHERE id = ?1 FOR UPDATE", postId)
                .orElseThrow(() -> ProblemException.notFound("Post", postId));
        requireAuthor(p[0], user);
        if ("DELETED".equals(p[1])) {
            return;
        }
        em.createNativeQuery("UPDATE forum_post SET status = 'DELETED' WHERE id = ?1").setParameter(1, postId).executeUpdate();
    }

    /** One "helpful" per user and post: a repeat changes nothing and answers the same. */
    @Transactional
    public ReactionView react(long postId, CurrentUser user) {
        Object[] p = row("SELECT status FROM forum_post WHERE id = ?1", postId)
                .orElseThrow(() -> ProblemException.notFound("Post", postId));
        if (!PUBLISHED.equals(p[0])) {
            throw ProblemException.notFound("Post", postId);
        }
        int added = em.createNativeQuery("INSERT IGNORE INTO forum_reaction (post_id, username) VALUES (?1, ?2)")
                .setParameter(1, postId).setParameter(2, user.username()).executeUpdate();
        if (added > 0) {
            em.createNativeQuery("UPDATE forum_post SET helpful_count = helpful_count + 1 WHERE id = ?1")
                    .setParameter(1, postId).executeUpdate();
        }
        return new ReactionView(postId, Rows.integer(single("SELECT helpful_count FROM forum_post WHERE id = ?1", postId)), true);
    }

    @Transactional
    public PostView post(long postId, CurrentUser user) {
        Object[] p = row("SELECT thread_id, position FROM forum_post WHERE id = ?1", postId)
                .orElseThrow(() -> ProblemException.notFound("Post", postId));
        int position = Rows.integer(p[1]);
        return posts(Rows.lng(p[0]), position, position, user.isAuthenticated() ? user.username() : null).get(0);
    }

    /** The thread and page a post is on, for links and redirects. */
    @Transactional
    public long[] whereIs(long postId) {
        Object[] p = row("SELECT thread_id, position FROM forum_post WHERE id = ?1", postId)
                .orElseThrow(() -> ProblemException.notFound("Post", postId));
        return new long[] {Rows.lng(p[0]), (Rows.integer(p[1]) - 1) / PageRequest.DEFAULT_SIZE};
    }

    // --- Search ----------------------------------------------------------------------------------------------

    /**
     * FULLTEXT search (natural language mode) over published posts and the titles of visible threads. Words
     * shorter than the server's {@code innodb_ft_min_token_size} are not indexed (docs/operations.md).
     */
    @Transactional
    public PageResult<SearchHit> search(String q, PageRequest page) {
        String query = q == null ? "" : ForumText.title(q);
        if (query.isBlank() || query.length() > 200) {
            throw ProblemException.invalid("q", "Isi kata yang dicari (maks. 200 karakter) / Enter search words (max. 200 characters)");
        }
        String from = """
                FROM forum_post p JOIN forum_thread t ON t.id = p.thread_id
                WHERE p.status = 'PUBLISHED' AND t.status = 'VISIBLE'
                  AND (MATCH (p.body) AGAINST (?1 IN NATURAL LANGUAGE MODE)
                       OR (p.id = t.first_post_id AND MATCH (t.title) AGAINST (?1 IN NATURAL LANGUAGE MODE)))""";
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT p.id, p.thread_id, t.title, LEFT(p.body, 200), p.created_at "
                + from + " ORDER BY MATCH (p.body) AGAINST (?1 IN NATURAL LANGUAGE MODE)"
                + " + MATCH (t.title) AGAINST (?1 IN NATURAL LANGUAGE MODE) DESC, p.id DESC LIMIT ?2 OFFSET ?3")
                .setParameter(1, query).setParameter(2, page.size()).setParameter(3, page.offset()).getResultList();
        long total = ((Number) em.createNativeQuery("SELECT COUNT(*) " + from).setParameter(1, query).getSingleResult()).longValue();
        return new PageResult<>(rows.stream().map(r -> new SearchHit(Rows.lng(r[0]), Rows.lng(r[1]), (String) r[2],
                (String) r[3], Rows.instant(r[4]))).toList(), page.page(), page.size(), total);
    }

    // --- Who writes ------------------------------------------------------------------------------------------

    /** The caller as an author: standing, shown name, badge unit, and whether their posts get extra review. */
    static final class Author {
        final String username;
        final AuthorKind kind;
        final String name;
        final Long badgeUnitId;
        final boolean isNew;
        String heldReason;

        Author(String username, AuthorKind kind, String name, Long badgeUnitId, boolean isNew) {
            this.username = username;
            this.kind = kind;
            this.name = name;
            this.badgeUnitId = badgeUnitId;
            this.isNew = isNew;
        }

        /** Citizens' daily limits (stricter for new accounts); staff are not limited. */
        void limit(RateLimits limits, ForumConfig config, boolean thread) {
            if (kind.staff()) {
                return;
            }
            if (thread) {
                limits.consume(username, isNew ? "forum.thread.new" : "forum.thread",
                        isNew ? config.newAccountThreadsPerDay() : config.threadsPerDay());
            }
            limits.consume(username, isNew ? "forum.post.new" : "forum.post",
                    isNew ? config.newAccountPostsPerDay() : config.postsPerDay());
        }

        /** PUBLISHED, or HELD for review: a banned word, or a link from a new account. */
        String review(String body, String title, BannedWords banned) {
            Optional<String> word = banned.find(body, title);
            if (word.isPresent()) {
                heldReason = "banned-word";
                return HELD;
            }
            if (!kind.staff() && isNew && (ForumText.hasLink(body) || ForumText.hasLink(title))) {
                heldReason = "new-account-link";
                return HELD;
            }
            return PUBLISHED;
        }
    }

    private Author author(CurrentUser user, Long categoryUnitId) {
        String username = user.username();
        Optional<java.time.Instant> suspended = sanctions.suspendedUntil(username);
        if (suspended.isPresent()) {
            throw new ProblemException(ProblemType.POSTING_SUSPENDED, "Hak menulis Anda ditangguhkan sampai "
                    + suspended.get() + " / Your posting is suspended until " + suspended.get());
        }
        AuthorKind kind = AuthorKind.of(user);
        if (kind == AuthorKind.CITIZEN) {
            Pseudonyms.Profile profile = pseudonyms.find(username).orElseThrow(() -> ProblemException.invalid("pseudonym",
                    "Pilih nama samaran dulu (PUT /api/v1/me/pseudonym) / Choose a pseudonym first (PUT /api/v1/me/pseudonym)"));
            return new Author(username, kind, null, null, profile.isNew());
        }
        Long badgeUnit = null;
        if (kind == AuthorKind.OFFICER) {
            List<Long> units = user.unitIds();
            badgeUnit = categoryUnitId != null && units.contains(categoryUnitId) ? categoryUnitId
                    : units.isEmpty() ? null : units.get(0);
        }
        return new Author(username, kind, user.displayName(), badgeUnit, false);
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
        return lastId();
    }

    private static void requireAuthor(Object author, CurrentUser user) {
        if (!author.equals(user.username())) {
            throw new ProblemException(ProblemType.FORBIDDEN,
                    "Hanya penulisnya yang boleh / Only its author may do this");
        }
    }

    private static CategoryView category(Object[] r) {
        return new CategoryView(Rows.lng(r[0]), (String) r[1], (String) r[2], (String) r[3], (String) r[4],
                (String) r[5], Rows.lng(r[6]), Rows.lng(r[7]));
    }

    private long lastId() {
        return ((Number) em.createNativeQuery("SELECT LAST_INSERT_ID()").getSingleResult()).longValue();
    }

    private Object single(String sql, Object param) {
        @SuppressWarnings("unchecked")
        List<Object> rows = em.createNativeQuery(sql).setParameter(1, param).getResultList();
        return rows.isEmpty() ? null : rows.get(0);
    }

    /** The first row; a one-column row comes back from JPA as the bare value, so it is wrapped. */
    private Optional<Object[]> row(String sql, Object param) {
        @SuppressWarnings("unchecked")
        List<Object> rows = em.createNativeQuery(sql).setParameter(1, param).getResultList();
        return rows.stream().findFirst().map(r -> r instanceof Object[] a ? a : new Object[] {r});
    }
}
