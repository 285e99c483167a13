package id.suarawarga.identity;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.suarawarga.devsupport.AppProcess;
import id.suarawarga.devsupport.Browser;
import id.suarawarga.devsupport.DatabaseServer;
import id.suarawarga.devsupport.DevSupport;
import id.suarawarga.devsupport.ItKeycloak;
import id.suarawarga.devsupport.KeycloakServer;
import id.suarawarga.devsupport.TcpForwarder;
import id.suarawarga.devsupport.Tokens;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The packaged app (production profile) starts and serves public pages while Keycloak is unreachable, fails
 * logins kindly, and recovers by itself when Keycloak comes back. Keycloak is taken away and given back by a
 * TCP forwarder between the app and a real Keycloak, so neither process restarts.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class KeycloakOutageIT {

    static DatabaseServer database;
    static KeycloakServer keycloak;
    static TcpForwarder gate;
    static AppProcess app;
    static String appUrl;

    @BeforeAll
    static void start() throws Exception {
        Path project = DevSupport.projectDir();
        database = DatabaseServer.forTests();
        keycloak = ItKeycloak.get(); // shared by the ITs of this run; the gate takes it away from this app only
        gate = new TcpForwarder(DevSupport.freePort(), Integer.parseInt(keycloak.baseUrl().replaceAll(".*:(\\d+).*", "$1")));

        app = AppProcess.start(database, "http://127.0.0.1:" + gate.port() + "/realms/suarawarga",
                project.resolve("target/keycloak-outage-app.log"));
        appUrl = app.url();
        ItKeycloak.allowRedirectsTo(appUrl);
    }

    @AfterAll
    static void stop() throws Exception {
        if (app != null) {
            app.close();
        }
        if (gate != null) {
            gate.close();
        }
        if (database != null) {
            database.stop();
        }
    }

    @Test
    @Order(1)
    void publicPagesServeWhileKeycloakIsDownAndLoginRecoversWhenItReturns() throws Exception {
        // Keycloak unreachable since the app started.
        given().when().get(appUrl + "/").then().statusCode(200).body(containsString("SuaraWarga"));
        given().when().get(appUrl + "/api/v1/regions").then().statusCode(200).body("total", equalTo(0));
        given().redirects().follow(false).when().get(appUrl + "/account")
                .then().statusCode(503)
                .body(containsString("Layanan login sedang tidak tersedia"))
                .body(not(containsString("Exception")));
        given().auth().oauth2("not-a-token").when().get(appUrl + "/api/v1/me")
                .then().statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", "30")
                .body("type", equalTo("urn:suarawarga:problem:unavailable"))
                .body(not(containsString("Exception")));

        // Keycloak is back: the app picks it up without a restart.
        gate.open();
        String token = Tokens.passwordGrant("http://127.0.0.1:" + gate.port() + "/realms/suarawarga", "suarawarga-cli",
                "warga1", "warga1");
        int status = 0;
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(deadline)) {
            status = given().auth().oauth2(token).when().get(appUrl + "/api/v1/me").then().extract().statusCode();
            if (status == 200) {
                break;
            }
            Thread.sleep(500);
        }
        assertEquals(200, status, "bearer tokens are accepted again once Keycloak is back");
        // Logins follow within KeycloakProbe's next probe (every 5 s).
        assertEquals(302, accountStatusWithin(Duration.ofSeconds(20), 302), "login redirects once Keycloak is back");
        given().redirects().follow(false).when().get(appUrl + "/account")
                .then().statusCode(302)
                .header("Location", containsString(gate.port() + "/realms/suarawarga/protocol/openid-connect/auth"));

        // And down again: public pages still serve.
        gate.close();
        given().when().get(appUrl + "/regions/0000").then().statusCode(404).body(containsString("SuaraWarga"));
        given().when().get(appUrl + "/").then().statusCode(200);
    }

    /**
     * With the catalogue loaded: a visitor logged in before Keycloak went away keeps their session, a bearer token
     * issued before keeps working (tokens are checked locally against the cached keys), and the public results
     * pages and the IKM API serve as usual.
     */
    @Test
    @Order(2)
    void sessionsTokensAndPublicResultsKeepServingWhileKeycloakIsDown() throws Exception {
        database.loadDemoCatalogue();
        long service;
        try (java.sql.Connection c = database.connection(); java.sql.Statement st = c.createStatement();
                java.sql.ResultSet rs = st.executeQuery(
                        "SELECT id FROM public_service WHERE code = '1708-DUKCAPIL-KTPEL'")) {
            rs.next();
            service = rs.getLong(1);
        }
        gate.open();
        assertEquals(302, accountStatusWithin(Duration.ofSeconds(20), 302), "logins redirect to Keycloak");
        String token = Tokens.passwordGrant("http://127.0.0.1:" + gate.port() + "/realms/suarawarga", "suarawarga-cli",
                "warga2", "warga2");
        try (org.htmlunit.WebClient browser = Browser.open()) {
            org.htmlunit.html.HtmlPage account = Browser.loginAt(browser, new java.net.URL(appUrl + "/account"), "warga1");
            assertEquals(appUrl + "/account", account.getUrl().toString());
            String name = account.getHtmlElementById("account-name").getTextContent().trim();

            gate.close();
            org.htmlunit.html.HtmlPage again = browser.getPage(appUrl + "/account");
            assertEquals(200, again.getWebResponse().getStatusCode(), again.asNormalizedText());
            assertEquals(name, again.getHtmlElementById("account-name").getTextContent().trim(),
                    "the logged-in session survives the outage");
        }
        given().auth().oauth2(token).when().get(appUrl + "/api/v1/me")
                .then().statusCode(200).body("username", equalTo("warga2"));
        given().when().get(appUrl + "/services/" + service + "/results")
                .then().statusCode(200).body(containsString("SuaraWarga")).body(not(containsString("Exception")));
        given().when().get(appUrl + "/api/v1/services/" + service + "/ikm")
                .then().statusCode(200).contentType("application/json");
        given().when().get(appUrl + "/api/v1/regions").then().statusCode(200).body("total", equalTo(3));
        given().when().get(appUrl + "/api/v1/forums").then().statusCode(200);
        // A new login gets the kind page within seconds (KeycloakProbe), not a redirect to a dead Keycloak...
        long wentAway = System.nanoTime();
        assertEquals(503, accountStatusWithin(Duration.ofSeconds(20), 503), "login answers 503 while Keycloak is away");
        double noticed = (System.nanoTime() - wentAway) / 1e9;
        given().redirects().follow(false).when().get(appUrl + "/account")
                .then().statusCode(503).body(containsString("Layanan login sedang tidak tersedia"));
        // ...and redirects to Keycloak again soon after it returns.
        gate.open();
        long back = System.nanoTime();
        assertEquals(302, accountStatusWithin(Duration.ofSeconds(20), 302), "login redirects again once Keycloak is back");
        System.out.printf("KeycloakOutageIT: login page noticed the outage after %.1f s and the return after %.1f s%n",
                noticed, (System.nanoTime() - back) / 1e9);
        gate.close();
    }

    private static int accountStatusWithin(Duration limit, int wanted) throws InterruptedException {
        Instant deadline = Instant.now().plus(limit);
        int status;
        do {
            status = given().redirects().follow(false).when().get(appUrl + "/account").then().extract().statusCode();
            if (status == wanted) {
                return status;
            }
            Thread.sleep(250);
        } while (Instant.now().isBefore(deadline));
        return status;
    }

    /**
     * Issue 8: the production profile marks every cookie Secure (the portal runs behind TLS), HttpOnly and
     * SameSite. Runs after the outage test, which leaves the web tenant initialised: the login redirect sets the
     * OIDC state cookie (same flag as the session cookie) without asking Keycloak, once KeycloakProbe has seen it back.
     */
    @Test
    @Order(3)
    void productionCookiesAreSecureHttpOnlyAndSameSite() throws Exception {
        gate.open();
        assertEquals(302, accountStatusWithin(Duration.ofSeconds(20), 302), "logins redirect to Keycloak");
        List<String> cookies = new ArrayList<>();
        cookies.addAll(given().redirects().follow(false).when().get(appUrl + "/account")
                .then().statusCode(302).extract().headers().getValues("Set-Cookie"));
        var home = given().when().get(appUrl + "/").then().statusCode(200).extract();
        cookies.addAll(home.headers().getValues("Set-Cookie"));
        String token = home.htmlPath().getString("**.find { it.@name == 'csrf-token' }.@value");
        cookies.addAll(given().cookie("csrf-token", home.cookie("csrf-token")).formParam("csrf-token", token)
                .formParam("lang", "en").formParam("next", "/").redirects().follow(false)
                .when().post(appUrl + "/lang").then().statusCode(303).extract().headers().getValues("Set-Cookie"));
        assertTrue(cookies.stream().anyMatch(c -> c.startsWith("q_auth")), cookies.toString());
        assertTrue(cookies.stream().anyMatch(c -> c.startsWith("csrf-token=")), cookies.toString());
        assertTrue(cookies.stream().anyMatch(c -> c.startsWith("lang=")), cookies.toString());
        for (String c : cookies) {
            String attrs = c.toLowerCase(java.util.Locale.ROOT);
            if (attrs.matches("[^=]+=;.*max-age=0.*")) {
                continue; // a removal: nothing to protect
            }
            assertTrue(attrs.matches(".*;\\s*secure\\b.*"), "Secure: " + c);
            assertTrue(attrs.matches(".*;\\s*httponly\\b.*"), "HttpOnly: " + c);
            assertTrue(attrs.matches(".*;\\s*samesite=(lax|strict)\\b.*"), "SameSite: " + c);
        }
    }
}
