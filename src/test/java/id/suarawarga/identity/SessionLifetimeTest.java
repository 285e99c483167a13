package id.suarawarga.identity;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.suarawarga.devsupport.Browser;
import id.suarawarga.devsupport.DevSupport;
import id.suarawarga.devsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.net.URL;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.ConfigProvider;
import org.htmlunit.HttpMethod;
import org.htmlunit.WebClient;
import org.htmlunit.WebRequest;
import org.htmlunit.WebResponse;
import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.Test;

/**
 * Issue 8, sessions: logout ends the Keycloak session (RP-initiated logout, checked through Keycloak's admin
 * API), only a POST logs out, and a session idle past its limit is not accepted. The realm's limits themselves
 * (30 min idle, 10 h absolute) are asserted from {@code src/main/keycloak/suarawarga-realm.json}.
 */
@QuarkusTest
class SessionLifetimeTest {

    static URL url(String path) throws IOException {
        int port = ConfigProvider.getConfig().getValue("quarkus.http.test-port", Integer.class);
        return new URL("http://127.0.0.1:" + port + path);
    }

    static String admin() {
        return Tokens.masterAdmin();
    }

    static String userId(String admin, String username) {
        return given().auth().oauth2(admin).queryParam("username", username).queryParam("exact", true)
                .when().get(Tokens.keycloakBaseUrl() + "/admin/realms/suarawarga/users")
                .then().statusCode(200).extract().jsonPath().getString("[0].id");
    }

    static int keycloakSessions(String admin, String userId) {
        return given().auth().oauth2(admin)
                .when().get(Tokens.keycloakBaseUrl() + "/admin/realms/suarawarga/users/" + userId + "/sessions")
                .then().statusCode(200).extract().jsonPath().getList("$").size();
    }

    /** Status of a page without following redirects: 200 while the session holds, 302 to Keycloak once it does not. */
    static WebResponse open(WebClient browser, String path) throws IOException {
        browser.getOptions().setRedirectEnabled(false);
        try {
            return browser.loadWebResponse(new WebRequest(url(path), HttpMethod.GET));
        } finally {
            browser.getOptions().setRedirectEnabled(true);
        }
    }

    @Test
    void logoutEndsTheKeycloakSessionAndOnlyAPostLogsOut() throws Exception {
        String username = Tokens.newCitizen("logout");
        String admin = admin();
        String id = userId(admin, username);
        try (WebClient browser = Browser.open()) {
            HtmlPage account = Browser.loginAt(browser, url("/account"), username);
            assertEquals("/account", account.getUrl().getPath());
            assertEquals(1, keycloakSessions(admin, id), "logged in: one SSO session");

            // A GET of /logout (a link, an <img src>) neither ends the portal session nor Keycloak's.
            browser.getOptions().setThrowExceptionOnFailingStatusCode(false);
            open(browser, "/logout");
            assertEquals(200, open(browser, "/account").getStatusCode(), "still logged in after GET /logout");
            assertEquals(1, keycloakSessions(admin, id));

            HtmlPage home = Browser.submit(account.getFirstByXPath("//form[@action='/logout']"));
            assertEquals("/", home.getUrl().getPath());
            assertEquals(0, keycloakSessions(admin, id), "the Keycloak session is gone after logout");
            // And the portal asks for the password again.
            HtmlPage again = browser.getPage(url("/account"));
            assertTrue(again.getUrl().toString().contains("/protocol/openid-connect/auth"), again.getUrl().toString());
            assertTrue(again.getElementById("kc-form-login") != null, "Keycloak shows its login form");
        }
    }

    @Test
    void aSessionIdlePastItsLimitIsNotAccepted() throws Exception {
        // Short limits on the portal's client for this test only (tokens 2 s, client session idle 3 s); restored
        // after. Other tests run one after another in this JVM, so nobody else logs in meanwhile.
        String admin = admin();
        String clients = Tokens.keycloakBaseUrl() + "/admin/realms/suarawarga/clients";
        String clientUuid = given().auth().oauth2(admin).queryParam("clientId", "suarawarga-web").when().get(clients)
                .then().statusCode(200).extract().jsonPath().getString("[0].id");
        Map<String, Object> client = given().auth().oauth2(admin).when().get(clients + "/" + clientUuid)
                .then().statusCode(200).extract().jsonPath().getMap("$");
        @SuppressWarnings("unchecked")
        Map<String, Object> original = new HashMap<>((Map<String, Object>) client.get("attributes"));
        Map<String, Object> shortLived = new HashMap<>(original);
        shortLived.put("access.token.lifespan", "2");
        shortLived.put("client.session.idle.timeout", "6");
        client.put("attributes", shortLived);
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(client).when().put(clients + "/" + clientUuid)
                .then().statusCode(204);
        try (WebClient browser = Browser.open()) {
            browser.getOptions().setThrowExceptionOnFailingStatusCode(false);
            Browser.loginAt(browser, url("/account"), Tokens.newCitizen("idle"));
            assertEquals(200, open(browser, "/account").getStatusCode(), "fresh session");
            Map<String, Object> live = given().auth().oauth2(admin).when().get(clients + "/" + clientUuid).then()
                    .extract().jsonPath().getMap("attributes");
            assertEquals("6", live.get("client.session.idle.timeout"), live.toString());

            // Active: a request every 2.5 s keeps the session past the token's life (the portal refreshes it).
            for (int i = 0; i < 2; i++) {
                Thread.sleep(2500);
                assertEquals(200, open(browser, "/account").getStatusCode(), "active session, request " + i);
            }

            // Idle past the limit: the portal refuses the session and sends the person to log in, on a protected
            // page and on a public one (whose header would show who is logged in).
            Thread.sleep(7000);
            WebResponse idle = open(browser, "/account");
            assertEquals(302, idle.getStatusCode(), "idle session refused");
            assertTrue(idle.getResponseHeaderValue("Location").contains("/protocol/openid-connect/auth"),
                    idle.getResponseHeaderValue("Location"));
            WebResponse home = open(browser, "/forums");
            assertTrue(home.getStatusCode() == 302 || home.getStatusCode() == 200 && !home.getContentAsString()
                    .contains("action=\"/logout\""), home.getStatusCode() + " " + home.getContentAsString());
        } finally {
            // Keycloak keeps attributes a PUT leaves out; an empty value removes one.
            for (String key : List.of("access.token.lifespan", "client.session.idle.timeout")) {
                original.putIfAbsent(key, "");
            }
            client.put("attributes", original);
            given().auth().oauth2(admin).contentType(ContentType.JSON).body(client).when().put(clients + "/" + clientUuid)
                    .then().statusCode(204);
        }
    }

    @Test
    void theRealmLimitsIdleAndAbsoluteSessionLifetime() throws Exception {
        JsonPath realm = new JsonPath(DevSupport.projectDir().resolve("src/main/keycloak/suarawarga-realm.json").toFile());
        assertEquals(1800, realm.getInt("ssoSessionIdleTimeout"), "idle: 30 min (docs/operations.md)");
        assertEquals(36000, realm.getInt("ssoSessionMaxLifespan"), "absolute: 10 h (docs/operations.md)");
        assertEquals(300, realm.getInt("accessTokenLifespan"), "tokens: 5 min, refreshed while active");
        // The running test realm has them too.
        JsonPath live = given().auth().oauth2(admin()).when().get(Tokens.keycloakBaseUrl() + "/admin/realms/suarawarga")
                .then().statusCode(200).extract().jsonPath();
        for (String key : List.of("ssoSessionIdleTimeout", "ssoSessionMaxLifespan")) {
            assertEquals(realm.getInt(key), live.getInt(key), key);
        }
    }
}
