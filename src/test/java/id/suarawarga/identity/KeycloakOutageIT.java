package id.suarawarga.identity;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.suarawarga.devsupport.DatabaseServer;
import id.suarawarga.devsupport.DevSupport;
import id.suarawarga.devsupport.KeycloakServer;
import id.suarawarga.devsupport.TcpForwarder;
import id.suarawarga.devsupport.Tokens;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The packaged app (production profile) starts and serves public pages while Keycloak is unreachable, fails
 * logins kindly, and recovers by itself when Keycloak comes back. Keycloak is taken away and given back by a
 * TCP forwarder between the app and a real Keycloak, so neither process restarts.
 */
class KeycloakOutageIT {

    static DatabaseServer database;
    static KeycloakServer keycloak;
    static TcpForwarder gate;
    static Process app;
    static String appUrl;
    static Path appLog;

    @BeforeAll
    static void start() throws Exception {
        Path project = DevSupport.projectDir();
        database = DatabaseServer.forTests();
        Path kcDir = project.resolve("target/keycloak-it");
        Files.createDirectories(kcDir);
        keycloak = KeycloakServer.start(kcDir, DevSupport.freePort(), project.resolve("src/main/keycloak/suarawarga-realm.json"));
        gate = new TcpForwarder(DevSupport.freePort(), Integer.parseInt(keycloak.baseUrl().replaceAll(".*:(\\d+).*", "$1")));

        int port = DevSupport.freePort();
        appUrl = "http://127.0.0.1:" + port;
        appLog = project.resolve("target/keycloak-outage-app.log");
        List<String> cmd = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dquarkus.http.host=127.0.0.1",
                "-Dquarkus.http.port=" + port,
                "-Dquarkus.datasource.jdbc.url=" + database.jdbcUrl(),
                "-Dquarkus.datasource.username=" + database.username(),
                "-Dquarkus.datasource.password=" + database.password(),
                "-Dsuarawarga.oidc.realm-url=http://127.0.0.1:" + gate.port() + "/realms/suarawarga",
                "-jar", System.getProperty("suarawarga.app.jar", project.resolve("target/quarkus-app/quarkus-run.jar").toString())));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(appLog.toFile());
        pb.environment().put("SUARAWARGA_OIDC_WEB_SECRET", "suarawarga-web-demo-secret");
        pb.environment().put("SUARAWARGA_OIDC_STATE_SECRET", "it-state-secret-at-least-32-characters-long");
        pb.environment().put("SUARAWARGA_CSRF_KEY", "it-csrf-signing-key-at-least-32-characters-long");
        app = pb.start();
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        while (!ready()) {
            assertTrue(app.isAlive(), () -> "app exited, see " + appLog);
            assertTrue(Instant.now().isBefore(deadline), () -> "app not ready in 90 s, see " + appLog);
            Thread.sleep(200);
        }
    }

    @AfterAll
    static void stop() throws Exception {
        if (app != null) {
            app.destroy();
            app.waitFor();
        }
        if (gate != null) {
            gate.close();
        }
        if (keycloak != null) {
            keycloak.stop();
        }
        if (database != null) {
            database.stop();
        }
    }

    @Test
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
        given().redirects().follow(false).when().get(appUrl + "/account")
                .then().statusCode(302)
                .header("Location", containsString(gate.port() + "/realms/suarawarga/protocol/openid-connect/auth"));

        // And down again: public pages still serve.
        gate.close();
        given().when().get(appUrl + "/regions/0000").then().statusCode(404).body(containsString("SuaraWarga"));
        given().when().get(appUrl + "/").then().statusCode(200);
    }

    private static boolean ready() {
        try {
            return given().when().get(appUrl + "/q/health/ready").then().extract().statusCode() == 200;
        } catch (Exception e) {
            return false;
        }
    }
}
