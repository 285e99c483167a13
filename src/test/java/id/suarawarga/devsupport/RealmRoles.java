package id.suarawarga.devsupport;

import static io.restassured.RestAssured.given;

import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;

/** Realm roles through Keycloak's admin API: a fresh account becomes a pure officer, moderator or admin. */
public final class RealmRoles {

    private RealmRoles() {
    }

    /** Replaces every realm role of {@code username} with {@code role}. */
    public static void replace(String username, String role) {
        String admin = Tokens.masterAdmin();
        String realm = Tokens.keycloakBaseUrl() + "/admin/realms/suarawarga";
        String id = given().auth().oauth2(admin).when().get(realm + "/users?exact=true&username=" + username)
                .then().statusCode(200).extract().jsonPath().getString("[0].id");
        Map<String, Object> wanted = given().auth().oauth2(admin).when().get(realm + "/roles/" + role)
                .then().statusCode(200).extract().jsonPath().getMap("");
        List<Map<String, Object>> current = given().auth().oauth2(admin).when()
                .get(realm + "/users/" + id + "/role-mappings/realm").then().statusCode(200).extract().jsonPath().getList("");
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(current).when()
                .delete(realm + "/users/" + id + "/role-mappings/realm").then().statusCode(204);
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(List.of(wanted)).when()
                .post(realm + "/users/" + id + "/role-mappings/realm").then().statusCode(204);
    }
}
