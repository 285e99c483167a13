package id.suarawarga.identity;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import id.suarawarga.devsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Role separation with real Keycloak tokens: who may read {@code /api/v1/me} and write the catalogue. */
@QuarkusTest
class ApiSecurityTest {

    static final String REGION_BODY = """
            {"code":"%s","name":"Uji","type":"KOTA","province":"Bengkulu"}""";

    @Test
    void anonymousGets401ProblemWithBearerChallenge() {
        given().when().get("/api/v1/me")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("Bearer"))
                .body("type", equalTo("urn:suarawarga:problem:unauthenticated"))
                .body("status", equalTo(401));
    }

    @Test
    void citizenSeesOwnIdentityAndRoles() {
        given().auth().oauth2(Tokens.of("warga1"))
                .when().get("/api/v1/me")
                .then().statusCode(200)
                .body("username", equalTo("warga1"))
                .body("name", equalTo("Siti Aminah"))
                .body("roles", hasItem("citizen"))
                .body("roles", not(hasItem("admin")))
                .body("units", equalTo(List.of()));
    }

    @Test
    void officerSeesTheUnitsTheyServe() {
        given().auth().oauth2(Tokens.of("petugas.dukcapil"))
                .when().get("/api/v1/me")
                .then().statusCode(200)
                .body("roles", hasItem("officer"))
                .body("units.code", equalTo(List.of("1708-DUKCAPIL")));
    }

    @Test
    void catalogueWritesAreForAdminsOnly() {
        String body = REGION_BODY.formatted("T" + System.nanoTime() % 1_000_000_000L);
        given().contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/regions")
                .then().statusCode(401);
        for (String user : List.of("warga1", "petugas.dukcapil", "moderator1", "hr1")) {
            given().auth().oauth2(Tokens.of(user)).contentType(ContentType.JSON).body(body)
                    .when().post("/api/v1/regions")
                    .then().statusCode(403)
                    .contentType("application/problem+json")
                    .body("type", equalTo("urn:suarawarga:problem:forbidden"));
        }
        given().auth().oauth2(Tokens.of("admin1")).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/regions")
                .then().statusCode(201);
    }

    @Test
    void tokenFromAnotherRealmIsRejected() {
        given().auth().oauth2(Tokens.masterAdmin())
                .when().get("/api/v1/me")
                .then().statusCode(401)
                .contentType("application/problem+json");
    }

    @Test
    void tamperedTokenIsRejected() {
        String token = Tokens.of("warga1");
        // Flip one character of the signature.
        char last = token.charAt(token.length() - 2);
        String tampered = token.substring(0, token.length() - 2) + (last == 'A' ? 'B' : 'A') + token.charAt(token.length() - 1);
        given().auth().oauth2(tampered).when().get("/api/v1/me").then().statusCode(401);
    }

    @Test
    void expiredTokenIsRejected() throws InterruptedException {
        String realm = Tokens.realmUrl();
        String admin = Tokens.masterAdmin();
        String clientId = "expiry-probe-" + System.nanoTime();
        // A throwaway public client whose access tokens live 2 s, made through Keycloak's admin API.
        given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("clientId", clientId, "publicClient", true, "directAccessGrantsEnabled", true,
                        "standardFlowEnabled", false, "attributes", Map.of("access.token.lifespan", "2"),
                        "protocolMappers", List.of(Map.of("name", "api-audience", "protocol", "openid-connect",
                                "protocolMapper", "oidc-audience-mapper",
                                "config", Map.of("included.client.audience", "suarawarga-api",
                                        "access.token.claim", "true", "id.token.claim", "false")))))
                .when().post(realm.replace("/realms/", "/admin/realms/") + "/clients")
                .then().statusCode(201);
        String token = Tokens.passwordGrant(realm, clientId, "warga1", "warga1");
        given().auth().oauth2(token).when().get("/api/v1/me").then().statusCode(200);

        Instant deadline = Instant.now().plus(Duration.ofSeconds(15));
        int status;
        do {
            Thread.sleep(250);
            status = given().auth().oauth2(token).when().get("/api/v1/me").then().extract().statusCode();
        } while (status == 200 && Instant.now().isBefore(deadline));
        org.junit.jupiter.api.Assertions.assertEquals(401, status, "expired token must be refused");
    }
}
