package id.suarawarga.counter;

import static id.suarawarga.counter.PaperApiTest.newService;
import static id.suarawarga.counter.PaperApiTest.unitId;
import static id.suarawarga.counter.VisitApiTest.visitCount;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.suarawarga.devsupport.Chrome;
import id.suarawarga.devsupport.PageWeight;
import id.suarawarga.devsupport.WithBrowser;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;

/**
 * Visit codes in headless Chromium at 360 px: the officer creates a code and shows it big; a person with no
 * account opens {@code /v/{code}}, answers the nine elements and is thanked, counting the screens and seconds;
 * the same code a second time is refused kindly; the pages pass axe-core in both languages and stay within 30 KB.
 */
@QuarkusTest
@WithBrowser
class VisitBrowserTest {

    static final long BUDGET = 30 * 1024;

    static Chrome chrome;

    @TestHTTPResource("/")
    URL base;

    @Test
    void anOfficerMakesACodeAndAPersonWithoutAnAccountAnswersInTwoScreens() throws Exception {
        long service = newService(unitId("1708-DUKCAPIL"));
        chrome.forgetCookies();
        chrome.loginAt(new URL(base, "/officer/visits"), "petugas.dukcapil");
        language("id");
        chrome.open(new URL(base, "/officer/visits"));
        chrome.driver().findElement(By.cssSelector("#f-serviceId option[value='" + service + "']")).click();
        chrome.find(By.cssSelector("#visit-form button")).click();
        chrome.await(d -> !d.findElements(By.id("visit-code")).isEmpty());
        String code = chrome.find(By.id("visit-code")).getText();
        assertTrue(code.matches("[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{5}"), code);
        chrome.inspect("visit-show", "id");

        // The citizen: no account, their own phone (no cookies of the officer's)
        chrome.forgetCookies();
        long started = System.nanoTime();
        int screens = 1;
        chrome.open(new URL(base, "/v/" + code.replace("-", "")));
        assertTrue(chrome.find(By.tagName("h1")).getText().contains("Survei"), chrome.find(By.tagName("h1")).getText());
        for (int i = 1; i <= 9; i++) {
            WebElement choice = chrome.find(By.cssSelector("input[name='U" + i + "'][value='" + (i % 2 == 0 ? 3 : 4) + "']"));
            chrome.script("arguments[0].scrollIntoView({block:'center'})", choice);
            choice.click();
        }
        WebElement submit = chrome.find(By.cssSelector("form.survey button[type=submit]"));
        chrome.script("arguments[0].scrollIntoView({block:'center'})", submit);
        submit.click();
        chrome.await(d -> !d.findElements(By.id("thanks")).isEmpty());
        screens++;
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("visit code: answered without an account in %d screens, %.1f s%n", screens, seconds);
        assertTrue(screens <= 3);
        assertEquals(1, visitCount(service));
        chrome.inspect("visit-thanks", "id");

        // the same code again: a kind page, nothing counted
        chrome.open(new URL(base, "/v/" + code));
        assertEquals("used", chrome.find(By.id("refused")).getAttribute("data-kind"));
        chrome.inspect("visit-used", "id");
        assertEquals(1, visitCount(service));

        // after answering, not before: an account to follow the replies
        chrome.open(new URL(base, "/v/" + code.replace("-", "") + "/thanks"));
        chrome.find(By.cssSelector("a[href$='/follow']")).click();
        String username = "ikut" + Long.toString(System.nanoTime(), 36);
        chrome.keycloakRegister(username, username + "-Sandi1");
        chrome.await(d -> !d.findElements(By.id("follow")).isEmpty());
        chrome.inspect("visit-follow", "id");
        chrome.find(By.id("follow")).click();
        chrome.awaitPath("/me/feedback");
        assertTrue(chrome.find(By.tagName("main")).getText().contains("Layanan Kertas"),
                "the followed answer is in my feedback: " + chrome.find(By.tagName("main")).getText());
        assertEquals(1, visitCount(service), "following changes no count");
    }

    @Test
    void theVisitPagesPassAxeInBothLanguagesWithin30Kb() throws Exception {
        long service = newService(unitId("1708-DUKCAPIL"));
        String code = VisitApiTest.newCode("petugas.dukcapil", service).replace("-", "");
        chrome.forgetCookies();
        for (String lang : List.of("id", "en")) {
            language(lang);
            PageWeight weight = PageWeight.coldLoad(chrome, "visit-answer-" + lang, new URL(base, "/v/" + code).toString());
            System.out.println("page weight: " + weight);
            assertTrue(weight.transferred() <= BUDGET, weight.toString());
            assertEquals(List.of(), weight.foreign());
            chrome.inspect("visit-answer", lang);
            // a refused answer keeps what was chosen and names the missing elements
            chrome.find(By.cssSelector("input[name='U1'][value='2']")).click();
            WebElement submit = chrome.find(By.cssSelector("form.survey button[type=submit]"));
            chrome.script("arguments[0].scrollIntoView({block:'center'})", submit);
            submit.click();
            chrome.await(d -> !d.findElements(By.id("error-summary")).isEmpty());
            assertTrue(chrome.find(By.cssSelector("input[name='U1'][value='2']")).isSelected());
            chrome.inspect("visit-answer-errors", lang);
            chrome.open(new URL(base, "/v/ABCD-EFGH-JKMNQ"));
            assertEquals("unknown", chrome.find(By.id("refused")).getAttribute("data-kind"));
            chrome.inspect("visit-unknown", lang);
        }
        chrome.loginAt(new URL(base, "/officer/visits"), "petugas.dukcapil");
        for (String lang : List.of("id", "en")) {
            language(lang);
            chrome.open(new URL(base, "/officer/visits"));
            chrome.inspect("visit-desk", lang);
            chrome.open(new URL(base, "/officer/visits/" + code));
            chrome.inspect("visit-desk-show", lang);
        }
        assertEquals(0, visitCount(service));
    }

    private void language(String lang) throws Exception {
        if (!chrome.driver().getCurrentUrl().startsWith(base.toString())) {
            chrome.open(new URL(base, "/"));
        }
        chrome.driver().manage().deleteCookieNamed("lang");
        chrome.driver().manage().addCookie(new Cookie("lang", lang, "/"));
    }
}
