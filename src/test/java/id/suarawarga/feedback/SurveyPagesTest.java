package id.suarawarga.feedback;

import static id.suarawarga.feedback.FeedbackFixtures.respondents;
import static id.suarawarga.feedback.FeedbackFixtures.serviceId;
import static id.suarawarga.feedback.FeedbackFixtures.unitId;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.suarawarga.devsupport.Browser;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.htmlunit.Page;
import org.htmlunit.WebClient;
import org.htmlunit.WebResponse;
import org.htmlunit.html.HtmlAnchor;
import org.htmlunit.html.HtmlCheckBoxInput;
import org.htmlunit.html.HtmlElement;
import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.html.HtmlRadioButtonInput;
import org.htmlunit.util.Cookie;
import org.junit.jupiter.api.Test;

/**
 * The SKM survey, the unit rating and the public results, used the way a citizen does: a browser without
 * JavaScript, logged in through the real Keycloak. Each test uses services no other test answers (one survey per
 * citizen, service and day).
 */
@QuarkusTest
class SurveyPagesTest {

    @TestHTTPResource("/")
    URL base;

    @Test
    void visitorLogsInAnswersAllNineElementsAndTheResultsCountIt() throws Exception {
        long service = serviceId("7602", "7602-RSUD", 0);
        int before = respondents(service);
        try (WebClient browser = Browser.open()) {
            HtmlPage survey = Browser.loginAt(browser, url("/services/" + service + "/survey"), "warga1");
            assertEquals("/services/" + service + "/survey", survey.getUrl().getPath(),
                    "after the Keycloak login the visitor is back on the survey");
            assertEquals(9, survey.getByXPath("//form//fieldset[starts-with(@id,'q-U')]/legend").size());
            assertTrue(survey.asNormalizedText().contains("Sangat baik"), survey.asNormalizedText());
            // each element with the official questionnaire's own answer words (issue 17 item 3)
            String u1 = ((org.htmlunit.html.HtmlElement) survey.getElementById("q-U1")).asNormalizedText();
            assertTrue(u1.contains("Tidak sesuai") && u1.contains("Sangat sesuai"), u1);
            String u4 = ((org.htmlunit.html.HtmlElement) survey.getElementById("q-U4")).asNormalizedText();
            assertTrue(u4.contains("Sangat mahal") && u4.contains("Gratis"), u4);

            // 4 4 4 4 4 3 3 3 3: 32 points over 9 answers, IKM 32/9 × 25 = 88.888… → 88.89.
            HtmlForm form = surveyForm(survey);
            // privacy by default (issue 17 item 6): the name is hidden from the unit unless the citizen unticks it
            assertTrue(((HtmlCheckBoxInput) form.getInputByName("anonymous")).isChecked());
            for (int i = 1; i <= 9; i++) {
                answer(form, "U" + i, i <= 5 ? 4 : 3);
            }
            form.getSelectByName("gender").setSelectedAttribute("FEMALE", true);
            form.getTextAreaByName("comment").setText("Antrean rapi, petugas ramah.");
            // A double tap: the browser sends the form twice before the first answer has come back.
            browser.getOptions().setRedirectEnabled(false);
            browser.getOptions().setThrowExceptionOnFailingStatusCode(false);
            WebResponse first = send(form);
            WebResponse second = send(form);
            browser.getOptions().setRedirectEnabled(true);
            browser.getOptions().setThrowExceptionOnFailingStatusCode(true);
            assertEquals(303, first.getStatusCode());
            assertEquals(303, second.getStatusCode(), second.getContentAsString());
            String location = first.getResponseHeaderValue("Location");
            assertEquals(location, second.getResponseHeaderValue("Location"), "the second is the same submission");
            assertEquals(before + 1, respondents(service), "counted once");

            HtmlPage thanks = browser.getPage(new URL(base, location));
            assertEquals("/services/" + service + "/survey/thanks", thanks.getUrl().getPath());
            assertTrue(thanks.asNormalizedText().contains("Terima kasih"), thanks.asNormalizedText());
            assertNotNull(thanks.getFirstByXPath("//a[@href='/services/" + service + "/results']"));
            assertNotNull(thanks.getFirstByXPath("//a[@href='/me/feedback']"));

            // The same day the survey says so before the first question (issue 17 item 4), not after the form
            HtmlPage again = browser.getPage(url("/services/" + service + "/survey"));
            assertEquals(200, again.getWebResponse().getStatusCode());
            assertTrue(again.getHtmlElementById("not-counted").getTextContent().contains("hari ini"));
            assertNull(again.getFirstByXPath("//form[contains(@action,'/survey')]"), "no form to fill in for nothing");
            // and a form still open in another tab is not counted either, and says so kindly
            browser.getOptions().setThrowExceptionOnFailingStatusCode(false);
            HtmlForm another = surveyForm(survey);
            for (int i = 1; i <= 9; i++) {
                answer(another, "U" + i, 1);
            }
            another.getInputByName("idempotencyKey").setValue(java.util.UUID.randomUUID().toString());
            HtmlPage already = Browser.submit(another);
            assertEquals(409, already.getWebResponse().getStatusCode());
            assertTrue(already.getHtmlElementById("not-counted").getTextContent().contains("hari ini"));
            assertEquals(before + 1, respondents(service));
        }

        String results = given().when().get("/services/" + service + "/results").then().statusCode(200)
                .extract().asString();
        assertEquals(String.valueOf(before + 1), text(results, "respondents"));
        assertEquals("88,89", text(results, "ikm-value"), "two decimals, Indonesian style");
        assertTrue(results.contains("Belum representatif"), "no service users recorded: not representative");
        assertTrue(results.contains("tidak diketahui"));
        String chart = element(results, "svg", "nrr-chart");
        assertTrue(chart.contains("role=\"img\"") && chart.contains("aria-label=\""), chart);
        assertEquals(9, count(chart, "<rect class=\"bar\""), "one bar per element");
        assertEquals(9, count(chart, "<title>"), "every bar is named");
        assertTrue(chart.contains("<title>U1 Persyaratan: 4,000</title>"), chart);
        assertTrue(chart.contains(">3,000</text>"), chart);
        assertEquals(9, count(element(results, "table", "nrr-table"), "<th scope=\"row\">"), "the same figures in a table");
        assertEquals(4, count(element(results, "table", "trend-table"), "<th scope=\"row\">"), "four periods of trend");

        String english = given().cookie("lang", "en").when().get("/services/" + service + "/results").then()
                .statusCode(200).extract().asString();
        assertEquals("88.89", text(english, "ikm-value"), "two decimals, English style");
        assertTrue(english.contains("Not yet representative"));
        assertTrue(english.contains("<title>U1 Requirements: 4.000</title>"), english);
    }

    @Test
    void aMissingElementComesBackMarkedWithTheOtherAnswersKept() throws Exception {
        long service = serviceId("7602", "7602-RSUD", 1);
        int before = respondents(service);
        try (WebClient browser = Browser.open()) {
            HtmlForm form = surveyForm(Browser.loginAt(browser, url("/services/" + service + "/survey"), "warga2"));
            for (int i = 1; i <= 9; i++) {
                if (i != 7) {
                    answer(form, "U" + i, 1 + i % 4);
                }
            }
            form.getTextAreaByName("comment").setText("Ruang tunggu panas.");
            ((HtmlCheckBoxInput) form.getInputByName("anonymous")).setChecked(true);
            browser.getOptions().setThrowExceptionOnFailingStatusCode(false);
            HtmlPage rejected = Browser.submit(form);
            assertEquals(422, rejected.getWebResponse().getStatusCode());

            HtmlForm again = surveyForm(rejected);
            for (int i = 1; i <= 9; i++) {
                if (i != 7) {
                    assertEquals(String.valueOf(1 + i % 4), checked(again, "U" + i), "U" + i + " is kept");
                }
            }
            assertNull(checked(again, "U7"));
            for (HtmlRadioButtonInput r : again.getRadioButtonsByName("U7")) {
                assertEquals("true", r.getAttribute("aria-invalid"));
                assertEquals("e-U7", r.getAttribute("aria-describedby"));
            }
            assertNotNull(rejected.getHtmlElementById("e-U7"), "a message next to the legend");
            assertTrue(rejected.getHtmlElementById("q-U7").getAttribute("class").contains("invalid"));
            for (int i = 1; i <= 9; i++) {
                if (i != 7) {
                    assertEquals("", rejected.getHtmlElementById("q-U" + i).getAttribute("aria-invalid"));
                }
            }
            HtmlAnchor toMissing = rejected.getFirstByXPath("//*[@id='error-summary']//a[@href='#q-U7']");
            assertNotNull(toMissing, "the summary at the top links to the missing element");
            assertTrue(toMissing.getTextContent().contains("Perilaku Pelaksana"));
            assertEquals("Ruang tunggu panas.", again.getTextAreaByName("comment").getText());
            assertTrue(((HtmlCheckBoxInput) again.getInputByName("anonymous")).isChecked());
            assertEquals(before, respondents(service), "nothing counted yet");

            // Completed, the form goes through (with a new key: the refused one stays refused).
            answer(again, "U7", 3);
            HtmlPage thanks = Browser.submit(again);
            assertEquals(200, thanks.getWebResponse().getStatusCode(), thanks.asNormalizedText());
            assertEquals("/services/" + service + "/survey/thanks", thanks.getUrl().getPath());
            assertEquals(before + 1, respondents(service));

            HtmlPage mine = browser.getPage(url("/me/feedback"));
            String text = mine.asNormalizedText();
            assertTrue(text.contains("Ruang tunggu panas."), text);
            assertTrue(text.contains("Nama dirahasiakan dari unit"), text);
        }
    }

    @Test
    void theSurveyInEnglishHasNoIndonesianElementLabels() throws Exception {
        long service = serviceId("9901", "9901-DINKES", 0);
        try (WebClient browser = Browser.open()) {
            browser.getCookieManager().addCookie(new Cookie(base.getHost(), "lang", "en"));
            HtmlPage survey = Browser.loginAt(browser, url("/services/" + service + "/survey"), "warga1");
            String text = survey.asNormalizedText();
            assertEquals("en", survey.getDocumentElement().getAttribute("lang"));
            for (String english : List.of("Requirements", "Completion time", "Staff behaviour",
                    "Facilities and infrastructure", "Poor", "Fair", "Good", "Very good")) {
                assertTrue(text.contains(english), english + " in " + text);
            }
            for (String indonesian : List.of("Persyaratan", "Waktu Penyelesaian", "Biaya/Tarif", "Perilaku Pelaksana",
                    "Sarana dan Prasarana", "Tidak baik", "Kurang baik", "Sangat baik")) {
                assertFalse(text.contains(indonesian), indonesian + " in " + text);
            }
        }
    }

    @Test
    void citizenRatesAUnitWithStars() throws Exception {
        long unit = unitId("9901", "9901-RSUD");
        long service = serviceId("9901", "9901-RSUD", 0);
        try (WebClient browser = Browser.open()) {
            HtmlPage page = Browser.loginAt(browser, url("/units/" + unit + "/rate"), "warga2");
            HtmlForm form = page.getFirstByXPath("//form[@action='/units/" + unit + "/rate']");
            assertEquals(5, form.getRadioButtonsByName("stars").size());
            assertTrue(((HtmlCheckBoxInput) form.getInputByName("anonymous")).isChecked(), "hidden by default");
            form.getTextAreaByName("comment").setText("IGD cepat tanggap.");
            browser.getOptions().setThrowExceptionOnFailingStatusCode(false);
            HtmlPage rejected = Browser.submit(form);
            assertEquals(422, rejected.getWebResponse().getStatusCode());
            assertNotNull(rejected.getHtmlElementById("e-stars"));

            HtmlForm again = rejected.getFirstByXPath("//form[@action='/units/" + unit + "/rate']");
            assertEquals("IGD cepat tanggap.", again.getTextAreaByName("comment").getText());
            answer(again, "stars", 4);
            again.getSelectByName("serviceId").setSelectedAttribute(String.valueOf(service), true);
            HtmlPage thanks = Browser.submit(again);
            assertEquals("/units/" + unit + "/rate/thanks", thanks.getUrl().getPath(), thanks.asNormalizedText());
            HtmlAnchor back = thanks.getFirstByXPath("//a[@href='/units/" + unit + "']");
            assertNotNull(back, "the thank-you page leads back to the unit");
            assertEquals("/units/" + unit, ((HtmlPage) back.click()).getUrl().getPath());

            String mine = ((HtmlPage) browser.getPage(url("/me/feedback"))).asNormalizedText();
            assertTrue(mine.contains("4 dari 5 bintang") && mine.contains("IGD cepat tanggap."), mine);
        }
    }

    @Test
    void anUnknownPeriodIsExplainedAndTheCurrentQuarterShown() {
        long service = serviceId("7602", "7602-RSUD", 2);
        given().when().get("/services/" + service + "/results?period=2026-Q5").then().statusCode(422)
                .contentType(containsString("text/html"))
                .body(containsString("2026-Q5")).body(containsString("tidak dikenal"))
                .body(containsString("id=\"nrr-table\""))
                .body(not(containsString("Exception")));
        given().when().get("/services/" + service + "/results?period=2025").then().statusCode(200)
                .body(containsString("Belum ada responden pada periode ini."))
                .body(not(containsString("id=\"nrr-chart\"")));
        long unit = unitId("7602", "7602-RSUD");
        given().when().get("/units/" + unit + "/results?period=2026-S9").then().statusCode(422);
        given().when().get("/units/" + unit + "/results").then().statusCode(200)
                .body(containsString("Termasuk semua layanannya"))
                .body(containsString("href=\"/units/" + unit + "/rate\""));
    }

    @Test
    void serviceAndUnitPagesLinkToTheSurveyRatingAndResults() {
        long unit = unitId("7602", "7602-RSUD");
        long service = serviceId("7602", "7602-RSUD", 0);
        given().when().get("/services/" + service).then().statusCode(200)
                .body(containsString("href=\"/services/" + service + "/survey\">Isi survei"))
                .body(containsString("href=\"/services/" + service + "/results\">Lihat hasil survei"));
        given().cookie("lang", "en").when().get("/services/" + service).then().statusCode(200)
                .body(containsString(">Take the survey<")).body(containsString(">See survey results<"));
        given().when().get("/units/" + unit).then().statusCode(200)
                .body(containsString("href=\"/units/" + unit + "/rate\""))
                .body(containsString("href=\"/units/" + unit + "/results\""));
        given().redirects().follow(false).when().get("/services/" + service + "/survey").then().statusCode(302)
                .header("Location", containsString("/protocol/openid-connect/auth"));
    }

    private URL url(String path) throws Exception {
        return new URL(base, path);
    }

    /** Presses the form's submit button and returns the raw answer (redirects are followed or not, as set). */
    private static WebResponse send(HtmlForm form) throws Exception {
        Browser.loopbackIsSecure(form.getPage().getWebClient());
        HtmlElement button = form.getFirstByXPath(".//*[@type='submit']");
        Page page = button.click();
        return page.getWebResponse();
    }

    private static HtmlForm surveyForm(HtmlPage page) {
        HtmlForm form = page.getFirstByXPath("//form[contains(@action,'/survey')]");
        assertNotNull(form, page.asNormalizedText());
        return form;
    }

    private static void answer(HtmlForm form, String name, int value) {
        for (HtmlRadioButtonInput r : form.getRadioButtonsByName(name)) {
            if (r.getAttribute("value").equals(String.valueOf(value))) {
                r.setChecked(true);
                return;
            }
        }
        throw new AssertionError("no option " + value + " for " + name);
    }

    private static String checked(HtmlForm form, String name) {
        return form.getRadioButtonsByName(name).stream().filter(HtmlRadioButtonInput::isChecked)
                .map(r -> r.getAttribute("value")).findFirst().orElse(null);
    }

    /** Text of the element with this id in raw HTML (no nested tags expected). */
    static String text(String html, String id) {
        Matcher m = Pattern.compile("id=\"" + id + "\"[^>]*>([^<]*)<").matcher(html);
        assertTrue(m.find(), id + " in " + html);
        return m.group(1).trim();
    }

    /** The markup of the element {@code <tag id="id">…</tag>} (not nested in itself). */
    static String element(String html, String tag, String id) {
        int start = html.indexOf("<" + tag + " ");
        while (start >= 0 && !html.substring(start, html.indexOf('>', start)).contains("id=\"" + id + "\"")) {
            start = html.indexOf("<" + tag + " ", start + 1);
        }
        assertTrue(start >= 0, tag + "#" + id + " in " + html);
        return html.substring(start, html.indexOf("</" + tag + ">", start));
    }

    static int count(String s, String part) {
        int n = 0;
        for (int i = s.indexOf(part); i >= 0; i = s.indexOf(part, i + 1)) {
            n++;
        }
        return n;
    }
}
