package id.suarawarga.forum;

import static id.suarawarga.forum.ForumFixtures.categoryId;
import static id.suarawarga.forum.ForumFixtures.report;
import static id.suarawarga.forum.ForumFixtures.thread;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.suarawarga.devsupport.Browser;
import java.net.URL;
import io.quarkus.test.junit.QuarkusTest;
import org.eclipse.microprofile.config.ConfigProvider;
import org.htmlunit.WebClient;
import org.htmlunit.html.HtmlCheckBoxInput;
import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.html.HtmlRadioButtonInput;
import org.htmlunit.util.Cookie;
import org.junit.jupiter.api.Test;

/**
 * The forum pages as people use them: a browser without JavaScript, logged in through the real Keycloak, in
 * Bahasa Indonesia and English. Thread list, thread, reply form with a quote, report dialog, moderation queue.
 */
@QuarkusTest
class ForumPagesTest {

    /** A script element without a src: CSP forbids it (the layout's deferred /js/app.js is allowed, and optional). */
    static final java.util.regex.Pattern INLINE_SCRIPT = java.util.regex.Pattern.compile("<script(?![^>]*\\ssrc=)");

    static URL url(String path) throws Exception {
        int port = ConfigProvider.getConfig().getValue("quarkus.http.test-port", Integer.class);
        return new URL("http://127.0.0.1:" + port + path);
    }

    /** A page as a logged-in user sees it. */
    static String pageAs(String user, String path) throws Exception {
        try (WebClient browser = Browser.open()) {
            return Browser.loginAt(browser, url(path), user).getWebResponse().getContentAsString();
        }
    }

    @Test
    void anyoneReadsTheForumsInBothLanguagesOnAPhoneWithoutScripts() {
        long category = categoryId("1708-DUKCAPIL");
        long threadId = given().when().get("/api/v1/forums/" + category + "/threads").then().extract().jsonPath()
                .getLong("items.find { it.title == 'Berapa lama cetak KTP-el setelah rekam?' }.id");
        for (String path : new String[] {"/forums", "/forums/" + category, "/threads/" + threadId, "/forum/search?q=antrean"}) {
            String id = given().when().get(path).then().statusCode(200).extract().asString();
            String en = given().cookie("lang", "en").when().get(path).then().statusCode(200).extract().asString();
            for (String html : new String[] {id, en}) {
                assertTrue(html.contains("name=\"viewport\" content=\"width=device-width, initial-scale=1\""), path);
                // Works without script: the layout's own offline-form script is the only one, and optional.
                assertFalse(html.replace(XssTest.LAYOUT_SCRIPT, "").contains("<script"), path + " needs no script");
                assertFalse(html.contains(" style=\""), path + " has no inline style (CSP)");
            }
            assertTrue(id.contains("Forum warga"), path);
            assertTrue(en.contains("Citizens' forums") || en.contains("Citizens&#39; forums"), path);
        }
        String thread = given().when().get("/threads/" + threadId).then().extract().asString();
        assertTrue(thread.contains("Petugas Dinas Kependudukan dan Pencatatan Sipil"), "officer badge");
        assertTrue(thread.contains("WargaPeduli"), "pseudonym shown");
        assertFalse(thread.contains("Sari"), "never the citizen's real name");
        String en = given().cookie("lang", "en").when().get("/threads/" + threadId).then().extract().asString();
        assertTrue(en.contains("Officer of Dinas Kependudukan dan Pencatatan Sipil"), "officer badge in English");
    }

    @Test
    void aCitizenStartsAThreadRepliesWithAQuoteAndReportsAPost() throws Exception {
        long category = categoryId("7602-UMUM");
        try (WebClient browser = Browser.open()) {
            HtmlPage form = Browser.loginAt(browser, url("/forums/" + category + "/new"), "warga2");
            HtmlForm f = form.getFirstByXPath("//form[@action='/forums/" + category + "/new']");
            assertNotNull(f, form.asXml());
            // Too long a title comes back with the body kept.
            f.getInputByName("title").setValue("x".repeat(151));
            f.getTextAreaByName("body").setText("Air PDAM *keruh* sejak Senin.");
            browser.getOptions().setThrowExceptionOnFailingStatusCode(false);
            HtmlPage rejected = Browser.submit(f);
            assertEquals(422, rejected.getWebResponse().getStatusCode());
            f = rejected.getFirstByXPath("//form[@action='/forums/" + category + "/new']");
            assertEquals("Air PDAM *keruh* sejak Senin.", f.getTextAreaByName("body").getText());
            f.getInputByName("title").setValue("Air PDAM keruh");
            HtmlPage thread = Browser.submit(f);
            assertEquals(200, thread.getWebResponse().getStatusCode());
            assertTrue(thread.getUrl().getPath().startsWith("/threads/"), thread.getUrl().toString());
            assertTrue(thread.asXml().contains("<em>"), "Markdown rendered");
            long threadId = Long.parseLong(thread.getUrl().getPath().substring("/threads/".length()));
            long firstPost = given().when().get("/api/v1/threads/" + threadId).then().extract().jsonPath()
                    .getLong("posts.items[0].id");

            // Reply with a quote through the reply form.
            HtmlPage reply = browser.getPage(url("/threads/" + threadId + "/reply?quote=" + firstPost));
            assertTrue(reply.asNormalizedText().contains("SuaraKepahiang") || reply.asNormalizedText().contains("menulis"));
            HtmlForm rf = reply.getFirstByXPath("//form[@action='/threads/" + threadId + "/reply']");
            rf.getTextAreaByName("body").setText("Di RT kami juga.");
            HtmlPage after = Browser.submit(rf);
            assertTrue(after.asNormalizedText().contains("Balasan Anda sudah tampil"), after.asNormalizedText());
            assertNotNull(after.getFirstByXPath("//blockquote[@class='quote']"), "the quote is shown");
        }
        // Another citizen reports it through the report dialog.
        long threadId = given().when().get("/api/v1/forums/" + category + "/threads?size=100").then().extract()
                .jsonPath().getLong("items.find { it.title == 'Air PDAM keruh' }.id");
        long firstPost = given().when().get("/api/v1/threads/" + threadId).then().extract().jsonPath().getLong("posts.items[0].id");
        try (WebClient browser = Browser.open()) {
            HtmlPage dialog = Browser.loginAt(browser, url("/posts/" + firstPost + "/report"), "warga1");
            HtmlForm rf = dialog.getFirstByXPath("//form[@action='/posts/" + firstPost + "/report']");
            browser.getOptions().setThrowExceptionOnFailingStatusCode(false);
            ((HtmlRadioButtonInput) dialog.getHtmlElementById("r-OTHER")).setChecked(true);
            HtmlPage missing = Browser.submit(rf);
            assertEquals(422, missing.getWebResponse().getStatusCode(), "OTHER needs a text");
            rf = missing.getFirstByXPath("//form[@action='/posts/" + firstPost + "/report']");
            ((HtmlRadioButtonInput) missing.getHtmlElementById("r-SPAM")).setChecked(true);
            HtmlPage done = Browser.submit(rf);
            assertTrue(done.asNormalizedText().contains("laporan Anda diteruskan"), done.asNormalizedText());
        }
    }

    @Test
    void theModeratorWorksTheQueueWithABulkActionAndAReason() throws Exception {
        long[] a = thread("warga1", "1708-UMUM", "Antrean halaman satu", "iklan satu");
        long[] b = thread("warga1", "1708-UMUM", "Antrean halaman dua", "iklan dua");
        report("warga2", a[1], "SPAM", "jualan").then().statusCode(201);
        report("warga2", b[1], "SPAM", null).then().statusCode(201);
        try (WebClient browser = Browser.open()) {
            browser.getCookieManager().addCookie(new Cookie("127.0.0.1", "lang", "en"));
            HtmlPage queue = Browser.loginAt(browser, url("/moderation?size=100"), "moderator1");
            assertTrue(queue.asNormalizedText().contains("Moderation queue"), queue.asNormalizedText());
            HtmlForm form = queue.getFirstByXPath("//form[@action='/moderation']");
            ((HtmlCheckBoxInput) queue.getHtmlElementById("t-post-" + a[1])).setChecked(true);
            ((HtmlCheckBoxInput) queue.getHtmlElementById("t-post-" + b[1])).setChecked(true);
            form.getSelectByName("action").setSelectedAttribute("hide", true);
            browser.getOptions().setThrowExceptionOnFailingStatusCode(false);
            HtmlPage noReason = Browser.submit(form);
            assertEquals(422, noReason.getWebResponse().getStatusCode());
            assertTrue(noReason.asNormalizedText().contains("write the reason"), noReason.asNormalizedText());
            form = noReason.getFirstByXPath("//form[@action='/moderation']");
            ((HtmlCheckBoxInput) noReason.getHtmlElementById("t-post-" + a[1])).setChecked(true);
            ((HtmlCheckBoxInput) noReason.getHtmlElementById("t-post-" + b[1])).setChecked(true);
            form.getSelectByName("action").setSelectedAttribute("hide", true);
            form.getInputByName("reason").setValue("Iklan");
            HtmlPage done = Browser.submit(form);
            assertTrue(done.asNormalizedText().contains("Action applied to 2 items"), done.asNormalizedText());
            HtmlPage log = browser.getPage(url("/moderation/log"));
            assertTrue(log.asNormalizedText().contains("Iklan"), log.asNormalizedText());
        }
        given().when().get("/threads/" + a[0]).then().statusCode(404);
        given().when().get("/threads/" + b[0]).then().statusCode(404);
    }

    @Test
    void citizensCannotOpenTheQueue() throws Exception {
        try (WebClient browser = Browser.open()) {
            browser.getOptions().setThrowExceptionOnFailingStatusCode(false);
            HtmlPage page = Browser.loginAt(browser, url("/moderation"), "warga1");
            assertEquals(403, page.getWebResponse().getStatusCode());
        }
    }

    @Test
    void notificationsAreWordedInTheReadersLanguage() throws Exception {
        long[] t = thread("warga1", "1708-DUKCAPIL", "Tanya legalisir", "Bisa legalisir KK di kecamatan?");
        id.suarawarga.forum.ForumFixtures.reply("petugas.dukcapil", t[0], "Bisa, bawa KK asli.");
        String page = pageAs("warga1", "/me/notifications");
        assertTrue(page.contains("Petugas menjawab di topik Anda"), page);
        assertTrue(page.contains("/threads/" + t[0]), page);
    }

    @Test
    void theFormsSpeakBothLanguages() throws Exception {
        long[] t = thread("warga1", "9901-RSUD", "Formulir dua bahasa", "isi");
        long category = categoryId("9901-RSUD");
        String[][] pages = {
            {"/threads/" + t[0] + "/reply?quote=" + t[1], "Kirim balasan", "Send reply"},
            {"/posts/" + t[1] + "/report", "Spam atau iklan", "Spam or advertising"},
            {"/forums/" + category + "/new", "Topik baru", "New thread"},
            {"/forum/pseudonym", "Nama samaran", "Pseudonym"},
        };
        for (String[] p : pages) {
            for (boolean english : new boolean[] {false, true}) {
                try (WebClient browser = Browser.open()) {
                    if (english) {
                        browser.getCookieManager().addCookie(new Cookie("127.0.0.1", "lang", "en"));
                    }
                    HtmlPage page = Browser.loginAt(browser, url(p[0]), "warga2");
                    String html = page.getWebResponse().getContentAsString();
                    assertTrue(html.contains(english ? p[2] : p[1]), p[0] + (english ? " in English" : " in Indonesian"));
                    assertTrue(html.contains("name=\"viewport\""), p[0]);
                    assertFalse(html.replace(XssTest.LAYOUT_SCRIPT, "").contains("<script") || html.contains(" style=\""),
                            p[0] + " without script or inline style");
                    assertNotNull(page.getFirstByXPath("//main//form//input[@type='hidden'][@value!=''][1]"), "CSRF and key fields");
                }
            }
        }
    }
}
