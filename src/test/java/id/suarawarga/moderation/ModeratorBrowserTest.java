package id.suarawarga.moderation;

import static id.suarawarga.forum.ForumFixtures.as;
import static id.suarawarga.forum.ForumFixtures.report;
import static id.suarawarga.forum.ForumFixtures.reply;
import static id.suarawarga.forum.ForumFixtures.thread;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.suarawarga.devsupport.Axe;
import id.suarawarga.devsupport.Chrome;
import id.suarawarga.devsupport.Languages;
import id.suarawarga.devsupport.Tokens;
import id.suarawarga.devsupport.TouchTargets;
import id.suarawarga.devsupport.WithBrowser;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * A moderator at work on a phone (headless Chromium, 360×740): {@code moderator1} logs in through Keycloak, finds
 * reported replies in the queue, hides one (issue 7's scenario) and restores one that reports had hidden, and the thread then shows
 * exactly that; the audit log page passes axe-core, touch-target and one-language checks without sideways scrolling.
 */
@QuarkusTest
@WithBrowser
class ModeratorBrowserTest {

    static Chrome chrome;

    @TestHTTPResource("/")
    URL base;

    @Test
    void aModeratorHidesOneReportedPostAndRestoresOneTheReportsHid() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 6);
        long[] t = thread("warga1", "1708-UMUM", "Jadwal posyandu " + run, "Kapan posyandu bulan ini?");
        long spam = reply("warga2", t[0], "Jual obat kuat murah " + run + ", hubungi kami sekarang");
        long honest = reply("warga2", t[0], "Posyandu tanggal 12 di balai desa " + run);
        // fresh reporters: a report weighs by its reporter's past, and demo users' pasts depend on other tests
        report(Tokens.newCitizen("reporter"), spam, "SPAM", "iklan obat").then().statusCode(201)
                .body("hidden", equalTo(false));
        for (int i = 0; i < 3; i++) {
            report(Tokens.newCitizen("reporter"), honest, "ABUSE", null).then().statusCode(201);
        }
        as(null).when().get("/api/v1/threads/" + t[0]).then().statusCode(200)
                .body("posts.items.find { it.id == " + honest + " }.status", equalTo("HIDDEN"));

        chrome.forgetCookies();
        chrome.loginAt(new URL(base, "/moderation"), "moderator1");
        assertEquals(Chrome.WIDTH, ((Number) chrome.script("return document.documentElement.clientWidth")).intValue());

        act(spam, "hide", "Iklan, bukan soal layanan publik");
        assertEquals("Tindakan diterapkan pada 1 item.", chrome.find(By.cssSelector("p.notice[role=status]")).getText());
        act(honest, "restore", "Informasi jadwal yang benar");

        chrome.open(new URL(base, "/threads/" + t[0]));
        assertEquals("Kiriman ini disembunyikan sambil menunggu pemeriksaan moderator.",
                chrome.find(By.cssSelector("#post-" + spam + " .post-gone")).getText());
        assertFalse(chrome.find(By.id("post-" + spam)).getText().contains("obat"), "its text is gone from the page");
        assertTrue(chrome.find(By.cssSelector("#post-" + honest + " .post-body")).getText()
                .contains("Posyandu tanggal 12 di balai desa " + run), "restored: shown again");
        assertFalse(chrome.scrollsSideways());
        chrome.screenshot("moderation-thread-after");

        // a visitor who is not logged in sees the same
        chrome.forgetCookies();
        chrome.open(new URL(base, "/threads/" + t[0]));
        assertEquals(List.of(), chrome.driver().findElements(By.cssSelector("#post-" + spam + " .post-body")));
        assertEquals(1, chrome.driver().findElements(By.cssSelector("#post-" + honest + " .post-body")).size());
    }

    @Test
    void theAuditLogPageIsAccessibleAtPhoneWidth() throws Exception {
        long[] t = thread("warga2", "9901-UMUM", "Untuk log " + UUID.randomUUID().toString().substring(0, 6), "isi");
        id.suarawarga.forum.ForumFixtures.act("moderator1", "thread", t[0], "pin", "Penting untuk warga",
                java.util.Map.of()).then().statusCode(200);
        chrome.forgetCookies();
        chrome.loginAt(new URL(base, "/moderation/log"), "moderator1");
        assertTrue(chrome.find(By.tagName("table")).getText().contains("thread #" + t[0]), "the pin is logged");
        for (String lang : List.of("id", "en")) {
            if ("en".equals(lang)) {
                chrome.find(By.cssSelector("button[name=lang][value=en]")).click();
                chrome.await(d -> "en".equals(chrome.script("return document.documentElement.lang")));
                chrome.awaitPath("/moderation/log");
            }
            assertEquals(Chrome.WIDTH, ((Number) chrome.script("return document.documentElement.clientWidth")).intValue());
            assertFalse(chrome.scrollsSideways(), "/moderation/log scrolls sideways at 360 px");
            Axe.assertNoSeriousViolations(chrome, "moderation-log-" + lang);
            Languages.assertOneLanguage(chrome, lang, "moderation-log");
            TouchTargets.assertLargeEnough(chrome, "moderation-log-" + lang);
            chrome.screenshot("moderation-log-" + lang);
        }
        chrome.find(By.cssSelector("button[name=lang][value=id]")).click();
        chrome.await(d -> "id".equals(chrome.script("return document.documentElement.lang")));
    }

    /** In the queue (following its pages), ticks the item, chooses the action, gives the reason and applies it. */
    static void act(long post, String action, String reason) {
        By box = By.id("t-post-" + post);
        while (chrome.driver().findElements(box).isEmpty()) {
            List<WebElement> next = chrome.driver().findElements(By.cssSelector("nav.pager a[rel=next]"));
            assertFalse(next.isEmpty(), "post " + post + " is in the queue");
            String before = chrome.driver().getCurrentUrl();
            next.get(0).click();
            chrome.await(d -> !before.equals(d.getCurrentUrl()));
        }
        WebElement item = chrome.find(box);
        chrome.script("arguments[0].scrollIntoView({block: 'center'})", item);
        item.click(); // the box, not its label: the label holds a link to the thread
        assertTrue(item.isSelected());
        new Select(chrome.find(By.id("f-action"))).selectByValue(action);
        chrome.find(By.id("f-reason")).sendKeys(reason);
        chrome.screenshot("moderation-queue-" + action);
        chrome.find(By.cssSelector("form[action='/moderation'] button[type=submit]")).click();
        chrome.await(d -> !d.findElements(By.cssSelector("p.notice[role=status]")).isEmpty());
        assertEquals("/moderation", chrome.path());
    }
}
