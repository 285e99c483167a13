package id.suarawarga.privacy;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.suarawarga.devsupport.Browser;
import id.suarawarga.devsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import org.eclipse.microprofile.config.ConfigProvider;
import org.htmlunit.Page;
import org.htmlunit.WebClient;
import org.htmlunit.html.HtmlAnchor;
import org.htmlunit.html.HtmlCheckBoxInput;
import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.Test;

/**
 * The privacy page in both languages (linked from every page's footer), and the account pages through the real
 * Keycloak login: download, the access log, and deleting the account with the confirmation form.
 */
@QuarkusTest
class PrivacyPagesTest {

    static URL url(String path) throws Exception {
        int port = ConfigProvider.getConfig().getValue("quarkus.http.test-port", Integer.class);
        return new URL("http://127.0.0.1:" + port + path);
    }

    @Test
    void thePrivacyPageSaysWhatIsKeptWhyAndHowLongInIndonesianByDefault() {
        given().when().get("/").then().statusCode(200).body(containsString("<a href=\"/privacy\">Privasi dan data pribadi</a>"));
        given().when().get("/privacy").then().statusCode(200)
                .contentType(containsString("text/html"))
                .body(containsString("<html lang=\"id\">"))
                .body(containsString("UU No. 27 Tahun 2022"))
                .body(containsString("Data yang disimpan"))
                .body(containsString("180 hari, atau sampai akun dihapus"))   // notifications (RetentionConfig)
                .body(containsString("730 hari, atau sampai akun dihapus"))   // staff access log
                .body(containsString("dicadangkan 90 hari"))                  // pseudonym reservation
                .body(containsString("30 hari dan 7 hari"))                   // idempotency records, counters
                .body(containsString("3 × 24 jam"))
                .body(containsString("href=\"/account/delete\""))
                .body(containsString("/realms/suarawarga/account"))
                .body(not(containsString("Data we keep")));
    }

    @Test
    void thePrivacyPageInEnglish() {
        given().cookie("lang", "en").when().get("/privacy").then().statusCode(200)
                .body(containsString("<html lang=\"en\">"))
                .body(containsString("Privacy and personal data"))
                .body(containsString("Law No. 27 of 2022"))
                .body(containsString("Data we keep"))
                .body(containsString("180 days, or until the account is deleted"))
                .body(containsString("730 days, or until the account is deleted"))
                .body(containsString("reserved for 90 days"))
                .body(containsString("3 × 24 hours"))
                .body(not(containsString("Data yang disimpan")));
        given().cookie("lang", "en").when().get("/account/deleted").then().statusCode(200)
                .body(containsString("Your account has been deleted"));
    }

    @Test
    void aCitizenDownloadsReadsTheLogAndDeletesTheAccountOnThePages() throws Exception {
        String username = Tokens.newCitizen("pdp-page");
        try (WebClient browser = Browser.open()) {
            browser.getOptions().setThrowExceptionOnFailingStatusCode(false);
            HtmlPage account = Browser.loginAt(browser, url("/account"), username);
            assertNotNull(account.getFirstByXPath("//a[@href='/account/delete']"), account.asXml());

            Page file = browser.getPage(url("/account/data"));
            assertEquals(200, file.getWebResponse().getStatusCode());
            assertTrue(file.getWebResponse().getResponseHeaderValue("Content-Disposition").startsWith("attachment"));
            assertTrue(file.getWebResponse().getContentAsString().contains("\"username\":\"" + username + "\""));

            HtmlPage log = browser.getPage(url("/account/access-log"));
            assertEquals(200, log.getWebResponse().getStatusCode());
            assertNotNull(log.getElementById("access-none"), "nobody has seen this new citizen's data");

            HtmlPage confirm = ((HtmlAnchor) account.getFirstByXPath("//a[@href='/account/delete']")).click();
            HtmlForm form = confirm.getFirstByXPath("//form[@action='/account/delete']");
            assertNotNull(form.getFirstByXPath(".//input[@name='csrf-token'][@value!='']"), "CSRF token in the form");
            // without the box ticked nothing happens
            HtmlPage refused = Browser.submit(form);
            assertEquals(422, refused.getWebResponse().getStatusCode());
            assertTrue(refused.asNormalizedText().contains("Centang kotak konfirmasi"), refused.asNormalizedText());
            form = refused.getFirstByXPath("//form[@action='/account/delete']");
            ((HtmlCheckBoxInput) form.getInputByName("confirm")).setChecked(true);
            HtmlPage done = Browser.submit(form);
            assertEquals(200, done.getWebResponse().getStatusCode());
            assertTrue(done.getUrl().getPath().endsWith("/account/deleted"), done.getUrl().toString());
            assertTrue(done.asNormalizedText().contains("Akun Anda telah dihapus"), done.asNormalizedText());
        }
        // the login account is gone
        given().auth().oauth2(Tokens.masterAdmin()).queryParam("username", username).queryParam("exact", true)
                .when().get(Tokens.keycloakBaseUrl() + "/admin/realms/suarawarga/users").then().statusCode(200)
                .body("size()", org.hamcrest.Matchers.equalTo(0));
    }

    @Test
    void staffCannotDeleteTheirAccountFromThePage() throws Exception {
        try (WebClient browser = Browser.open()) {
            browser.getOptions().setThrowExceptionOnFailingStatusCode(false);
            HtmlPage account = Browser.loginAt(browser, url("/account"), "moderator1");
            assertNull(account.getFirstByXPath("//a[@href='/account/delete']"), "no delete link for staff");
            HtmlPage confirm = browser.getPage(url("/account/delete"));
            HtmlForm form = confirm.getFirstByXPath("//form[@action='/account/delete']");
            ((HtmlCheckBoxInput) form.getInputByName("confirm")).setChecked(true);
            HtmlPage refused = Browser.submit(form);
            assertEquals(403, refused.getWebResponse().getStatusCode());
            assertTrue(refused.asNormalizedText().contains("Akun petugas ditutup oleh admin"), refused.asNormalizedText());
        }
        given().auth().oauth2(Tokens.of("moderator1")).when().get("/api/v1/me").then().statusCode(200);
    }
}
