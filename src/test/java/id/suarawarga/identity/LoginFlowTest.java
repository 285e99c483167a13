package id.suarawarga.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.suarawarga.devsupport.Browser;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import org.htmlunit.WebClient;
import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.Test;

/** A person logs in through the real Keycloak login form (code flow + PKCE) and out again. No JavaScript needed. */
@QuarkusTest
class LoginFlowTest {

    @TestHTTPResource("/account")
    URL account;

    @TestHTTPResource("/")
    URL home;

    @Test
    void citizenLogsInThroughKeycloakSeesTheirNameAndLogsOut() throws Exception {
        try (WebClient browser = Browser.open()) {
            HtmlPage login = browser.getPage(account);
            assertTrue(login.getUrl().toString().contains("/realms/suarawarga/protocol/openid-connect/auth"),
                    "an anonymous visitor is sent to Keycloak: " + login.getUrl());
            assertTrue(login.getUrl().toString().contains("code_challenge_method=S256"), "PKCE is used");

            HtmlForm form = login.getHtmlElementById("kc-form-login");
            form.getInputByName("username").type("warga1");
            form.getInputByName("password").type("warga1");
            HtmlPage page = Browser.submit(form);

            assertEquals(account.toString(), page.getUrl().toString(), "lands back where the user wanted to go");
            assertEquals("Siti Aminah", page.getHtmlElementById("account-name").getTextContent().trim());
            assertTrue(page.asNormalizedText().contains("Warga"), "the role in words");

            HtmlForm logout = page.getFirstByXPath("//form[@action='/logout']");
            assertNotNull(logout.getInputByName("csrf-token"), "logout is a CSRF-protected POST");
            HtmlPage after = Browser.submit(logout);
            assertEquals(home.getPath(), after.getUrl().getPath(), "Keycloak sends the user home after logout");
            assertEquals(home.getAuthority(), after.getUrl().getAuthority());
            assertNotNull(after.getFirstByXPath("//a[@href='/login']"), "logged out: the login link is back");

            // The Keycloak session is gone too: /account asks for the password again.
            HtmlPage again = browser.getPage(account);
            assertTrue(again.getUrl().toString().contains("/protocol/openid-connect/auth"), again.getUrl().toString());
        }
    }

    @Test
    void officerSeesTheUnitTheyServeOnTheAccountPage() throws Exception {
        try (WebClient browser = Browser.open()) {
            String text = Browser.loginAt(browser, account, "petugas.dukcapil").asNormalizedText();
            assertTrue(text.contains("Rudi Hartono"), text);
            assertTrue(text.contains("Dinas Kependudukan dan Pencatatan Sipil"), text);
        }
    }
}
