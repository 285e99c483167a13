package id.suarawarga.counter;

import static id.suarawarga.counter.PaperApiTest.as;
import static id.suarawarga.counter.PaperApiTest.batch;
import static id.suarawarga.counter.PaperApiTest.create;
import static id.suarawarga.counter.PaperApiTest.newService;
import static id.suarawarga.counter.PaperApiTest.paperCount;
import static id.suarawarga.counter.PaperApiTest.unitId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.suarawarga.devsupport.Chrome;
import id.suarawarga.devsupport.WithBrowser;
import id.suarawarga.feedback.skm.Period;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * The officer's paper entry in headless Chromium at 360 px: twenty sheets typed with the keyboard only (nine digits
 * and Enter per sheet, a comment reached by Tab), one wrong sheet refused beside itself with everything typed kept,
 * corrected, the batch counted into the IKM and withdrawn again; the pages pass axe-core in both languages.
 */
@QuarkusTest
@WithBrowser
class PaperBrowserTest {

    static Chrome chrome;

    @TestHTTPResource("/")
    URL base;

    @Test
    void twentySheetsAreEnteredByKeyboardOnlyCountedAndWithdrawn() throws Exception {
        long service = newService(unitId("1708-DUKCAPIL"));
        LocalDate day = LocalDate.now(Period.ZONE);
        long id = create("petugas.dukcapil", service, batch(day, 20, false));
        String path = "/officer/paper/" + id;
        chrome.forgetCookies();
        chrome.loginAt(new URL(base, path), "petugas.dukcapil");
        language("id");
        chrome.open(new URL(base, path));
        assertEquals(20, chrome.driver().findElements(By.cssSelector("input.paper-digits")).size());
        assertEquals("d-1", active().getAttribute("id"), "the first sheet has the focus");

        long started = System.nanoTime();
        for (int sheet = 1; sheet <= 20; sheet++) {
            String digits = sheet == 7 ? "43443342" : sheet % 2 == 0 ? "434433423" : "443344334";
            active().sendKeys(digits);
            if (sheet == 5) {
                for (int tab = 0; tab < 5; tab++) {
                    active().sendKeys(Keys.TAB);
                }
                assertEquals("c-5", active().getAttribute("id"), "profile and comment are reached by Tab");
                active().sendKeys("Antrean rapi");
            }
            active().sendKeys(Keys.ENTER);
        }
        assertEquals("button", active().getTagName(), "Enter after the last sheet goes to the button");
        assertTrue(chrome.find(By.id("paper-ready")).getText().startsWith("19 lembar"),
                chrome.find(By.id("paper-ready")).getText());
        active().sendKeys(Keys.ENTER);

        chrome.await(d -> !d.findElements(By.id("error-summary")).isEmpty());
        assertEquals("d-7", active().getAttribute("id"), "the wrong sheet has the focus");
        assertTrue(chrome.find(By.id("err-7")).getText().contains("Lembar 7"), chrome.find(By.id("err-7")).getText());
        assertEquals("43443342", chrome.find(By.id("d-7")).getAttribute("value"), "what was typed is kept");
        assertEquals("434433423", chrome.find(By.id("d-12")).getAttribute("value"));
        assertEquals("Antrean rapi", chrome.find(By.id("c-5")).getAttribute("value"));
        assertEquals(0, paperCount(service, day));
        chrome.inspect("paper-entry-error", "id");

        active().sendKeys(Keys.chord(Keys.CONTROL, "a"), "434433423");
        for (int i = 8; i <= 21; i++) {
            active().sendKeys(Keys.ENTER);
        }
        active().sendKeys(Keys.ENTER);
        chrome.await(d -> !d.findElements(By.id("count-form")).isEmpty());
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("paper entry: 20 sheets by keyboard, one corrected, in %.1f s%n", seconds);
        assertTrue(chrome.find(By.id("progress")).getText().contains("20 dari 20"), chrome.find(By.id("progress")).getText());
        chrome.inspect("paper-batch-typed", "id");

        chrome.find(By.cssSelector("#count-form button")).sendKeys(Keys.ENTER);
        chrome.await(d -> !d.findElements(By.id("counted")).isEmpty());
        assertEquals(20, paperCount(service, day));
        chrome.inspect("paper-batch-counted", "id");

        WebElement reason = chrome.find(By.id("f-reason"));
        reason.sendKeys("Salah layanan");
        reason.sendKeys(Keys.TAB);
        active().sendKeys(Keys.ENTER);
        chrome.await(d -> !d.findElements(By.id("withdrawn")).isEmpty());
        assertEquals(0, paperCount(service, day), "withdrawn: out of the IKM again");
    }

    @Test
    void thePaperPagesPassAxeInBothLanguagesAt360Px() throws Exception {
        long service = newService(unitId("1708-DUKCAPIL"));
        LocalDate day = LocalDate.now(Period.ZONE);
        long open = create("petugas.dukcapil", service, batch(day, 3, false));
        // A double entry typed first by the regency's admin: the officer may type the second entry (blind).
        long blind = create("admin.kepahiang", service, batch(day, 2, true));
        rows("admin.kepahiang", blind, "rows", "444444444", "434433423");
        long differing = create("admin.kepahiang", service, batch(day, 2, true));
        rows("admin.kepahiang", differing, "rows", "444444444", "434433423");
        rows("admin1", differing, "verification", "444444444", "434133423");

        chrome.forgetCookies();
        chrome.loginAt(new URL(base, "/officer/paper"), "petugas.dukcapil");
        for (String lang : List.of("id", "en")) {
            language(lang);
            check("paper-list", "/officer/paper", lang);
            check("paper-entry", "/officer/paper/" + open, lang);
            check("paper-verify", "/officer/paper/" + blind + "/verify", lang);
            assertTrue(chrome.driver().findElements(By.cssSelector("#typed li")).isEmpty(), "blind: no first entry");
            check("paper-differences", "/officer/paper/" + differing + "/differences", lang);
            assertEquals(1, chrome.driver().findElements(By.cssSelector("[id^=difference-]")).size());
            check("paper-desk", "/officer", lang);
            assertFalse(chrome.driver().findElements(By.cssSelector("a[href='/officer/paper']")).isEmpty());
        }
    }

    static void rows(String user, long batch, String step, String... digits) {
        as(user).body(Map.of("rows", java.util.Arrays.stream(digits).map(d -> Map.of("digits", d)).toList()))
                .when().post("/api/v1/paper-batches/" + batch + "/" + step).then().statusCode(201);
    }

    private WebElement active() {
        return chrome.driver().switchTo().activeElement();
    }

    private void language(String lang) throws Exception {
        if (!chrome.driver().getCurrentUrl().startsWith(base.toString())) {
            chrome.open(new URL(base, "/"));
        }
        chrome.driver().manage().deleteCookieNamed("lang");
        chrome.driver().manage().addCookie(new Cookie("lang", lang, "/"));
    }

    private void check(String name, String path, String lang) throws Exception {
        chrome.open(new URL(base, path));
        assertEquals(path, chrome.path(), name + ": served as itself");
        chrome.inspect(name, lang);
    }
}
