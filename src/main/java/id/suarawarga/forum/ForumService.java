package id.suarawarga.forum;

import id.suarawarga.forum.ForumViews.CategoryForm;
import id.suarawarga.forum.ForumViews.CategoryView;
import id.suarawarga.forum.ForumViews.PostView;
import id.suarawarga.forum.ForumViews.QuoteView;
import id.suarawarga.forum.ForumViews.SearchHit;
import id.suarawarga.forum.ForumViews.ThreadSummary;
import id.suarawarga.forum.ForumViews.ThreadView;
import id.suarawarga.catalogue.Region;
import id.suarawarga.identity.CurrentUser;
import id.suarawarga.moderation.ModerationPermissions;
import id.suarawarga.shared.persistence.Rows;
import id.suarawarga.shared.persistence.Rows.Row;
import id.suarawarga.shared.web.PageRequest;
import id.suarawarga.shared.web.PageResult;
import id.suarawarga.shared.web.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The forums as they are read: categories (and their admin), a category's threads, a thread with one page of its
 * posts, one post, where a post is, and search. Reads are a fixed handful of SQL statements per page (the thread
 * row, one range of posts by position with authors, quotes and my reactions joined), so a page costs the same in a
 * thread of 5 posts or 5,000. Writing is {@link Posting} (threads, replies, helpful marks) and {@link OwnPosts}
 * (an author's edit and delete).
 */
@ApplicationScoped
public class ForumService {

    static final String PUBLISHED = "PUBLISHED";
    static final String HELD = "HELD";

    @Inject
    EntityManager em;

    @Inject
    ForumConfig config;

    @Inject
    ModerationPermissions moderation;

    @Inject
    ForumPermissions permissions;

    // --- Categories ----------------------------------------------------------------------------------------------

    private static final String CATEGORY_SELECT = """
            SELECT c.id, c.code, c.name, c.description, c.region_id, c.unit_id, c.service_id FROM forum_category c""";

    /** Forums, of one region when {@code regionCode} is given (an unknown region has none), by region name. */
    @Transactional
    public PageResult<CategoryView> categories(String regionCode, PageRequest page) {
        Map<Long, Region> regions;
        if (regionCode == null) {
            regions = Region.byIds(Rows.list(em, "SELECT DISTINCT region_id FROM forum_category", r -> r.lng("region_id")));
        } else {
            regions = Region.findByCode(regionCode).map(r -> Map.of(r.id, r)).orElse(Map.of());
        }
        if (regions.isEmpty()) {
            return new PageResult<>(List.of(), page.page(), page.size(), 0);
        }
        // Regions are few (one portal's regencies): ordering by their name happens here, ties kept in SQL order.
        List<Long> byName = regions.values().stream().sorted(Comparator.comparing((Region r) -> r.name).thenComparing(r -> r.id))
                .map(r -> r.id).toList();
        var q = Rows.query(em, CATEGORY_SELECT + " WHERE c.region_id IN (:regions)"
                // Ids are longs, so they are written into the ORDER BY (Hibernate would bracket a list parameter).
                + " ORDER BY FIELD(c.region_id, " + byName.stream().map(String::valueOf).collect(Collectors.joining(", "))
                + "), c.position, c.name LIMIT :size OFFSET :offset");
        List<CategoryView> rows = Rows.list(q.setParameter("regions", byName).setParameter("size", page.size())
                .setParameter("offset", page.offset()), r -> category(r, regions));
        long total = ((Number) em.createNativeQuery("SELECT COUNT(*) FROM forum_category WHERE region_id IN (:regions)")
                .setParameter("regions", byName).getSingleResult()).longValue();
        return new PageResult<>(rows, page.page(), page.size(), total);
    }

    @Transactional
    public CategoryView category(long id) {
        Row r = ForumSql.row(em, CATEGORY_SELECT + " WHERE c.id = ?1", id)
                .orElseThrow(() -> ProblemException.notFound("Forum", id));
        return category(r, Region.byIds(List.of(r.lng("region_id"))));
    }

    /**
     * An admin of the region creates or (with {@code id}) replaces a category, and of both regions when it moves
     * ({@link ForumPermissions#requireCategoryManager}); unit and service must be in the region.
     */
    @Transactional
    public CategoryView saveCategory(Long id, CategoryForm form) {
        Long regionId = Region.findByCode(form.regionCode()).map(r -> r.id).orElse(null);
        if (regionId == null) {
            throw ProblemException.invalid("regionCode", "forum.unknown-region");
        }
        if (id != null) {
            // An unknown id is left to the update below (404); a known one is its region's admin's to change.
            Long current = ForumSql.lng(em, "SELECT region_id FROM forum_category WHERE id = ?1", id);
            if (current != null) {
                permissions.requireCategoryManager(current, Region.<Region>findByIdOptional(current)
                        .map(r -> r.code).orElse(String.valueOf(current)));
            }
        }
        permissions.requireCategoryManager(regionId, form.regionCode());
        if (form.unitId() != null && !Region.idOfUnit(form.unitId()).equals(Optional.of(regionId))) {
            throw ProblemException.invalid("unitId", "forum.unit-not-in-region");
        }
        if (form.serviceId() != null && !Region.idOfService(form.serviceId()).equals(Optional.of(regionId))) {
            throw ProblemException.invalid("serviceId", "forum.service-not-in-region");
        }
        Long other = ForumSql.lng(em, "SELECT id FROM forum_category WHERE code = ?1", form.code());
        if (other != null && !other.equals(id)) {
            throw ProblemException.conflict("forum.code-taken", "code");
        }
        int position = form.position() == null ? 0 : form.position();
        if (id == null) {
            em.createNativeQuery("""
                    INSERT INTO forum_category (code, name, description, region_id, unit_id, service_id, position)
                    VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)""")
                    .setParameter(1, form.code()).setParameter(2, form.name()).setParameter(3, form.description())
                    .setParameter(4, regionId).setParameter(5, form.unitId()).setParameter(6, form.serviceId())
                    .setParameter(7, position).executeUpdate();
            id = ForumSql.lastId(em);
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
        List<ThreadSummary> rows = Rows.list(Rows.query(em, """
                SELECT t.id, t.category_id, t.title, COALESCE(fp.pseudonym, p.author_name) AS author_shown, p.author_kind,
                       u.name AS badge_unit, t.post_count, t.pinned, t.locked, t.last_post_at, t.created_at
                FROM forum_thread t
                JOIN forum_post p ON p.id = t.first_post_id
                LEFT JOIN forum_profile fp ON fp.username = p.author AND p.author_kind = 'CITIZEN'
                LEFT JOIN unit u ON u.id = p.badge_unit_id
                WHERE t.category_id = ?1 AND t.status = 'VISIBLE'
                ORDER BY t.pinned DESC, t.last_post_at DESC, t.id DESC LIMIT ?2 OFFSET ?3""")
                .setParameter(1, categoryId).setParameter(2, page.size()).setParameter(3, page.offset()),
                r -> new ThreadSummary(r.lng("id"), r.lng("category_id"), r.string("title"), r.string("author_shown"),
                        AuthorKind.valueOf(r.string("author_kind")), r.string("badge_unit"), r.integer("post_count"),
                        r.bool("pinned"), r.bool("locked"), r.instant("last_post_at"), r.instant("created_at")));
        long total = ForumSql.lng(em, "SELECT COUNT(*) FROM forum_thread WHERE category_id = ?1 AND status = 'VISIBLE'",
                categoryId);
        return new PageResult<>(rows, page.page(), page.size(), total);
    }

    /**
     * A thread with one page of its posts ({@code page} 0 = posts 1-20). Hidden, removed or held threads are
     * shown only to their region's moderators and admins (and a held one to its author); to others they do not
     * exist.
     */
    @Transactional
    public ThreadView thread(long threadId, PageRequest page, CurrentUser user) {
        Row t = ForumSql.row(em, """
                SELECT t.id, t.title, t.category_id, c.name AS category_name, r.code AS region_code, t.status, t.locked,
                       t.pinned, t.post_count, t.created_at, t.author, c.region_id
                FROM forum_thread t JOIN forum_category c ON c.id = t.category_id JOIN region r ON r.id = c.region_id
                WHERE t.id = ?1""", threadId).orElseThrow(() -> ProblemException.notFound("Thread", threadId));
        String status = t.string("status");
        String me = user.isAuthenticated() ? user.username() : null;
        if (!"VISIBLE".equals(status) && !(HELD.equals(status) && permissions.isAuthor(t.string("author")))
                && !moderation.seesHiddenIn(t.lng("region_id"))) {
            throw ProblemException.notFound("Thread", threadId);
        }
        int postCount = t.integer("post_count");
        List<PostView> posts = posts(threadId, page.offset() + 1, page.offset() + page.size(), me);
        return new ThreadView(threadId, t.string("title"), t.lng("category_id"), t.string("category_name"),
                t.string("region_code"), status, t.bool("locked"), t.bool("pinned"), postCount, t.instant("created_at"),
                permissions.isAuthor(t.string("author")),
                new PageResult<>(posts, page.page(), page.size(), postCount));
    }

    /** Posts {@code from}..{@code to} (positions) of a thread in one statement, with what the page shows of each. */
    private List<PostView> posts(long threadId, int from, int to, String me) {
        return Rows.list(em, """
                SELECT p.id, p.position, COALESCE(fp.pseudonym, p.author_name) AS author_shown, p.author_kind,
                       u.name AS badge_unit, p.status, p.body_html, p.helpful_count, p.edited_at, p.created_at, p.author,
                       TIMESTAMPDIFF(SECOND, p.created_at, NOW(6)) < ?4 * 60 AS in_edit_window,
                       q.id AS quote_id, q.position AS quote_position, COALESCE(qp.pseudonym, q.author_name) AS quote_author,
                       q.status AS quote_status, q.body_html AS quote_html,
                       EXISTS (SELECT 1 FROM forum_reaction x WHERE x.post_id = p.id AND x.username = ?5) AS reacted
                FROM forum_post p
                LEFT JOIN forum_profile fp ON fp.username = p.author AND p.author_kind = 'CITIZEN'
                LEFT JOIN unit u ON u.id = p.badge_unit_id
                LEFT JOIN forum_post q ON q.id = p.quote_post_id
                LEFT JOIN forum_profile qp ON qp.username = q.author AND q.author_kind = 'CITIZEN'
                WHERE p.thread_id = ?1 AND p.position BETWEEN ?2 AND ?3
                ORDER BY p.position""", r -> {
            String status = r.string("status");
            String author = r.string("author");
            QuoteView quote = r.raw("quote_id") == null ? null : new QuoteView(r.lng("quote_id"), r.integer("quote_position"),
                    r.string("quote_author"), PUBLISHED.equals(r.string("quote_status")) ? r.string("quote_html") : null);
            return new PostView(r.lng("id"), threadId, r.integer("position"), r.string("author_shown"),
                    AuthorKind.valueOf(r.string("author_kind")), r.string("badge_unit"), status,
                    permissions.seesText(author, status) ? r.string("body_html") : null, quote,
                    r.integer("helpful_count"), r.bool("reacted"), permissions.isAuthor(author), r.raw("edited_at") != null,
                    permissions.mayEdit(author, status, r.bool("in_edit_window")), r.instant("created_at"));
        }, threadId, from, to, config.editMinutes(), me == null ? "" : me);
    }

    @Transactional
    public PostView post(long postId, CurrentUser user) {
        Row p = ForumSql.row(em, "SELECT thread_id, position FROM forum_post WHERE id = ?1", postId)
                .orElseThrow(() -> ProblemException.notFound("Post", postId));
        int position = p.integer("position");
        return posts(p.lng("thread_id"), position, position, user.isAuthenticated() ? user.username() : null).get(0);
    }

    /** The thread and page a post is on, for links and redirects. */
    @Transactional
    public long[] whereIs(long postId) {
        Row p = ForumSql.row(em, "SELECT thread_id, position FROM forum_post WHERE id = ?1", postId)
                .orElseThrow(() -> ProblemException.notFound("Post", postId));
        return new long[] {p.lng("thread_id"), (p.integer("position") - 1) / PageRequest.DEFAULT_SIZE};
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
            throw ProblemException.invalid("q", "forum.search-words");
        }
        String from = """
                FROM forum_post p JOIN forum_thread t ON t.id = p.thread_id
                WHERE p.status = 'PUBLISHED' AND t.status = 'VISIBLE'
                  AND (MATCH (p.body) AGAINST (?1 IN NATURAL LANGUAGE MODE)
                       OR (p.id = t.first_post_id AND MATCH (t.title) AGAINST (?1 IN NATURAL LANGUAGE MODE)))""";
        List<SearchHit> rows = Rows.list(Rows.query(em, "SELECT p.id, p.thread_id, t.title, LEFT(p.body, 200) AS excerpt, p.created_at "
                + from + " ORDER BY MATCH (p.body) AGAINST (?1 IN NATURAL LANGUAGE MODE)"
                + " + MATCH (t.title) AGAINST (?1 IN NATURAL LANGUAGE MODE) DESC, p.id DESC LIMIT ?2 OFFSET ?3")
                .setParameter(1, query).setParameter(2, page.size()).setParameter(3, page.offset()),
                r -> new SearchHit(r.lng("id"), r.lng("thread_id"), r.string("title"), r.string("excerpt"),
                        r.instant("created_at")));
        long total = ((Number) em.createNativeQuery("SELECT COUNT(*) " + from).setParameter(1, query).getSingleResult()).longValue();
        return new PageResult<>(rows, page.page(), page.size(), total);
    }

    private static CategoryView category(Row r, Map<Long, Region> regions) {
        Region region = regions.get(r.lng("region_id"));
        return new CategoryView(r.lng("id"), r.string("code"), r.string("name"), r.string("description"),
                region.code, region.name, r.lng("unit_id"), r.lng("service_id"));
    }
}
