package id.suarawarga.notification;

import static id.suarawarga.forum.ForumFixtures.as;
import static id.suarawarga.forum.ForumFixtures.reply;
import static id.suarawarga.forum.ForumFixtures.thread;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.suarawarga.devsupport.Browser;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.net.URL;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.ConfigProvider;
import org.htmlunit.WebClient;
import org.htmlunit.html.DomElement;
import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.util.Cookie;
import org.junit.jupiter.api.Test;

/**
 * Notifications become read: through {@code POST /api/v1/me/notifications/read} (ids or all, only one's own),
 * and through the notifications page's form (opening the page changes nothing, ADR 0012); the layout's nav link
 * shows the unread count in both languages.
 */
@QuarkusTest
class NotificationsReadTest {

    static URL url(String path) throws Exception {
        int port = ConfigProvider.getConfig().getValue("quarkus.http.test-port", Integer.class);
        return new URL("http://127.0.0.1:" + port + path);
    }

    private static long notificationOf(String user, long postId) {
        return as(user).when().get("/api/v1/me/notifications?size=100").then().statusCode(200).extract().jsonPath()
                .getLong("items.find { it.postId == " + postId + " }.id");
    }

    private static io.restassured.response.Response read(String user, Map<String, Object> body) {
        return as(user).contentType(ContentType.JSON).body(body).when().post("/api/v1/me/notifications/read");
    }

    @Test
    void theApiMarksOnlyMyOwnNotificationsRead() {
        long[] t = thread("warga1", "7602-UMUM", "Untuk notifikasi dibaca", "isi");
        long first = reply("warga2", t[0], "Balasan satu");
        long second = reply("warga2", t[0], "Balasan dua");
        long n1 = notificationOf("warga1", first);
        long n2 = notificationOf("warga1", second);
        as("warga1").when().get("/api/v1/me/notifications?size=100").then()
                .body("items.find { it.id == " + n1 + " }.read", equalTo(false));

        // Someone else's ids are ignored.
        read("warga2", Map.of("ids", List.of(n1, n2))).then().statusCode(200).body("marked", equalTo(0));
        as("warga1").when().get("/api/v1/me/notifications?size=100").then()
                .body("items.find { it.id == " + n1 + " }.read", equalTo(false));

        long unreadBefore = read("warga1", Map.of("ids", List.of(n1, n1))).then().statusCode(200)
                .body("marked", equalTo(1)).extract().jsonPath().getLong("unread");
        as("warga1").when().get("/api/v1/me/notifications?size=100").then()
                .body("items.find { it.id == " + n1 + " }.read", equalTo(true))
                .body("items.find { it.id == " + n2 + " }.read", equalTo(false));
        assertTrue(unreadBefore >= 1, "the second is still unread");
        read("warga1", Map.of("ids", List.of(n1))).then().statusCode(200).body("marked", equalTo(0));
        read("warga1", Map.of("all", true)).then().statusCode(200).body("marked", equalTo((int) unreadBefore))
                .body("unread", equalTo(0));
        as("warga1").when().get("/api/v1/me/notifications?size=100").then()
                .body("items.find { it.id == " + n2 + " }.read", equalTo(true));

        // Neither or both: 422; ids bounded; anonymous: 401; every role may mark its own.
        read("warga1", Map.of()).then().statusCode(422);
        read("warga1", Map.of("ids", List.of(), "all", false)).then().statusCode(422);
        read("warga1", Map.of("ids", List.of(n1), "all", true)).then().statusCode(422);
        read("warga1", Map.of("ids", List.of(-1))).then().statusCode(422);
        read("warga1", Map.of("ids", java.util.stream.LongStream.rangeClosed(1, 101).boxed().toList())).then().statusCode(422);
        read(null, Map.of("all", true)).then().statusCode(401);
        for (String user : List.of("petugas.dukcapil", "moderator1", "hr1", "admin1")) {
            read(user, Map.of("all", true)).then().statusCode(200).body("unread", equalTo(0));
        }
    }

    @Test
    void theNavShowsTheUnreadCountAndThePagesFormMarksTheShownOnesReadButOpeningItDoesNot() throws Exception {
        long[] t = thread("warga1", "1708-UMUM", "Untuk hitungan belum dibaca", "isi");
        read("warga1", Map.of("all", true)).then().statusCode(200);
        long a = reply("warga2", t[0], "Satu");
        long b = reply("warga2", t[0], "Dua");
        try (WebClient browser = Browser.open()) {
            HtmlPage account = Browser.loginAt(browser, url("/account"), "warga1");
            DomElement link = account.getFirstByXPath("//nav//a[@href='/me/notifications']");
            assertNotNull(link, account.asXml());
            assertEquals("Notifikasi (2 baru)", link.asNormalizedText());

            browser.getCookieManager().addCookie(new Cookie("127.0.0.1", "lang", "en"));
            assertEquals("Notifications (2 new)", ((DomElement) ((HtmlPage) browser.getPage(url("/forums")))
                    .getFirstByXPath("//nav//a[@href='/me/notifications']")).asNormalizedText());

            // Opening the page (twice) changes nothing: a GET never writes (ADR 0012).
            browser.getPage(url("/me/notifications"));
            HtmlPage list = browser.getPage(url("/me/notifications"));
            assertEquals(2, list.getByXPath("//main//li[span[@class='tag'][.='New']]").size(), list.asXml());
            assertEquals("Notifications (2 new)", ((DomElement) list.getFirstByXPath("//nav//a[@href='/me/notifications']"))
                    .asNormalizedText(), "still unread after opening the page");
            for (long post : new long[] {a, b}) {
                as("warga1").when().get("/api/v1/me/notifications?size=100").then()
                        .body("items.find { it.id == " + notificationOf("warga1", post) + " }.read", equalTo(false));
            }

            // The page's form marks the shown ones read (a CSRF-protected POST), then shows the page again.
            HtmlForm form = list.getFirstByXPath("//main//form[@action='/me/notifications/read']");
            assertNotNull(form, list.asXml());
            assertNotNull(form.getInputByName("csrf-token"));
            HtmlPage after = Browser.submit(form);
            assertEquals("/me/notifications", after.getUrl().getPath());
            assertTrue(after.getByXPath("//main//li[span[@class='tag']]").isEmpty(), "nothing new after marking");
            assertNull(after.getFirstByXPath("//main//form[@action='/me/notifications/read']"), "no form: nothing to mark");
            assertEquals("Notifications", ((DomElement) after.getFirstByXPath("//nav//a[@href='/me/notifications']"))
                    .asNormalizedText());
            for (long post : new long[] {a, b}) {
                as("warga1").when().get("/api/v1/me/notifications?size=100").then()
                        .body("items.find { it.id == " + notificationOf("warga1", post) + " }.read", equalTo(true));
            }
            assertFalse(after.asNormalizedText().contains("(1 new)"));
        }
    }

    @Test
    void thePageFormMarksOnlyMyOwnAndNeedsTheCsrfToken() throws Exception {
        long[] t = thread("warga1", "1708-UMUM", "Untuk formulir dibaca", "isi");
        long n = notificationOf("warga1", reply("warga2", t[0], "Balasan"));
        try (WebClient browser = Browser.open()) {
            HtmlPage page = Browser.loginAt(browser, url("/me/notifications"), "warga2");
            // warga2 sends warga1's id through a form of their own: ignored.
            HtmlForm lang = page.getFirstByXPath("//form[@action='/lang']");
            String token = lang.getInputByName("csrf-token").getValue();
            org.htmlunit.WebRequest post = new org.htmlunit.WebRequest(url("/me/notifications/read"),
                    org.htmlunit.HttpMethod.POST);
            post.setRequestParameters(List.of(new org.htmlunit.util.NameValuePair("csrf-token", token),
                    new org.htmlunit.util.NameValuePair("id", Long.toString(n)),
                    new org.htmlunit.util.NameValuePair("id", "not-a-number")));
            assertEquals(200, browser.getPage(post).getWebResponse().getStatusCode());
            // Without the token: refused.
            post.setRequestParameters(List.of(new org.htmlunit.util.NameValuePair("id", Long.toString(n))));
            browser.getOptions().setThrowExceptionOnFailingStatusCode(false);
            assertEquals(400, browser.getPage(post).getWebResponse().getStatusCode());
        }
        as("warga1").when().get("/api/v1/me/notifications?size=100").then()
                .body("items.find { it.id == " + n + " }.read", equalTo(false));
    }
}
