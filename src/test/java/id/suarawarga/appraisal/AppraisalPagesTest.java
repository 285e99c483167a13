package id.suarawarga.appraisal;

import static id.suarawarga.appraisal.AppraisalFixtures.unitId;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.suarawarga.devsupport.Browser;
import id.suarawarga.devsupport.RealmRoles;
import id.suarawarga.devsupport.Tokens;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.net.URL;
import java.util.List;
import java.util.Map;
import org.htmlunit.Page;
import org.htmlunit.WebClient;
import org.htmlunit.html.HtmlCheckBoxInput;
import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.util.Cookie;
import org.junit.jupiter.api.Test;

/** HR's and the officer's appraisal pages through the real Keycloak login, without JavaScript, in both languages. */
@QuarkusTest
class AppraisalPagesTest {

    @TestHTTPResource("/")
    URL base;

    @Test
    void hrCreatesComputesExportsAndFreezesAndTheOfficerObjectsMeanwhile() throws Exception {
        long dukcapil = unitId("1708", "1708-DUKCAPIL");
        long dpmptsp = unitId("1708", "1708-DPMPTSP");
        String periodPath;
        try (WebClient hr = Browser.open()) {
            HtmlPage list = Browser.loginAt(hr, url("/appraisal"), "hr1");
            assertEquals("/appraisal", list.getUrl().getPath());
            assertNotNull(list.getFirstByXPath("//header//a[@href='/appraisal']"), "HR has the link in the nav");
            assertNotNull(list.getFirstByXPath("//meta[@name='viewport' and contains(@content,'width=device-width')]"));

            // a wrong period comes back with its message and what was typed
            hr.getOptions().setThrowExceptionOnFailingStatusCode(false);
            HtmlForm form = list.getHtmlElementById("period-form");
            form.getInputByName("period").type("2017-13");
            // hr1 is BKPSDM of three regencies, so the form asks which one
            form.getSelectByName("regionCode").setSelectedAttribute("1708", true);
            form.getInputByName("priorWeight").type("25");
            HtmlPage rejected = Browser.submit(form);
            assertEquals(422, rejected.getWebResponse().getStatusCode());
            assertNotNull(rejected.getHtmlElementById("e-period"));
            HtmlForm again = rejected.getHtmlElementById("period-form");
            assertEquals("25", again.getInputByName("priorWeight").getValue());
            again.getInputByName("period").setValue("2017-Q4");
            HtmlPage created = Browser.submit(again);
            assertEquals("Periode dibuat.", created.getHtmlElementById("saved").getTextContent().trim());
            String link = created.getAnchorByText("2017-Q4").getHrefAttribute();
            periodPath = link;

            HtmlPage period = hr.getPage(url(link));
            HtmlPage computed = Browser.submit(period.getHtmlElementById("compute-form"));
            assertTrue(computed.getHtmlElementById("status").asNormalizedText().contains("Masa tanggapan unit"));
            String table = computed.getHtmlElementById("scores").asNormalizedText();
            assertTrue(table.contains("Dinas Kependudukan dan Pencatatan Sipil"), table);
            assertTrue(table.contains("Bukti belum cukup"), "no answers in 2017: insufficient evidence, no score");

            Page csv = hr.getPage(url(link + "/export?format=csv"));
            assertTrue(csv.getWebResponse().getContentType().startsWith("text/csv"));
            assertTrue(csv.getWebResponse().getContentAsString().contains("1708-DUKCAPIL"));

            // the officer of 1708-DUKCAPIL sees the draft of that unit only, and objects
            try (WebClient officer = Browser.open()) {
                HtmlPage drafts = Browser.loginAt(officer, url("/appraisal"), "petugas.dukcapil");
                assertNotNull(drafts.getFirstByXPath("//a[@href='" + link + "/units/" + dukcapil + "']"),
                        drafts.asNormalizedText());
                HtmlPage draft = officer.getPage(url(link + "/units/" + dukcapil));
                assertNotNull(draft.getHtmlElementById("trend-chart"), "server-rendered SVG trend");
                assertNotNull(draft.getHtmlElementById("insufficient"));
                officer.getOptions().setThrowExceptionOnFailingStatusCode(false);
                HtmlPage empty = Browser.submit(draft.getHtmlElementById("objection-form"));
                assertEquals(422, empty.getWebResponse().getStatusCode());
                assertNotNull(empty.getHtmlElementById("e-objection"));
                HtmlForm objection = empty.getHtmlElementById("objection-form");
                objection.getTextAreaByName("text").setText("Data pengguna layanan kami belum masuk.");
                HtmlPage sent = Browser.submit(objection);
                assertEquals("Keberatan dikirim ke BKPSDM.", sent.getHtmlElementById("saved").getTextContent().trim());
                assertEquals(403, officer.getPage(url(link + "/units/" + dpmptsp)).getWebResponse().getStatusCode());
                assertEquals(403, officer.getPage(url(link)).getWebResponse().getStatusCode());
            }

            // HR rejects it with reasons (an empty reason is refused), then freezes, closing the window early
            HtmlPage withObjection = hr.getPage(url(link));
            HtmlForm decision = withObjection.getFirstByXPath("//form[contains(@action,'/decision')]");
            HtmlPage noReason = decision.getButtonByName("decision").click();
            assertEquals(422, noReason.getWebResponse().getStatusCode());
            HtmlForm decision2 = noReason.getFirstByXPath("//form[contains(@action,'/decision')]");
            decision2.getTextAreaByName("reason").setText("Jumlah pengguna layanan dicatat oleh unit, bukan BKPSDM.");
            HtmlPage decided = ((org.htmlunit.html.HtmlButton) decision2.getFirstByXPath(".//button[@value='REJECTED']")).click();
            assertTrue(decided.asNormalizedText().contains("Ditolak"), decided.asNormalizedText());
            HtmlForm freeze = decided.getHtmlElementById("freeze-form");
            ((HtmlCheckBoxInput) freeze.getInputByName("closeReviewEarly")).setChecked(true);
            HtmlPage frozen = Browser.submit(freeze);
            assertTrue(frozen.getHtmlElementById("snapshot").asNormalizedText().matches("(?s).*v1: [0-9a-f]{64}.*"),
                    frozen.getHtmlElementById("snapshot").asNormalizedText());

            // the same page in English
            hr.getCookieManager().addCookie(new Cookie(base.getHost(), "lang", "en"));
            HtmlPage english = hr.getPage(url(link));
            assertTrue(english.getHtmlElementById("status").asNormalizedText().contains("Frozen"));
            assertTrue(english.getHtmlElementById("scores").asNormalizedText().contains("Insufficient evidence"));
        }
        assertTrue(periodPath.startsWith("/appraisal/"));
    }

    @Test
    void citizensAndModeratorsDoNotReachTheAppraisalPages() throws Exception {
        for (String user : new String[] {"warga1", "moderator1"}) {
            try (WebClient browser = Browser.open()) {
                browser.getOptions().setThrowExceptionOnFailingStatusCode(false);
                HtmlPage page = Browser.loginAt(browser, url("/appraisal"), user);
                assertEquals(403, page.getWebResponse().getStatusCode(), user);
            }
        }
    }

    /**
     * An officer of a Kepahiang unit and a Mamuju unit, with a period in review in each regency: under each period
     * the page links only that regency's unit (a link to the other's draft would answer 404), and each link opens.
     */
    @Test
    void anOfficerOfTwoRegenciesIsOfferedUnderEachPeriodOnlyThatRegencysUnit() throws Exception {
        long kepahiangUnit = unitId("1708", "1708-DUKCAPIL");
        long mamujuUnit = unitId("7602", "7602-DUKCAPIL");
        String officer = Tokens.newCitizen("ap-two");
        RealmRoles.replace(officer, "officer");
        given().auth().oauth2(Tokens.of("admin1")).contentType(ContentType.JSON)
                .body(Map.of("unitIds", List.of(kepahiangUnit, mamujuUnit), "reason", "uji dua kabupaten"))
                .when().put("/api/v1/staff/" + officer + "/scopes/officer").then().statusCode(200);
        long kepahiangPeriod = periodInReview("hr.kepahiang", "1708");
        long mamujuPeriod = periodInReview("hr.mamuju", "7602");

        try (WebClient browser = Browser.open()) {
            HtmlPage drafts = Browser.loginAt(browser, url("/appraisal"), officer);
            assertEquals(List.of("/appraisal/" + kepahiangPeriod + "/units/" + kepahiangUnit), links(drafts, kepahiangPeriod),
                    drafts.asNormalizedText());
            assertEquals(List.of("/appraisal/" + mamujuPeriod + "/units/" + mamujuUnit), links(drafts, mamujuPeriod),
                    drafts.asNormalizedText());
            for (String link : List.of(links(drafts, kepahiangPeriod).get(0), links(drafts, mamujuPeriod).get(0))) {
                assertEquals(200, browser.getPage(url(link)).getWebResponse().getStatusCode(), link);
            }
        }
    }

    /** A period created and computed by the regency's HR through the API (so in its review window), 2001-Q3. */
    private static long periodInReview(String hr, String region) {
        long id = given().auth().oauth2(Tokens.of(hr)).contentType(ContentType.JSON).header("Idempotency-Key", "ap-" + System.nanoTime())
                .body(Map.of("period", "2001-Q3", "regionCode", region, "reviewWorkingDays", 10))
                .when().post("/api/v1/appraisal/periods").then().statusCode(201).extract().jsonPath().getLong("id");
        given().auth().oauth2(Tokens.of(hr)).contentType(ContentType.JSON).when()
                .post("/api/v1/appraisal/periods/" + id + "/compute").then().statusCode(200);
        return id;
    }

    private static List<String> links(HtmlPage page, long period) {
        return page.getAnchors().stream().map(a -> a.getHrefAttribute())
                .filter(h -> h.startsWith("/appraisal/" + period + "/units/")).toList();
    }

    private URL url(String path) throws Exception {
        return new URL(base, path);
    }
}
