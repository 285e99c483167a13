package id.suarawarga.counter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.suarawarga.devsupport.Chrome;
import id.suarawarga.devsupport.PageWeight;
import id.suarawarga.devsupport.WithBrowser;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.net.URL;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;

/**
 * The counter kiosk in headless Chromium at 360 px: the operator makes a pairing code on the staff page, a tablet
 * with no account types it at /kiosk, and the kiosk takes three answers in a row, resetting to its start after each
 * (a scratch regency whose kiosks have no minimum gap), then one sent while offline, once the network is back. The
 * kiosk pages and the staff page pass axe-core in both languages and show one language each; the survey page weighs
 * at most 30 KB on a cold load.
 */
@QuarkusTest
@WithBrowser
class KioskBrowserTest {

    static Chrome chrome;

    @TestHTTPResource("/")
    URL base;

    @Inject
    DataSource ds;

    @Test
    void aPairedTabletTakesThreeAnswersInARowAndResetsBetweenThem() throws Exception {
        long[] s = KioskApiTest.scratch(ds, 0, 100, "00:00:00", "23:59:59");
        KioskApiTest.as("admin1").body(Map.of("code", "B" + s[1], "name", "Layanan Kedua", "unitId", s[0])).when()
                .post("/api/v1/services").then().statusCode(201);

        chrome.forgetCookies();
        chrome.loginAt(new URL(base, "/officer/kiosks?unit=" + s[0]), "admin1");
        for (String lang : List.of("en", "id")) {
            language(lang);
            check("kiosk-desk", "/officer/kiosks?unit=" + s[0], lang);
        }
        chrome.find(By.id("f-name")).sendKeys("Loket Uji");
        chrome.find(By.cssSelector("#kiosk-form button")).click();
        chrome.await(d -> !d.findElements(By.id("pairing-code")).isEmpty());
        String code = chrome.find(By.id("pairing-code")).getText();
        assertTrue(KioskApiTest.CODE.matcher(code).matches(), code);
        chrome.inspect("kiosk-code", "id");

        // The tablet: another browser, nobody logged in.
        chrome.forgetCookies();
        for (String lang : List.of("en", "id")) {
            language(lang);
            check("kiosk-pairing", "/kiosk", lang);
        }
        chrome.find(By.id("f-pairingCode")).sendKeys(code.toLowerCase().replace("-", " "));
        chrome.find(By.cssSelector("#pair-form button")).click();
        chrome.await(d -> !d.findElements(By.cssSelector(".kiosk-service")).isEmpty());
        assertEquals("/kiosk", chrome.path());
        chrome.inspect("kiosk-services", "id");
        assertNoWayOut("kiosk-services");

        long started = System.nanoTime();
        for (int n = 1; n <= 3; n++) {
            chrome.find(By.cssSelector(".kiosk-service")).click();
            chrome.await(d -> !d.findElements(By.id("kiosk-form")).isEmpty());
            if (n == 1) {
                chrome.inspect("kiosk-survey", "id");
                assertNoWayOut("kiosk-survey");
            }
            List<WebElement> questions = chrome.driver().findElements(By.cssSelector(".kiosk-question"));
            assertEquals(9, questions.size());
            for (WebElement q : questions) {
                q.findElement(By.cssSelector(".face-" + (1 + (n + questions.indexOf(q)) % 4))).click();
            }
            chrome.find(By.cssSelector(".kiosk-send")).click();
            chrome.await(d -> !d.findElements(By.id("kiosk-thanks")).isEmpty());
            if (n == 1) {
                chrome.inspect("kiosk-thanks", "id");
            }
            // By itself back to the start, for the next person.
            chrome.await(d -> !d.findElements(By.cssSelector(".kiosk-service")).isEmpty());
            assertEquals("/kiosk", chrome.path());
            assertEquals(n, count("SELECT COUNT(*) FROM kiosk_answer a JOIN kiosk k ON k.id = a.device_id"
                    + " WHERE k.unit_id = ?", s[0]), "answer " + n + " stored once");
        }
        System.out.printf("kiosk: 3 answers in a row with resets in %.1f s%n", (System.nanoTime() - started) / 1e9);
        assertEquals(3, count("SELECT COUNT(*) FROM feedback WHERE origin = 'KIOSK' AND unit_id = ?", s[0]));


        // Flaky Wi-Fi: an answer sent while the tablet is offline is kept on it and sent once the network is back,
        // counted once (the outbox re-sends it with the same answer id).
        chrome.find(By.cssSelector(".kiosk-service")).click();
        chrome.await(d -> !d.findElements(By.id("kiosk-form")).isEmpty());
        chrome.driver().findElements(By.cssSelector(".kiosk-question"))
                .forEach(q -> q.findElement(By.cssSelector(".face-2")).click());
        chrome.offline(true);
        try {
            chrome.find(By.cssSelector(".kiosk-send")).click();
            WebElement status = chrome.find(By.cssSelector("#kiosk-form .offline-status"));
            chrome.await(d -> status.isDisplayed() && status.getText().contains("tersimpan di tablet ini"));
            chrome.script("arguments[0].scrollIntoView({block: 'center'})", status);
            chrome.screenshot("kiosk-offline-kept");
            assertEquals(3, count("SELECT COUNT(*) FROM kiosk_answer a JOIN kiosk k ON k.id = a.device_id"
                    + " WHERE k.unit_id = ?", s[0]), "nothing reached the server");
        } finally {
            chrome.offline(false);
        }
        chrome.await(d -> !d.findElements(By.id("kiosk-thanks")).isEmpty());
        assertEquals(4, count("SELECT COUNT(*) FROM kiosk_answer a JOIN kiosk k ON k.id = a.device_id"
                + " WHERE k.unit_id = ?", s[0]), "sent once when the network came back");
        chrome.await(d -> !d.findElements(By.cssSelector(".kiosk-service")).isEmpty());

        language("en");
        check("kiosk-services", "/kiosk", "en");
        chrome.find(By.cssSelector(".kiosk-service")).click();
        chrome.await(d -> !d.findElements(By.id("kiosk-form")).isEmpty());
        chrome.inspect("kiosk-survey", "en");
        chrome.driver().findElements(By.cssSelector(".kiosk-question"))
                .forEach(q -> q.findElement(By.cssSelector(".face-3")).click());
        chrome.find(By.cssSelector(".kiosk-send")).click();
        chrome.await(d -> !d.findElements(By.id("kiosk-thanks")).isEmpty());
        chrome.inspect("kiosk-thanks", "en");

        language("id");
        String survey = chrome.driver().getCurrentUrl().replaceAll("/kiosk.*", "/kiosk?service=" + s[1]);
        PageWeight weight = PageWeight.coldLoad(chrome, "kiosk", survey);
        System.out.println(weight);
        assertTrue(weight.transferred() <= 30 * 1024, weight.toString());
        assertEquals(List.of(), weight.foreign());
    }

    /** Nothing on a kiosk page leads away from the kiosk. */
    private void assertNoWayOut(String page) {
        for (WebElement a : chrome.driver().findElements(By.cssSelector("a[href]"))) {
            String href = a.getAttribute("href");
            assertTrue(href.startsWith(base.toString() + "kiosk"), page + ": a link away from the kiosk: " + href);
        }
        assertTrue(chrome.driver().findElements(By.cssSelector("nav")).isEmpty(), page + ": no site navigation");
    }

    private void language(String lang) throws Exception {
        if (!chrome.driver().getCurrentUrl().startsWith(base.toString())) {
            chrome.open(new URL(base, "/kiosk/thanks"));
        }
        chrome.driver().manage().deleteCookieNamed("lang");
        chrome.driver().manage().addCookie(new Cookie("lang", lang, "/"));
    }

    private void check(String name, String path, String lang) throws Exception {
        chrome.open(new URL(base, path));
        chrome.inspect(name, lang);
    }

    private long count(String sql, Object... params) throws Exception {
        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
