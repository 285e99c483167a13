package id.suarawarga.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.util.Set;
import org.htmlunit.CookieManager;
import org.htmlunit.WebClient;
import org.htmlunit.util.Cookie;
import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.html.HtmlSubmitInput;
import org.htmlunit.html.HtmlElement;
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
        try (WebClient browser = browser()) {
            HtmlPage login = browser.getPage(account);
            assertTrue(login.getUrl().toString().contains("/realms/suarawarga/protocol/openid-connect/auth"),
                    "an anonymous visitor is sent to Keycloak: " + login.getUrl());
            assertTrue(login.getUrl().toString().contains("code_challenge_method=S256"), "PKCE is used");

            HtmlForm form = login.getHtmlElementById("kc-form-login");
            form.getInputByName("username").type("warga1");
            form.getInputByName("password").type("warga1");
            HtmlPage page = submit(form);

            assertEquals(account.toString(), page.getUrl().toString(), "lands back where the user wanted to go");
            assertEquals("Siti Aminah", page.getHtmlElementById("account-name").getTextContent().trim());
            assertTrue(page.asNormalizedText().contains("citizen"));

            HtmlForm logout = page.getFirstByXPath("//form[@action='/logout']");
            loopbackIsSecure(browser);
            HtmlPage after = logout.<HtmlElement>getFirstByXPath(".//button").click();
            assertEquals(home.getPath(), after.getUrl().getPath(), "Keycloak sends the user home after logout");
            assertEquals(home.getAuthority(), after.getUrl().getAuthority());
            assertTrue(after.getFirstByXPath("//a[@href='/login']") != null, "logged out: the login link is back");

            // The Keycloak session is gone too: /account asks for the password again.
            HtmlPage again = browser.getPage(account);
            assertTrue(again.getUrl().toString().contains("/protocol/openid-connect/auth"), again.getUrl().toString());
        }
    }

    @Test
    void officerSeesTheUnitTheyServeOnTheAccountPage() throws Exception {
        try (WebClient browser = browser()) {
            HtmlForm form = ((HtmlPage) browser.getPage(account)).getHtmlElementById("kc-form-login");
            form.getInputByName("username").type("petugas.dukcapil");
            form.getInputByName("password").type("petugas.dukcapil");
            HtmlPage page = submit(form);
            String text = page.asNormalizedText();
            assertTrue(text.contains("Rudi Hartono"), text);
            assertTrue(text.contains("Dinas Kependudukan dan Pencatatan Sipil"), text);
        }
    }

    private static WebClient browser() {
        WebClient browser = new WebClient();
        browser.getOptions().setJavaScriptEnabled(false);
        browser.getOptions().setCssEnabled(false);
        browser.getOptions().setRedirectEnabled(true);
        return browser;
    }

    /**
     * Keycloak marks its cookies Secure even on http://127.0.0.1. Real browsers treat loopback as a secure
     * context and send them; HtmlUnit does not, so we do what the browser would.
     */
    private static void loopbackIsSecure(WebClient browser) {
        CookieManager jar = browser.getCookieManager();
        for (Cookie c : Set.copyOf(jar.getCookies())) {
            if (c.isSecure() && ("127.0.0.1".equals(c.getDomain()) || "localhost".equals(c.getDomain()))) {
                jar.removeCookie(c);
                jar.addCookie(new Cookie(c.getDomain(), c.getName(), c.getValue(), c.getPath(), c.getExpires(), false,
                        c.isHttpOnly(), c.getSameSite()));
            }
        }
    }

    private static HtmlPage submit(HtmlForm form) throws Exception {
        loopbackIsSecure(form.getPage().getWebClient());
        HtmlElement button = form.getFirstByXPath(".//*[@id='kc-login']");
        if (button instanceof HtmlSubmitInput input) {
            return input.click();
        }
        return button.click();
    }
}
