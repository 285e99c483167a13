package id.suarawarga.feedback;

import static id.suarawarga.feedback.FeedbackFixtures.rate;
import static id.suarawarga.feedback.FeedbackFixtures.serviceId;
import static id.suarawarga.feedback.FeedbackFixtures.unitId;
import static id.suarawarga.feedback.SurveyPagesTest.text;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.suarawarga.devsupport.Browser;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.net.URL;
import org.htmlunit.FailingHttpStatusCodeException;
import org.htmlunit.WebClient;
import org.htmlunit.html.HtmlCheckBoxInput;
import org.htmlunit.html.HtmlElement;
import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.Test;

/** The officer's dashboard, through the real Keycloak login: answering comments, service users, the plan. */
@QuarkusTest
class OfficerPagesTest {

    @TestHTTPResource("/")
    URL base;

    @Inject
    EntityManager em;

    @Test
    void officerRepliesToAnAwaitingCommentAndTheCitizenSeesIt() throws Exception {
        long unit = unitId("1708", "1708-DUKCAPIL");
        String comment = "Antrean KK panjang sekali " + System.nanoTime();
        long feedbackId = rate("warga2", unit, 2, comment);
        // Created long ago: past the 5 working days the unit has to answer.
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "UPDATE feedback SET created_at = created_at - INTERVAL 30 DAY WHERE id = ?1")
                .setParameter(1, feedbackId).executeUpdate());

        try (WebClient browser = Browser.open()) {
            HtmlPage dashboard = Browser.loginAt(browser, url("/officer"), "petugas.dukcapil");
            assertEquals("/officer", dashboard.getUrl().getPath());
            assertNotNull(dashboard.getFirstByXPath("//header//a[@href='/officer']"), "officers have the link in the nav");
            HtmlElement item = dashboard.getHtmlElementById("feedback-" + feedbackId);
            assertTrue(item.asNormalizedText().contains(comment), item.asNormalizedText());
            assertTrue(item.asNormalizedText().contains("Terlambat"), "overdue is said in words: " + item.asNormalizedText());

            // An empty reply comes back with its message; nothing is sent.
            HtmlForm form = replyForm(dashboard, feedbackId);
            browser.getOptions().setThrowExceptionOnFailingStatusCode(false);
            ((HtmlCheckBoxInput) form.getInputByName("followedUp")).setChecked(true);
            HtmlPage rejected = Browser.submit(form);
            assertEquals(422, rejected.getWebResponse().getStatusCode());
            assertNotNull(rejected.getHtmlElementById("e-reply-" + feedbackId));
            HtmlForm again = replyForm(rejected, feedbackId);
            assertEquals("true", again.getTextAreaByName("text").getAttribute("aria-invalid"));
            assertTrue(((HtmlCheckBoxInput) again.getInputByName("followedUp")).isChecked(), "what was ticked is kept");

            again.getTextAreaByName("text").setText("Mulai Senin loket KK kami tambah satu.");
            HtmlPage saved = Browser.submit(again);
            assertEquals("/officer", saved.getUrl().getPath());
            assertEquals("Balasan terkirim.", saved.getHtmlElementById("saved").getTextContent().trim());
            assertNull(saved.getElementById("feedback-" + feedbackId), "answered: no longer waiting");
        }

        try (WebClient browser = Browser.open()) {
            HtmlPage mine = Browser.loginAt(browser, url("/me/feedback"), "warga2");
            String text = mine.getHtmlElementById("feedback-" + feedbackId).asNormalizedText();
            assertTrue(text.contains("Mulai Senin loket KK kami tambah satu."), text);
            assertTrue(text.contains("Sudah ditindaklanjuti"), text);
            assertTrue(text.contains("2 dari 5 bintang"), text);
        }
    }

    @Test
    void anotherUnitsFeedbackGetsTheFriendly403() throws Exception {
        long ownUnit = unitId("1708", "1708-DUKCAPIL");
        long otherUnit = unitId("1708", "1708-DPMPTSP");
        long own = rate("warga1", ownUnit, 3, "Pelayanan cukup " + System.nanoTime());
        long foreign = rate("warga1", otherUnit, 1, "Izin lama keluar " + System.nanoTime());
        try (WebClient browser = Browser.open()) {
            HtmlPage dashboard = Browser.loginAt(browser, url("/officer"), "petugas.dukcapil");
            assertNull(dashboard.getElementById("feedback-" + foreign), "another unit's comments are not listed");
            HtmlForm form = replyForm(dashboard, own);
            form.setActionAttribute("/officer/feedback/" + foreign + "/reply");
            form.getTextAreaByName("text").setText("Bukan urusan unit saya");
            FailingHttpStatusCodeException denied = assertThrows(FailingHttpStatusCodeException.class,
                    () -> Browser.submit(form));
            assertEquals(403, denied.getStatusCode());
            assertTrue(denied.getResponse().getContentAsString().contains("Tidak diizinkan"));
        }
    }

    @Test
    void officerRecordsServiceUsersAndPublishesThePlanShownOnTheResults() throws Exception {
        long service = serviceId("1708", "1708-DUKCAPIL", 1);
        String[] recorded = new String[1];
        try (WebClient browser = Browser.open()) {
            HtmlPage dashboard = Browser.loginAt(browser, url("/officer"), "petugas.dukcapil");

            HtmlForm users = dashboard.getHtmlElementById("users-form");
            users.getSelectByName("serviceId").setSelectedAttribute(String.valueOf(service), true);
            users.getInputByName("users").type("100");
            String period = users.getInputByName("period").getValue();
            recorded[0] = period;
            users.getInputByName("period").setValue("2026-Q5");
            browser.getOptions().setThrowExceptionOnFailingStatusCode(false);
            HtmlPage rejected = Browser.submit(users);
            assertEquals(422, rejected.getWebResponse().getStatusCode());
            HtmlForm again = rejected.getHtmlElementById("users-form");
            assertEquals("true", again.getInputByName("period").getAttribute("aria-invalid"));
            assertEquals("100", again.getInputByName("users").getValue());
            again.getInputByName("period").setValue(period);
            HtmlPage saved = Browser.submit(again);
            assertEquals("/officer", saved.getUrl().getPath());
            assertTrue(saved.getHtmlElementById("saved").getTextContent().contains("Jumlah pengguna layanan tersimpan."));

            HtmlForm plan = saved.getHtmlElementById("plan-form");
            plan.getSelectByName("serviceId").setSelectedAttribute(String.valueOf(service), true);
            plan.getTextAreaByName("text").setText("Menambah loket KK pada hari Senin dan Kamis.");
            HtmlPage published = Browser.submit(plan);
            assertTrue(published.getHtmlElementById("saved").getTextContent().contains("diterbitkan"));
        }

        // the period the users were recorded for (without one the page opens on the latest quarter with answers)
        String results = given().when().get("/services/" + service + "/results?period=" + recorded[0]).then()
                .statusCode(200).extract().asString();
        assertEquals("100", text(results, "service-users"));
        assertEquals("80", text(results, "sample-minimum"), "Krejcie–Morgan for N = 100");
        assertTrue(results.contains("Menambah loket KK pada hari Senin dan Kamis."), results);
        assertTrue(results.contains("Belum representatif"));
    }

    @Test
    void citizensAreNotAllowedOnTheDashboard() throws Exception {
        try (WebClient browser = Browser.open()) {
            FailingHttpStatusCodeException denied = assertThrows(FailingHttpStatusCodeException.class,
                    () -> Browser.loginAt(browser, url("/officer"), "warga1"));
            assertEquals(403, denied.getStatusCode());
            assertTrue(denied.getResponse().getContentAsString().contains("Tidak diizinkan"));
        }
    }

    private URL url(String path) throws Exception {
        return new URL(base, path);
    }

    private static HtmlForm replyForm(HtmlPage page, long feedbackId) {
        HtmlForm form = page.getFirstByXPath("//form[@action='/officer/feedback/" + feedbackId + "/reply']");
        assertNotNull(form, "reply form for " + feedbackId + " in " + page.asNormalizedText());
        return form;
    }
}
