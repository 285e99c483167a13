package id.suarawarga.forum;

import static id.suarawarga.forum.ForumFixtures.categoryId;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.suarawarga.devsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import javax.sql.DataSource;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A thread of 5,000 posts: any page of it, first or last, through the page or the API, costs the same small
 * number of SQL statements (counted by Hibernate's statistics, which see native queries too).
 */
@QuarkusTest
class ThreadPageCostTest {

    static final int POSTS = 5_000;
    /** The thread row, then one range of posts by position with authors, quotes and my reactions joined. */
    static final int MAX_STATEMENTS = 2;

    @Inject
    DataSource dataSource;

    @Inject
    EntityManagerFactory emf;

    static long thread;

    @BeforeEach
    void aThreadOfFiveThousandPosts() throws Exception {
        if (thread != 0) {
            return;
        }
        long category = categoryId("9901-RSUD");
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.executeUpdate("INSERT INTO forum_thread (category_id, title, author) VALUES (" + category
                        + ", 'Topik panjang 5.000 kiriman', 'warga1')", Statement.RETURN_GENERATED_KEYS);
                try (ResultSet keys = s.getGeneratedKeys()) {
                    keys.next();
                    thread = keys.getLong(1);
                }
            }
            try (PreparedStatement ps = c.prepareStatement("""
                    INSERT INTO forum_post (thread_id, position, author, author_kind, quote_post_id, body, body_html)
                    VALUES (?, ?, ?, 'CITIZEN', NULL, ?, ?)""")) {
                for (int i = 1; i <= POSTS; i++) {
                    ps.setLong(1, thread);
                    ps.setInt(2, i);
                    ps.setString(3, i % 2 == 0 ? "warga2" : "warga1");
                    ps.setString(4, "Kiriman nomor " + i);
                    ps.setString(5, "<p>Kiriman nomor " + i + "</p>");
                    ps.addBatch();
                    if (i % 1000 == 0) {
                        ps.executeBatch();
                    }
                }
            }
            try (Statement s = c.createStatement()) {
                s.executeUpdate("UPDATE forum_thread SET post_count = " + POSTS + ", first_post_id = (SELECT id FROM forum_post"
                        + " WHERE thread_id = " + thread + " AND position = 1) WHERE id = " + thread);
                // Every tenth post quotes the one before it: the join is exercised too.
                s.executeUpdate("UPDATE forum_post p JOIN forum_post q ON q.thread_id = p.thread_id AND q.position = p.position - 1"
                        + " SET p.quote_post_id = q.id WHERE p.thread_id = " + thread + " AND p.position % 10 = 0");
            }
            c.commit();
        }
    }

    private long statements(Runnable request) {
        Statistics stats = emf.unwrap(SessionFactory.class).getStatistics();
        stats.clear();
        request.run();
        return stats.getPrepareStatementCount();
    }

    @Test
    void everyPageOfTheThreadCostsTheSameFewStatements() {
        int last = (POSTS - 1) / 20;
        for (int page : new int[] {0, 1, last / 2, last}) {
            long html = statements(() -> given().when().get("/threads/" + thread + "?page=" + page).then().statusCode(200)
                    .body(containsString("Kiriman nomor " + (page * 20 + 20)))
                    .body(containsString("Kiriman nomor " + (page * 20 + 1))));
            long api = statements(() -> given().when().get("/api/v1/threads/" + thread + "?page=" + page).then()
                    .statusCode(200).body("posts.items.size()", equalTo(20))
                    .body("posts.items[0].position", equalTo(page * 20 + 1)).body("posts.total", equalTo(POSTS)));
            long asCitizen = statements(() -> given().auth().oauth2(Tokens.of("warga2")).when()
                    .get("/api/v1/threads/" + thread + "?page=" + page).then().statusCode(200)
                    .body("posts.items[1].mine", equalTo(true)));
            assertTrue(html <= MAX_STATEMENTS, "page " + page + " of the HTML thread: " + html + " statements");
            assertEquals(html, api, "the API reads the same");
            assertTrue(asCitizen <= MAX_STATEMENTS, "page " + page + " for a citizen: " + asCitizen + " statements");
        }
    }

    @Test
    void theStatisticsSeeNativeQueries() {
        // Guards the measurement itself: a page that runs statements must not count as zero.
        assertTrue(statements(() -> given().when().get("/api/v1/threads/" + thread).then().statusCode(200)) > 0);
    }
}
