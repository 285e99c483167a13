package id.suarawarga.feedback;

import static id.suarawarga.feedback.FeedbackFixtures.respondents;
import static id.suarawarga.feedback.FeedbackFixtures.serviceId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.suarawarga.devsupport.Axe;
import id.suarawarga.devsupport.Chrome;
import id.suarawarga.devsupport.DevSupport;
import id.suarawarga.devsupport.WithBrowser;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The moment at the service counter, in a real browser (headless Chromium at 360×740, JavaScript on): a citizen
 * scans the QR code of a service, is sent through Keycloak to register, comes back to the same survey, answers
 * it and sees it counted. The services of 9901-DPMPTSP are answered only here.
 */
@QuarkusTest
@WithBrowser
class CounterBrowserTest {

    static Chrome chrome;

    @TestHTTPResource("/")
    URL base;

    @Test
    void newCitizenScansTheQrRegistersAndTheSurveyIsCounted() throws Exception {
        long service = serviceId("9901", "9901-DPMPTSP", 0);
        int before = respondents(service);
        String surveyPath = "/services/" + service + "/survey";

        // What the poster's QR code holds: the survey's absolute URL, opened by a phone that is not logged in.
        chrome.open(new URL(base, surveyPath + "?src=qr"));
        chrome.await(d -> d.getCurrentUrl().contains("/realms/suarawarga/"));
        chrome.screenshot("keycloak-login");
        chrome.keycloakRegister("warga-" + UUID.randomUUID().toString().substring(0, 8), "Rahasia-123");

        chrome.awaitPath(surveyPath);
        assertTrue(chrome.driver().getCurrentUrl().endsWith(surveyPath + "?src=qr"),
                "back on the same survey, query and all: " + chrome.driver().getCurrentUrl());
        assertEquals(9, chrome.driver().findElements(By.cssSelector("form.survey fieldset.question")).size());
        assertEquals(Chrome.WIDTH, ((Number) chrome.script("return document.documentElement.clientWidth")).intValue());
        assertFalse(chrome.scrollsSideways(), "nothing sticks out sideways at 360 px");
        chrome.screenshot("survey-360");

        for (int i = 1; i <= 9; i++) {
            answer("U" + i, i <= 3 ? 4 : 3);
        }
        chrome.find(By.id("f-comment")).sendKeys("Petugas membantu mengisi data OSS.");
        chrome.screenshot("survey-filled-360");
        chrome.find(By.cssSelector("form.survey button[type=submit]")).click();

        chrome.awaitPath(surveyPath + "/thanks");
        assertTrue(chrome.find(By.tagName("h1")).getText().contains("Terima kasih"), chrome.find(By.tagName("h1")).getText());
        chrome.screenshot("survey-thanks");
        assertEquals(before + 1, respondents(service), "counted");

        chrome.find(By.cssSelector("a[href='/services/" + service + "/results']")).click();
        chrome.awaitPath("/services/" + service + "/results");
        assertEquals(String.valueOf(before + 1), chrome.find(By.id("respondents")).getText());
        chrome.screenshot("results");
    }

    @Test
    void aSurveySentWhileOfflineIsKeptSentWhenBackAndCountedOnce() throws Exception {
        long service = serviceId("9901", "9901-DPMPTSP", 1);
        int before = respondents(service);
        String surveyPath = "/services/" + service + "/survey";
        chrome.forgetCookies();
        chrome.open(new URL(base, surveyPath));
        chrome.keycloakRegister("warga-" + UUID.randomUUID().toString().substring(0, 8), "Rahasia-123");
        chrome.awaitPath(surveyPath);
        chrome.await(d -> Boolean.TRUE.equals(chrome.script("return !!navigator.serviceWorker.controller")));

        for (int i = 1; i <= 9; i++) {
            answer("U" + i, 4);
        }
        String key = chrome.find(By.name("idempotencyKey")).getAttribute("value");
        String[] kept = new String[1];
        chrome.offline(true);
        try {
            chrome.find(By.cssSelector("form.survey button[type=submit]")).click();
            WebElement status = chrome.find(By.cssSelector("form.survey .offline-status"));
            chrome.await(d -> status.isDisplayed() && status.getText().contains("akan dikirim saat online"));
            assertTrue(status.getText().startsWith("Tersimpan"), status.getText());
            chrome.script("arguments[0].scrollIntoView({block: 'center'})", status);
            chrome.screenshot("survey-offline-saved");
            assertEquals(surveyPath, chrome.path(), "still on the filled form");
            assertEquals(before, respondents(service), "nothing reached the server");
            assertEquals(key, chrome.script("return JSON.parse(localStorage.getItem('suarawarga.outbox'))[0].key"),
                    "kept with the form's own Idempotency-Key");
        } finally {
            // read while still offline: once online the page may send and empty the outbox at once
            kept[0] = (String) chrome.script("return localStorage.getItem('suarawarga.outbox')");
            chrome.offline(false);
        }

        chrome.awaitPath(surveyPath + "/thanks");
        assertEquals(before + 1, respondents(service), "sent when the connection came back");
        assertEquals("[]", chrome.script("return localStorage.getItem('suarawarga.outbox')"));

        // The same kept submission arriving once more (a second tab, a late retry) is answered, not counted again.
        Object replay = chrome.driver().executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "var it = JSON.parse(arguments[0])[0];"
                + "fetch(it.action, {method: 'POST', body: it.body, credentials: 'same-origin', redirect: 'manual',"
                + " headers: {'Content-Type': 'application/x-www-form-urlencoded'}})"
                + ".then(function (r) { done(r.type); }, function (e) { done('error ' + e); });", kept[0]);
        assertEquals("opaqueredirect", replay, "the stored answer: see the thank-you page");
        assertEquals(before + 1, respondents(service), "counted once");
    }

    @Test
    void resultsPagesOnceViewedCanBeReadOffline() throws Exception {
        long service = serviceId("9901", "9901-DPMPTSP", 0);
        String results = "/services/" + service + "/results";
        chrome.open(new URL(base, "/"));
        chrome.await(d -> Boolean.TRUE.equals(chrome.script("return !!navigator.serviceWorker.controller")));
        chrome.open(new URL(base, results));
        String respondentsOnline = chrome.find(By.id("respondents")).getText();
        chrome.await(d -> Boolean.TRUE.equals(chrome.driver().executeAsyncScript(
                "var done = arguments[arguments.length - 1];"
                        + "caches.open('suarawarga-pages').then(function (c) {"
                        + " return c.match('" + results + "', {ignoreVary: true}); })"
                        + ".then(function (r) { done(!!r); }, function () { done(false); });")));
        chrome.open(new URL(base, "/"));
        chrome.offline(true);
        try {
            chrome.open(new URL(base, results));
            assertEquals(respondentsOnline, chrome.find(By.id("respondents")).getText());
            chrome.screenshot("results-offline");
        } finally {
            chrome.offline(false);
        }
    }

    @Test
    void aRatingSentWhileOfflineIsKeptAndSentWhenBack() throws Exception {
        long unit = FeedbackFixtures.unitId("9901", "9901-PKM-RANGKUI");
        String ratePath = "/units/" + unit + "/rate";
        chrome.forgetCookies();
        chrome.open(new URL(base, ratePath));
        chrome.keycloakRegister("warga-" + UUID.randomUUID().toString().substring(0, 8), "Rahasia-123");
        chrome.awaitPath(ratePath);
        chrome.find(By.cssSelector("input[name='stars'][value='5']")).click();
        chrome.offline(true);
        try {
            chrome.find(By.cssSelector("form.survey button[type=submit]")).click();
            WebElement status = chrome.find(By.cssSelector("form.survey .offline-status"));
            chrome.await(d -> status.isDisplayed() && status.getText().contains("akan dikirim saat online"));
            // Leaving the page while still offline: the rating stays kept.
            chrome.open(new URL(base, "/"));
        } finally {
            chrome.offline(false);
        }
        // Any page says a form is waiting and links back to it; opening it puts the answers back and sends them.
        chrome.open(new URL(base, "/"));
        WebElement pending = chrome.find(By.cssSelector("#offline-pending a"));
        assertEquals(ratePath, new URL(pending.getAttribute("href")).getPath());
        assertTrue(pending.getText().startsWith("Ada jawaban tersimpan"), pending.getText());
        chrome.screenshot("offline-pending-home");
        pending.click();
        chrome.awaitPath(ratePath + "/thanks");
        assertEquals("[]", chrome.script("return localStorage.getItem('suarawarga.outbox')"));
        chrome.open(new URL(base, "/me/feedback"));
        assertEquals(1, chrome.driver().findElements(By.cssSelector(".feed li.feedback")).size(), "one rating, sent once");
        assertTrue(chrome.find(By.cssSelector(".feed li.feedback")).getText().contains("5"));
    }

    @Test
    void theOfficerPrintsTheUnitPosterOnOneA4OrA6Sheet() throws Exception {
        long unit = FeedbackFixtures.unitId("1708", "1708-DUKCAPIL");
        chrome.forgetCookies();
        chrome.loginAt(new URL(base, "/units/" + unit + "/poster"), "petugas.dukcapil");
        chrome.await(d -> Boolean.TRUE.equals(chrome.script(
                "var i = document.querySelector('img.qr'); return i.complete && i.naturalWidth > 0")));
        chrome.screenshot("poster-a4");
        Axe.assertNoSeriousViolations(chrome, "poster-a4");
        assertPrintsOnOneSheet(595, 842);
        chrome.open(new URL(base, "/units/" + unit + "/poster?size=a6"));
        chrome.await(d -> Boolean.TRUE.equals(chrome.script(
                "var i = document.querySelector('img.qr'); return i.complete && i.naturalWidth > 0")));
        chrome.screenshot("poster-a6");
        assertPrintsOnOneSheet(298, 420);
    }

    /** Prints the page as Chromium would on paper (print CSS, the page's own @page size) and reads the PDF. */
    static void assertPrintsOnOneSheet(int widthPt, int heightPt) throws Exception {
        Map<String, Object> pdf = chrome.driver().executeCdpCommand("Page.printToPDF",
                Map.of("preferCSSPageSize", true, "printBackground", true));
        byte[] bytes = Base64.getDecoder().decode((String) pdf.get("data"));
        Path file = DevSupport.projectDir().resolve("target/screenshots/poster-" + widthPt + ".pdf");
        Files.write(file, bytes);
        String text = new String(bytes, StandardCharsets.ISO_8859_1);
        Matcher box = Pattern.compile("/MediaBox \\[0 0 ([0-9.]+) ([0-9.]+)]").matcher(text);
        int pages = 0;
        while (box.find()) {
            pages++;
            assertEquals(widthPt, Math.round(Double.parseDouble(box.group(1))), box.group());
            assertEquals(heightPt, Math.round(Double.parseDouble(box.group(2))), box.group());
        }
        assertEquals(1, pages, "one sheet");
    }

    static void answer(String element, int score) {
        WebElement radio = chrome.find(By.cssSelector("input[name='" + element + "'][value='" + score + "']"));
        radio.click();
        assertTrue(radio.isSelected(), element);
    }
}
