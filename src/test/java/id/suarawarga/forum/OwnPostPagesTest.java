package id.suarawarga.forum;

import static id.suarawarga.forum.ForumFixtures.as;
import static id.suarawarga.forum.ForumFixtures.categoryId;
import static id.suarawarga.forum.ForumFixtures.reply;
import static id.suarawarga.forum.ForumFixtures.thread;
import static id.suarawarga.forum.ForumPagesTest.url;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.suarawarga.devsupport.Browser;
import id.suarawarga.shared.ratelimit.RateLimits;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import javax.sql.DataSource;
import org.htmlunit.WebClient;
import org.htmlunit.html.HtmlAnchor;
import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlInput;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.util.Cookie;
import org.junit.jupiter.api.Test;

/**
 * Through the real Keycloak login and a browser without JavaScript: the author edits (within the window) and
 * deletes their own post on the page; and a daily limit or a suspension is explained on the form that keeps what
 * was typed, in both languages.
 */
@QuarkusTest
class OwnPostPagesTest {

    @Inject
    DataSource dataSource;

    @Test
    void theAuthorEditsAndDeletesTheirOwnPostOnThePage() throws Exception {
        long[] t = thread("warga2", "7602-UMUM", "Jalan berlubang di Simboro", "Lubangnya *besar*.");
        long other = reply("warga1", t[0], "Sudah saya laporkan juga.");
        try (WebClient browser = Browser.open()) {
            browser.getOptions().setThrowExceptionOnFailingStatusCode(false);
            Browser.loginAt(browser, url("/posts/" + t[1] + "/edit"), "warga2");
            HtmlPage page = browser.getPage(url("/threads/" + t[0]));
            assertNotNull(page.getFirstByXPath("//a[@href='/posts/" + t[1] + "/edit']"), "edit link on my post");
            assertNotNull(page.getFirstByXPath("//a[@href='/posts/" + t[1] + "/delete']"), "delete link on my post");
            assertNull(page.getFirstByXPath("//a[@href='/posts/" + other + "/edit']"), "no edit link on someone else's post");
            assertNull(page.getFirstByXPath("//a[@href='/posts/" + other + "/delete']"), "no delete link on someone else's post");

            HtmlPage edit = ((HtmlAnchor) page.getFirstByXPath("//a[@href='/posts/" + t[1] + "/edit']")).click();
            HtmlForm f = edit.getFirstByXPath("//form[@action='/posts/" + t[1] + "/edit']");
            assertEquals("Lubangnya *besar*.", f.getTextAreaByName("body").getText(), "my Markdown, not the HTML");
            assertEquals("Jalan berlubang di Simboro", f.getInputByName("title").getValue(), "the opening post edits the title");
            assertNotNull(f.getFirstByXPath(".//input[@name='csrf-token'][@value!='']"), "CSRF token in the form");

            // An empty body comes back with the typed title kept.
            f.getInputByName("title").setValue("Jalan berlubang di Simboro (RT 3)");
            f.getTextAreaByName("body").setText("   ");
            HtmlPage rejected = Browser.submit(f);
            assertEquals(422, rejected.getWebResponse().getStatusCode());
            assertTrue(rejected.asNormalizedText().contains("Periksa kembali isian berikut"), rejected.asNormalizedText());
            f = rejected.getFirstByXPath("//form[@action='/posts/" + t[1] + "/edit']");
            assertEquals("Jalan berlubang di Simboro (RT 3)", f.getInputByName("title").getValue());

            // A forged form (wrong CSRF token) changes nothing.
            f.getTextAreaByName("body").setText("Dipalsukan");
            ((HtmlInput) f.getFirstByXPath(".//input[@name='csrf-token']")).setValue("palsu");
            HtmlPage forged = Browser.submit(f);
            assertTrue(forged.getWebResponse().getStatusCode() >= 400, "forged form refused: " + forged.getWebResponse().getStatusCode());
            as(null).when().get("/api/v1/threads/" + t[0]).then().body("posts.items[0].html", equalTo("<p>Lubangnya <em>besar</em>.</p>\n"));

            // The real edit: POST, redirect, GET of the thread with a notice.
            edit = browser.getPage(url("/posts/" + t[1] + "/edit"));
            f = edit.getFirstByXPath("//form[@action='/posts/" + t[1] + "/edit']");
            f.getInputByName("title").setValue("Jalan berlubang di Simboro (RT 3)");
            f.getTextAreaByName("body").setText("Lubangnya **besar** dan dalam.");
            HtmlPage after = Browser.submit(f);
            assertEquals(200, after.getWebResponse().getStatusCode());
            assertEquals("/threads/" + t[0], after.getUrl().getPath(), "redirected back to the thread");
            assertTrue(after.asNormalizedText().contains("Perubahan Anda tersimpan"), after.asNormalizedText());
            assertTrue(after.asNormalizedText().contains("Jalan berlubang di Simboro (RT 3)"));
            as(null).when().get("/api/v1/threads/" + t[0]).then().body("title", equalTo("Jalan berlubang di Simboro (RT 3)"))
                    .body("posts.items[0].html", equalTo("<p>Lubangnya <strong>besar</strong> dan dalam.</p>\n"))
                    .body("posts.items[0].edited", equalTo(true));

            // Someone else may neither open nor send the edit form of my post.
            try (WebClient stranger = Browser.open()) {
                stranger.getOptions().setThrowExceptionOnFailingStatusCode(false);
                HtmlPage denied = Browser.loginAt(stranger, url("/posts/" + t[1] + "/edit"), "warga1");
                assertEquals(403, denied.getWebResponse().getStatusCode());
                assertEquals(403, stranger.getPage(url("/posts/" + t[1] + "/delete")).getWebResponse().getStatusCode());
            }

            // In English, an edit form opened in time but sent after the window keeps the text and says why.
            browser.getCookieManager().addCookie(new Cookie("127.0.0.1", "lang", "en"));
            edit = browser.getPage(url("/posts/" + t[1] + "/edit"));
            assertTrue(edit.asNormalizedText().contains("A post can be edited until 30 minutes after it was sent"), edit.asNormalizedText());
            f = edit.getFirstByXPath("//form[@action='/posts/" + t[1] + "/edit']");
            f.getTextAreaByName("body").setText("Terlambat diubah");
            age(t[1], 31);
            HtmlPage late = Browser.submit(f);
            assertEquals(409, late.getWebResponse().getStatusCode());
            assertTrue(late.asNormalizedText().contains("The edit window has passed"), late.asNormalizedText());
            assertEquals("Terlambat diubah", ((HtmlForm) late.getFirstByXPath("//form[@action='/posts/" + t[1] + "/edit']"))
                    .getTextAreaByName("body").getText(), "typed text kept");
            HtmlPage thread = browser.getPage(url("/threads/" + t[0]));
            assertNull(thread.getFirstByXPath("//a[@href='/posts/" + t[1] + "/edit']"), "no edit link after the window");
            assertEquals(409, browser.getPage(url("/posts/" + t[1] + "/edit")).getWebResponse().getStatusCode());

            // Deleting needs a confirmation (a POST form), then the post shows as removed by its author.
            HtmlPage confirm = ((HtmlAnchor) thread.getFirstByXPath("//a[@href='/posts/" + t[1] + "/delete']")).click();
            assertTrue(confirm.asNormalizedText().contains("Delete this post?"), confirm.asNormalizedText());
            HtmlForm d = confirm.getFirstByXPath("//form[@action='/posts/" + t[1] + "/delete']");
            assertNotNull(d.getFirstByXPath(".//input[@name='csrf-token'][@value!='']"));
            HtmlPage deleted = Browser.submit(d);
            assertEquals("/threads/" + t[0], deleted.getUrl().getPath());
            assertTrue(deleted.asNormalizedText().contains("Your post is deleted."), deleted.asNormalizedText());
            assertTrue(deleted.asNormalizedText().contains("This post was removed by its author."));
            as(null).when().get("/api/v1/threads/" + t[0]).then().body("posts.items[0].status", equalTo("DELETED"));
            assertNull(deleted.getFirstByXPath("//a[@href='/posts/" + t[1] + "/delete']"), "nothing left to delete");
        }
    }

    @Test
    void theDailyLimitIsExplainedOnTheReplyFormWithTheTextKept() throws Exception {
        long[] t = thread("warga1", "7602-UMUM", "Untuk batas harian", "isi");
        LocalDate today = LocalDate.now(RateLimits.ZONE);
        try (WebClient browser = Browser.open()) {
            browser.getOptions().setThrowExceptionOnFailingStatusCode(false);
            HtmlPage page = Browser.loginAt(browser, url("/threads/" + t[0] + "/reply"), "warga2");
            HtmlForm f = page.getFirstByXPath("//form[@action='/threads/" + t[0] + "/reply']");
            f.getTextAreaByName("body").setText("Balasan yang panjang dan berharga");
            counter(today, 1_000_000);
            HtmlPage limited;
            try {
                limited = Browser.submit(f);
            } finally {
                counter(today, -1_000_000);
            }
            assertEquals(429, limited.getWebResponse().getStatusCode());
            assertTrue(Long.parseLong(limited.getWebResponse().getResponseHeaderValue("Retry-After")) > 0);
            String text = limited.asNormalizedText();
            assertTrue(text.contains("Batas harian tercapai") && text.contains("Teks yang Anda ketik masih ada"), text);
            HtmlForm kept = limited.getFirstByXPath("//form[@action='/threads/" + t[0] + "/reply']");
            assertEquals("Balasan yang panjang dan berharga", kept.getTextAreaByName("body").getText());

            // In English too; the kept form can be sent again once the limit allows it.
            browser.getCookieManager().addCookie(new Cookie("127.0.0.1", "lang", "en"));
            counter(today, 1_000_000);
            HtmlPage limitedEn;
            try {
                limitedEn = Browser.submit(kept);
            } finally {
                counter(today, -1_000_000);
            }
            assertEquals(429, limitedEn.getWebResponse().getStatusCode());
            assertTrue(limitedEn.asNormalizedText().contains("Daily limit reached"), limitedEn.asNormalizedText());
            assertTrue(limitedEn.asNormalizedText().contains("What you typed is kept below"));
            HtmlPage sent = Browser.submit(limitedEn.getFirstByXPath("//form[@action='/threads/" + t[0] + "/reply']"));
            assertEquals(200, sent.getWebResponse().getStatusCode());
            assertTrue(sent.asNormalizedText().contains("Balasan yang panjang dan berharga"), sent.asNormalizedText());
        }
    }

    @Test
    void aSuspensionIsExplainedOnTheNewThreadFormWithTheTextKept() throws Exception {
        long category = categoryId("1708-UMUM");
        try (WebClient browser = Browser.open()) {
            browser.getOptions().setThrowExceptionOnFailingStatusCode(false);
            HtmlPage page = Browser.loginAt(browser, url("/forums/" + category + "/new"), "warga2");
            HtmlForm f = page.getFirstByXPath("//form[@action='/forums/" + category + "/new']");
            f.getInputByName("title").setValue("Lampu jalan padam");
            f.getTextAreaByName("body").setText("Sudah seminggu padam.");
            long sanction = suspend("warga2");
            HtmlPage suspended;
            HtmlPage suspendedEn;
            try {
                suspended = Browser.submit(f);
                browser.getCookieManager().addCookie(new Cookie("127.0.0.1", "lang", "en"));
                suspendedEn = Browser.submit(suspended.getFirstByXPath("//form[@action='/forums/" + category + "/new']"));
            } finally {
                lift(sanction);
            }
            assertEquals(403, suspended.getWebResponse().getStatusCode());
            assertTrue(suspended.asNormalizedText().contains("Hak menulis ditangguhkan"), suspended.asNormalizedText());
            HtmlForm kept = suspended.getFirstByXPath("//form[@action='/forums/" + category + "/new']");
            assertEquals("Lampu jalan padam", kept.getInputByName("title").getValue());
            assertEquals("Sudah seminggu padam.", kept.getTextAreaByName("body").getText());
            assertEquals(403, suspendedEn.getWebResponse().getStatusCode());
            assertTrue(suspendedEn.asNormalizedText().contains("Posting suspended"), suspendedEn.asNormalizedText());
            assertFalse(suspendedEn.asNormalizedText().contains("Forbidden"), "a friendly page, not a bare error");
            kept = suspendedEn.getFirstByXPath("//form[@action='/forums/" + category + "/new']");
            assertEquals("Sudah seminggu padam.", kept.getTextAreaByName("body").getText());
        }
    }

    /** Moves a post's creation back by some minutes (the edit window is counted from it). */
    private void age(long postId, int minutes) throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE forum_post SET created_at = created_at - INTERVAL " + minutes + " MINUTE WHERE id = " + postId);
        }
    }

    private void counter(LocalDate day, int delta) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement("""
                INSERT INTO rate_limit_counter (username, action, window_start, used) VALUES ('warga2', 'forum.post', ?, ?)
                ON DUPLICATE KEY UPDATE used = used + ?""")) {
            s.setObject(1, day);
            s.setInt(2, Math.max(delta, 0));
            s.setInt(3, delta);
            s.executeUpdate();
        }
    }

    private long suspend(String username) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement("""
                INSERT INTO moderation_sanction (username, kind, until_at, reason, given_by)
                VALUES (?, 'SUSPEND', NOW(6) + INTERVAL 1 DAY, 'uji halaman', 'moderator1')""", Statement.RETURN_GENERATED_KEYS)) {
            s.setString(1, username);
            s.executeUpdate();
            try (ResultSet rs = s.getGeneratedKeys()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private void lift(long sanction) throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE moderation_sanction SET until_at = NOW(6) WHERE id = " + sanction);
        }
    }
}
