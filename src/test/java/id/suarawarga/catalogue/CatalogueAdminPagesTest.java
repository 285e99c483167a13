package id.suarawarga.catalogue;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.suarawarga.devsupport.Browser;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import org.htmlunit.FailingHttpStatusCodeException;
import org.htmlunit.WebClient;
import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.Test;

/** An admin maintains the catalogue through the pages, logged in through the real Keycloak; others may not. */
@QuarkusTest
class CatalogueAdminPagesTest {

    @TestHTTPResource("/admin")
    URL admin;

    @Test
    void adminAddsARegionThenAUnitThroughTheForms() throws Exception {
        String code = "P" + (System.nanoTime() % 100_000_000L);
        try (WebClient browser = Browser.open()) {
            HtmlPage page = Browser.loginAt(browser, admin, "admin1");
            assertTrue(page.asNormalizedText().contains("Admin katalog"), page.asNormalizedText());

            // A mistake first: the form comes back with what was typed and a message on the field.
            HtmlForm form = page.getFirstByXPath("//form[@action='/admin/regions']");
            form.getInputByName("code").type(code);
            form.getInputByName("name").type("Kota Percobaan");
            browser.getOptions().setThrowExceptionOnFailingStatusCode(false);
            HtmlPage rejected = Browser.submit(form);
            assertEquals(422, rejected.getWebResponse().getStatusCode());
            HtmlForm again = rejected.getFirstByXPath("//form[@action='/admin/regions']");
            assertEquals(code, again.getInputByName("code").getValue(), "what the admin typed is kept");
            assertEquals("true", again.getInputByName("province").getAttribute("aria-invalid"));
            // in the page's words, never Hibernate Validator's English default (issue 17 item 14)
            assertTrue(rejected.asNormalizedText().contains("wajib diisi"), rejected.asNormalizedText());
            assertFalse(rejected.asNormalizedText().contains("must not be blank"), rejected.asNormalizedText());

            again.getInputByName("province").type("Bengkulu");
            HtmlPage saved = Browser.submit(again);
            assertEquals("/admin/regions/" + code, saved.getUrl().getPath());
            assertTrue(saved.asNormalizedText().contains("Tersimpan."));

            HtmlForm unit = saved.getFirstByXPath("//form[@action='/admin/units']");
            unit.getInputByName("code").type(code + "-DUKCAPIL");
            unit.getInputByName("name").type("Dinas Kependudukan dan Pencatatan Sipil");
            HtmlPage unitPage = Browser.submit(unit);
            assertTrue(unitPage.getUrl().getPath().startsWith("/admin/units/"), unitPage.getUrl().toString());
            assertTrue(unitPage.asNormalizedText().contains("Tersimpan."));
        }
    }

    @Test
    void aRegionalAdminSeesOnlyTheirRegionAndCannotOpenAnotherRegionsPages() throws Exception {
        try (WebClient browser = Browser.open()) {
            HtmlPage page = Browser.loginAt(browser, admin, "admin.kepahiang");
            String text = page.asNormalizedText();
            assertTrue(page.getFirstByXPath("//a[@href='/admin/regions/1708']") != null, text);
            assertTrue(page.getFirstByXPath("//a[@href='/admin/regions/7602']") == null, text);
            assertTrue(page.getFirstByXPath("//a[@href='/admin/regions/9901']") == null, text);
            assertTrue(page.getFirstByXPath("//form[@action='/admin/regions']") == null, "only the operator adds regions");

            HtmlPage own = browser.getPage(new URL(admin, "/admin/regions/1708"));
            assertEquals(200, own.getWebResponse().getStatusCode());
            FailingHttpStatusCodeException denied = assertThrows(FailingHttpStatusCodeException.class,
                    () -> browser.getPage(new URL(admin, "/admin/regions/7602")));
            assertEquals(403, denied.getStatusCode());
        }
        try (WebClient browser = Browser.open()) {
            HtmlPage page = Browser.loginAt(browser, admin, "admin1");
            assertTrue(page.getFirstByXPath("//form[@action='/admin/regions']") != null, "the operator adds regions");
            HtmlPage mamuju = browser.getPage(new URL(admin, "/admin/regions/7602"));
            assertEquals(200, mamuju.getWebResponse().getStatusCode());
        }
    }

    @Test
    void citizensCannotOpenTheAdminPages() throws Exception {
        try (WebClient browser = Browser.open()) {
            FailingHttpStatusCodeException denied = assertThrows(FailingHttpStatusCodeException.class,
                    () -> Browser.loginAt(browser, admin, "warga2"));
            assertEquals(403, denied.getStatusCode());
            assertTrue(denied.getResponse().getContentAsString().contains("Tidak diizinkan"));
        }
    }
}
