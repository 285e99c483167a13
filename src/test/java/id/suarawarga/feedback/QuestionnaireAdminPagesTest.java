package id.suarawarga.feedback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.suarawarga.devsupport.Browser;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.net.URL;
import org.htmlunit.WebClient;
import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.Test;

/**
 * The questionnaire-versions page through the real Keycloak login (issue 15): Kepahiang's admin sees Kepahiang
 * only and publishes a new version through the same service as the API; a form with a code twice or an empty text
 * comes back with the message and every row as typed. The version published keeps the wording in force, which
 * other tests read (SurveySubmissionTest: U1 is "Persyaratan").
 */
@QuarkusTest
class QuestionnaireAdminPagesTest {

    @TestHTTPResource("/")
    URL base;

    @Inject
    EntityManager em;

    @Test
    void aRegionalAdminPublishesAVersionForTheirRegencyOnly() throws Exception {
        String wording = "Persyaratan pelayanan jelas? " + System.nanoTime();
        int before = latestVersion();
        try (WebClient browser = Browser.open()) {
            HtmlPage home = Browser.loginAt(browser, new URL(base, "/admin"), "admin.kepahiang");
            assertTrue(home.getAnchorByHref("/admin/questionnaires") != null, "the admin home links the page");
            HtmlPage page = browser.getPage(new URL(base, "/admin/questionnaires"));
            assertEquals(200, page.getWebResponse().getStatusCode());
            String text = page.asNormalizedText();
            assertTrue(text.contains("Kepahiang"), text);
            assertFalse(text.contains("Mamuju"), "another regency is not offered: " + text);
            assertTrue(form(page).getActionAttribute().endsWith("/1708"));

            // The wording in force, read before the form is typed into (the form is that page's).
            String inForce = form(page).getInputByName("labelId1").getValue();
            String inForceEn3 = form(page).getInputByName("labelEn3").getValue();
            assertEquals("Persyaratan", inForce);

            browser.getOptions().setThrowExceptionOnFailingStatusCode(false);
            HtmlForm twice = form(page);
            twice.getInputByName("code2").setValue("U1");
            twice.getInputByName("labelId1").setValue(wording);
            HtmlPage refused = Browser.submit(twice);
            assertEquals(422, refused.getWebResponse().getStatusCode());
            assertTrue(refused.asNormalizedText().contains("Kode ganda U1"), refused.asNormalizedText());
            HtmlForm again = form(refused);
            assertEquals("U1", again.getInputByName("code2").getValue(), "what was typed is kept");
            assertEquals(wording, again.getInputByName("labelId1").getValue());

            again.getInputByName("code2").setValue("U2");
            again.getInputByName("labelEn3").setValue("");
            HtmlPage empty = Browser.submit(again);
            assertEquals(422, empty.getWebResponse().getStatusCode());
            assertEquals("true", form(empty).getInputByName("labelEn3").getAttribute("aria-invalid"));

            HtmlForm ok = form(empty);
            ok.getInputByName("labelId1").setValue(inForce);
            ok.getInputByName("labelEn3").setValue(inForceEn3);
            HtmlPage saved = Browser.submit(ok);
            assertEquals(200, saved.getWebResponse().getStatusCode());
            assertTrue(saved.asNormalizedText().contains("Versi baru diterbitkan."), saved.asNormalizedText());
            assertEquals(before + 1, latestVersion(), "one version more");
            assertTrue(saved.asNormalizedText().contains("memakai versinya sendiri, versi " + (before + 1)),
                    saved.asNormalizedText());
            assertEquals(inForce, form(saved).getInputByName("labelId1").getValue(), "the new version is in force");
            assertTrue(saved.asNormalizedText().contains("admin.kepahiang"), "who published it is listed");

            HtmlPage mamuju = browser.getPage(new URL(base, "/admin/questionnaires?region=7602"));
            assertTrue(form(mamuju).getActionAttribute().endsWith("/1708"), "asking for Mamuju shows Kepahiang");
        }
    }

    private int latestVersion() {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "SELECT COALESCE(MAX(q.version), 0) FROM questionnaire q JOIN region r ON r.id = q.region_id WHERE r.code = '1708'")
                .getSingleResult()).intValue());
    }

    private static HtmlForm form(HtmlPage page) {
        return page.getForms().stream().filter(f -> f.getActionAttribute().startsWith("/admin/questionnaires/"))
                .findFirst().orElseThrow(() -> new AssertionError("no publish form on " + page.getUrl()));
    }
}
