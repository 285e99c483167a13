package id.suarawarga.shared.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.suarawarga.devsupport.Axe;
import id.suarawarga.devsupport.Chrome;
import id.suarawarga.devsupport.Languages;
import id.suarawarga.devsupport.PageWeight;
import id.suarawarga.devsupport.TouchTargets;
import id.suarawarga.devsupport.WithBrowser;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.opentest4j.AssertionFailedError;

/**
 * The citizen pages as a cheap phone gets them (headless Chromium, 360×740): no serious or critical axe-core
 * finding, at most 60 KB transferred on a cold load, nothing fetched from another origin, no sideways scrolling.
 * A screenshot of each lands in target/screenshots/. Forum, moderation and HR pages join with one {@link #check}
 * line each (forums, a thread, the reply, new-thread, report, edit and delete forms, notifications, the moderation
 * queue).
 */
@QuarkusTest
@WithBrowser
class CitizenPagesBrowserTest {

    /** The budget of issue 7: HTML + CSS + JS + fonts, compressed, for home, service, survey and thread pages. */
    static final long BUDGET = 60 * 1024;

    static Chrome chrome;

    @TestHTTPResource("/")
    URL base;

    @Test
    void citizenPagesAreAccessibleLightAndSelfContained() throws Exception {
        long unit = given().when().get("/api/v1/regions/9901/units?size=100").then().statusCode(200).extract()
                .jsonPath().getLong("items.find { it.code == '9901-RSUD' }.id");
        long service = given().when().get("/api/v1/units/" + unit + "/services?size=100").then().statusCode(200)
                .extract().jsonPath().getLong("items[1].id");
        chrome.forgetCookies();

        check("home", "/", true);
        check("region", "/regions/9901", false);
        check("unit", "/units/" + unit, false);
        check("service", "/services/" + service, true);
        check("results", "/services/" + service + "/results", false);
        check("unit-results", "/units/" + unit + "/results", false);

        chrome.loginAt(new URL(base, "/services/" + service + "/survey"), "warga2");
        check("survey", "/services/" + service + "/survey", true);
        check("rate", "/units/" + unit + "/rate", false);
    }

    @Test
    void forumAndModerationPagesAreAccessibleLightAndFitAPhone() throws Exception {
        long category = given().when().get("/api/v1/forums?size=100").then().statusCode(200).extract().jsonPath()
                .getLong("items.find { it.code == '1708-DUKCAPIL' }.id");
        long thread = given().when().get("/api/v1/forums/" + category + "/threads").then().statusCode(200).extract()
                .jsonPath().getLong("items.find { it.title == 'Berapa lama cetak KTP-el setelah rekam?' }.id");
        long firstPost = given().when().get("/api/v1/threads/" + thread).then().statusCode(200).extract().jsonPath()
                .getLong("posts.items[0].id");
        // Something in the moderation queue, whichever tests ran before: a post held for a banned word (a report
        // would do too, but its later outcome would change the reporter's weight that other tests count on). Its long
        // unbroken title and body must wrap at 360 px.
        id.suarawarga.forum.ForumFixtures.postThread("warga1", id.suarawarga.forum.ForumFixtures.categoryId("1708-UMUM"),
                "Antrean " + "TanpaSpasiPanjangSekali".repeat(5), "Ada tawaran slot gacor di grup RT " + "https".repeat(20)).then().statusCode(201)
                .body("status", org.hamcrest.Matchers.equalTo("HELD"));
        long[] own = id.suarawarga.forum.ForumFixtures.thread("warga2", "1708-UMUM", "Topik sendiri", "Bisa *diubah*.");
        chrome.forgetCookies();

        check("forums", "/forums", false);
        check("forum", "/forums/" + category, false);
        check("thread", "/threads/" + thread, true);

        chrome.loginAt(new URL(base, "/threads/" + thread + "/reply"), "warga2");
        check("thread-signed-in", "/threads/" + thread, true);
        check("reply", "/threads/" + thread + "/reply?quote=" + firstPost, false);
        check("new-thread", "/forums/" + category + "/new", false);
        check("report", "/posts/" + firstPost + "/report", false);
        check("notifications", "/me/notifications", false);
        check("own-thread", "/threads/" + own[0], true);
        check("edit-post", "/posts/" + own[1] + "/edit", false);
        check("delete-post", "/posts/" + own[1] + "/delete", false);

        chrome.forgetCookies();
        chrome.loginAt(new URL(base, "/moderation"), "moderator1");
        check("moderation", "/moderation", false);
        chrome.forgetCookies();
    }

    @Test
    void englishByChoiceIsRememberedAndEveryPageStaysInOneLanguage() throws Exception {
        long unit = given().when().get("/api/v1/regions/1708/units?size=100").then().statusCode(200).extract()
                .jsonPath().getLong("items.find { it.code == '1708-RSUD' }.id");
        long service = given().when().get("/api/v1/units/" + unit + "/services?size=100").then().statusCode(200)
                .extract().jsonPath().getLong("items[2].id");
        chrome.forgetCookies();
        chrome.open(new URL(base, "/services/" + service));
        Languages.assertOneLanguage(chrome, "id", "service");
        assertTrue(chrome.find(By.tagName("body")).getAttribute("data-offline-saved").startsWith("Tersimpan"));

        chrome.find(By.cssSelector("button[name=lang][value=en]")).click();
        chrome.await(d -> "en".equals(chrome.script("return document.documentElement.lang")));
        assertEquals("/services/" + service, chrome.path(), "back on the same page");
        Languages.assertOneLanguage(chrome, "en", "service");
        assertTrue(chrome.find(By.tagName("body")).getAttribute("data-offline-saved").startsWith("Saved, will be sent"));

        chrome.open(new URL(base, "/services/" + service + "/results"));
        Languages.assertOneLanguage(chrome, "en", "results");
        chrome.screenshot("results-en");

        // Remembered through the Keycloak round trip: its login form comes in English too.
        chrome.open(new URL(base, "/services/" + service + "/survey"));
        chrome.await(d -> !d.findElements(By.id("kc-form-login")).isEmpty());
        assertEquals("en", chrome.script("return document.documentElement.lang"), "Keycloak speaks English too");
        chrome.screenshot("keycloak-login-en");
        chrome.keycloakLogin("warga1", "warga1");
        chrome.awaitPath("/services/" + service + "/survey");
        Languages.assertOneLanguage(chrome, "en", "survey");
        Axe.assertNoSeriousViolations(chrome, "survey-en");
        chrome.screenshot("survey-en");

        chrome.find(By.cssSelector("button[name=lang][value=id]")).click();
        chrome.await(d -> "id".equals(chrome.script("return document.documentElement.lang")));
        Languages.assertOneLanguage(chrome, "id", "survey");
    }

    /**
     * Zoom to 200 % and reflow (WCAG 1.4.4, 1.4.10): a 640 px wide screen zoomed to 200 % lays out 320 CSS px,
     * as the narrowest phones do. Nothing may then need sideways scrolling.
     */
    @Test
    void pagesReflowAt320CssPixels() throws Exception {
        long unit = given().when().get("/api/v1/regions/7602/units?size=100").then().statusCode(200).extract()
                .jsonPath().getLong("items.find { it.code == '7602-DPMPTSP' }.id");
        long service = given().when().get("/api/v1/units/" + unit + "/services?size=100").then().statusCode(200)
                .extract().jsonPath().getLong("items[2].id");
        chrome.viewport(320, 640);
        try {
            for (String path : List.of("/", "/regions/7602", "/units/" + unit, "/services/" + service,
                    "/services/" + service + "/results", "/units/" + unit + "/results")) {
                chrome.open(new URL(base, path));
                assertEquals(320, ((Number) chrome.script("return document.documentElement.clientWidth")).intValue());
                assertFalse(chrome.scrollsSideways(), path + " scrolls sideways at 320 CSS px");
            }
            chrome.screenshot("results-320");
        } finally {
            chrome.viewport(Chrome.WIDTH, Chrome.HEIGHT);
        }
    }

    @Test
    void theCheckersCatchWhatTheyShould() throws Exception {
        chrome.forgetCookies();
        chrome.open(new URL(base, "/"));
        chrome.script("var p = document.createElement('p'); p.textContent = 'Saved, will be sent when online.';"
                + "document.querySelector('main').append(p);");
        AssertionFailedError mixed = assertThrows(AssertionFailedError.class,
                () -> Languages.assertOneLanguage(chrome, "id", "mixed-home"));
        assertTrue(mixed.getMessage().contains("offline_saved"), mixed.getMessage());

        chrome.script("var i = document.createElement('input'); i.type = 'text'; document.querySelector('main').append(i);"
                + "var b = document.createElement('button'); document.querySelector('main').append(b);");
        AssertionFailedError failure = assertThrows(AssertionFailedError.class,
                () -> Axe.assertNoSeriousViolations(chrome, "broken-home"));
        assertTrue(failure.getMessage().contains("label") && failure.getMessage().contains("button-name"),
                failure.getMessage());
    }

    /**
     * One page: axe-core, one language, touch targets, no sideways scrolling at 360 px, a screenshot, and (where
     * the budget applies) its weight on a cold load.
     */
    void check(String name, String path, boolean budgeted) throws Exception {
        PageWeight weight = PageWeight.coldLoad(chrome, name, new URL(base, path).toString());
        assertEquals(new URL(base, path).getPath(), chrome.path(), name + ": served as itself, not a redirect");
        System.out.println("page weight: " + weight);
        assertEquals(List.of(), weight.foreign(), name + ": only our own origin is contacted");
        if (budgeted) {
            assertTrue(weight.transferred() <= BUDGET, weight.toString());
        }
        assertFalse(chrome.scrollsSideways(), name + ": no sideways scrolling at " + Chrome.WIDTH + " px");
        Axe.assertNoSeriousViolations(chrome, name);
        Languages.assertOneLanguage(chrome, "id", name);
        TouchTargets.assertLargeEnough(chrome, name);
        chrome.screenshot("page-" + name);
    }
}
