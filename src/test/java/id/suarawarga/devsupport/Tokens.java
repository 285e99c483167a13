package id.suarawarga.devsupport;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Real access tokens from the test Keycloak, by direct grant through the demo realm's public
 * {@code suarawarga-cli} client (password = username for the demo users). Cached briefly: tokens live 5 min.
 */
public final class Tokens {

    private static final Map<String, Cached> CACHE = new ConcurrentHashMap<>();

    private record Cached(String token, long until) {
    }

    private Tokens() {
    }

    public static String realmUrl() {
        return ConfigProvider.getConfig().getValue("suarawarga.oidc.realm-url", String.class);
    }

    public static String keycloakBaseUrl() {
        return ConfigProvider.getConfig().getValue("suarawarga.test.keycloak.base-url", String.class);
    }

    /** A fresh or cached access token for a demo user. */
    public static String of(String username) {
        Cached c = CACHE.get(username);
        if (c != null && c.until > System.currentTimeMillis()) {
            return c.token;
        }
        String token = passwordGrant(realmUrl(), "suarawarga-cli", username, username);
        CACHE.put(username, new Cached(token, System.currentTimeMillis() + 120_000));
        return token;
    }

    /**
     * A token of a confidential client by the client-credentials grant (a machine: the demo realm's queue machine
     * {@code suarawarga-counter-demo}, whose service account holds the realm role {@code counter}).
     */
    public static String ofClient(String clientId, String secret) {
        String cacheKey = "client:" + clientId;
        Cached c = CACHE.get(cacheKey);
        if (c != null && c.until > System.currentTimeMillis()) {
            return c.token;
        }
        String token = given().contentType(ContentType.URLENC)
                .formParam("grant_type", "client_credentials")
                .formParam("client_id", clientId)
                .formParam("client_secret", secret)
                .when().post(realmUrl() + "/protocol/openid-connect/token")
                .then().statusCode(200)
                .extract().path("access_token");
        CACHE.put(cacheKey, new Cached(token, System.currentTimeMillis() + 120_000));
        return token;
    }

    public static String passwordGrant(String realmUrl, String clientId, String username, String password) {
        return given().contentType(ContentType.URLENC)
                .formParam("grant_type", "password")
                .formParam("client_id", clientId)
                .formParam("username", username)
                .formParam("password", password)
                .formParam("scope", "openid")
                .when().post(realmUrl + "/protocol/openid-connect/token")
                .then().statusCode(200)
                .extract().path("access_token");
    }

    /**
     * A new citizen account in the test realm (password = username), for tests whose users must have no history
     * (reports weigh by the reporter's past: shared demo users would make tests depend on each other's order).
     */
    public static String newCitizen(String prefix) {
        return newCitizen(keycloakBaseUrl(), prefix);
    }

    /** {@link #newCitizen(String)} in the Keycloak at {@code keycloakBaseUrl} (tests outside Quarkus). */
    public static String newCitizen(String keycloakBaseUrl, String prefix) {
        String username = (prefix + "-" + java.util.UUID.randomUUID().toString().substring(0, 8)).toLowerCase();
        given().auth().oauth2(masterAdmin(keycloakBaseUrl)).contentType(ContentType.JSON)
                .body(java.util.Map.of("username", username, "enabled", true, "email", username + "@test.local",
                        "emailVerified", true, "firstName", "Test", "lastName", username,
                        "credentials", java.util.List.of(java.util.Map.of("type", "password", "value", username,
                                "temporary", false))))
                .when().post(keycloakBaseUrl + "/admin/realms/suarawarga/users").then().statusCode(201);
        return username;
    }

    /** Token of the master realm's bootstrap admin (another realm: the portal must refuse it). */
    public static String masterAdmin() {
        return masterAdmin(keycloakBaseUrl());
    }

    public static String masterAdmin(String keycloakBaseUrl) {
        return passwordGrant(keycloakBaseUrl + "/realms/master", "admin-cli", "admin", "admin");
    }
}
