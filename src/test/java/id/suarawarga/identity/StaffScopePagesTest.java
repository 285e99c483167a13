package id.suarawarga.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.suarawarga.devsupport.Browser;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import org.htmlunit.WebClient;
import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.Test;

/**
 * The staff-scopes pages through the real Keycloak login (issue 15): Kepahiang's admin gives a person a Kepahiang
 * unit with a reason; a Mamuju unit or a missing reason comes back with the message on its field and what was
 * typed kept; the list shows Kepahiang's staff and no other regency's.
 */
@QuarkusTest
class StaffScopePagesTest {

    @TestHTTPResource("/")
    URL base;

    @Test
    void aRegionalAdminGivesAnOfficerAUnitOfTheirRegencyOnly() throws Exception {
        String person = "petugas.halaman" + System.nanoTime();
        try (WebClient browser = Browser.open()) {
            HtmlPage list = Browser.loginAt(browser, new URL(base, "/admin/staff"), "admin.kepahiang");
            assertEquals(200, list.getWebResponse().getStatusCode());
            String listed = list.asNormalizedText();
            assertTrue(listed.contains("hr.kepahiang"), listed);
            assertFalse(listed.contains("hr.mamuju"), "another regency's staff are not listed: " + listed);

            HtmlForm find = list.getForms().stream().filter(f -> f.getActionAttribute().equals("/admin/staff/person"))
                    .findFirst().orElseThrow();
            find.getInputByName("username").setValue(person);
            HtmlPage page = Browser.submit(find);
            assertEquals("/admin/staff/" + person, page.getUrl().getPath());

            browser.getOptions().setThrowExceptionOnFailingStatusCode(false);
            HtmlForm officer = form(page, person, "officer");
            officer.getInputByName("places").setValue("7602-DUKCAPIL");
            officer.getInputByName("reason").setValue("SK 1");
            HtmlPage refused = Browser.submit(officer);
            assertEquals(422, refused.getWebResponse().getStatusCode());
            HtmlForm again = form(refused, person, "officer");
            assertEquals("7602-DUKCAPIL", again.getInputByName("places").getValue(), "what was typed is kept");
            assertEquals("true", again.getInputByName("places").getAttribute("aria-invalid"));
            assertTrue(refused.getElementById("e-officerplaces").getTextContent().contains("Unit tidak dikenal"),
                    refused.getElementById("e-officerplaces").getTextContent());

            again.getInputByName("places").setValue("1708-DUKCAPIL");
            again.getInputByName("reason").setValue("");
            HtmlPage noReason = Browser.submit(again);
            assertEquals(422, noReason.getWebResponse().getStatusCode());
            assertTrue(noReason.getElementById("e-officerreason") != null, "the reason is asked for");

            HtmlForm ok = form(noReason, person, "officer");
            ok.getInputByName("reason").setValue("SK Bupati 800/1/2026");
            HtmlPage saved = Browser.submit(ok);
            assertEquals(200, saved.getWebResponse().getStatusCode());
            assertEquals("/admin/staff/" + person, saved.getUrl().getPath());
            assertTrue(saved.asNormalizedText().contains("Lingkup staf disimpan."), saved.asNormalizedText());
            assertEquals("1708-DUKCAPIL", form(saved, person, "officer").getInputByName("places").getValue());

            // Admin scopes are the operator's to give.
            HtmlForm admin = form(saved, person, "admin");
            admin.getInputByName("places").setValue("1708");
            admin.getInputByName("reason").setValue("coba");
            assertEquals(403, Browser.submit(admin).getWebResponse().getStatusCode());
        }
    }

    private static HtmlForm form(HtmlPage page, String person, String role) {
        return page.getForms().stream().filter(f -> f.getActionAttribute().equals("/admin/staff/" + person + "/" + role))
                .findFirst().orElseThrow(() -> new AssertionError("no " + role + " form on " + page.getUrl()));
    }
}
