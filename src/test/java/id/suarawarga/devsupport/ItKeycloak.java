package id.suarawarga.devsupport;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One real Keycloak for all the integration tests (failsafe) of a run, started by the first that asks: each
 * start costs tens of seconds on a small machine. Its shutdown hook stops it when the test JVM ends; tests that
 * must take Keycloak away put a {@link TcpForwarder} in front of it instead of stopping it.
 */
public final class ItKeycloak {

    private static KeycloakServer server;
    private static RuntimeException failure;

    private ItKeycloak() {
    }

    public static synchronized KeycloakServer get() {
        if (failure != null) {
            throw new IllegalStateException("Keycloak did not start for an earlier test class", failure);
        }
        if (server == null) {
            Path project = DevSupport.projectDir();
            try {
                server = KeycloakServer.start(project.resolve("target/keycloak-it"), DevSupport.freePort(),
                        project.resolve("src/main/keycloak/suarawarga-realm.json"));
            } catch (RuntimeException e) {
                failure = e;
                throw e;
            }
        }
        return server;
    }

    /** Lets the portal's web client send browsers back to an app on a random port (code flow), as an admin would. */
    @SuppressWarnings("unchecked")
    public static synchronized void allowRedirectsTo(String appUrl) {
        KeycloakServer keycloak = get();
        String admin = Tokens.masterAdmin(keycloak.baseUrl());
        String clients = keycloak.baseUrl() + "/admin/realms/" + KeycloakServer.REALM + "/clients";
        List<Map<String, Object>> found = given().auth().oauth2(admin).queryParam("clientId", "suarawarga-web")
                .when().get(clients).then().statusCode(200).extract().as(List.class);
        Map<String, Object> web = found.get(0);
        List<String> uris = new ArrayList<>((List<String>) web.get("redirectUris"));
        uris.add(appUrl + "/*");
        web.put("redirectUris", uris);
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(web)
                .when().put(clients + "/" + web.get("id")).then().statusCode(204);
    }
}
