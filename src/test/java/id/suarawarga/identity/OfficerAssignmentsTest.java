package id.suarawarga.identity;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import id.suarawarga.devsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** An admin assigns the units an officer serves; nobody else may read or change it. */
@QuarkusTest
class OfficerAssignmentsTest {

    @Test
    void adminReplacesAnOfficersUnits() {
        int dukcapil = given().when().get("/api/v1/regions/7602/units?size=100").then()
                .extract().path("items.find { it.code == '7602-DUKCAPIL' }.id");
        int rsud = given().when().get("/api/v1/regions/7602/units?size=100").then()
                .extract().path("items.find { it.code == '7602-RSUD' }.id");
        String admin = Tokens.of("admin1");
        String path = "/api/v1/officers/petugas.mamuju/units";

        given().auth().oauth2(admin).when().get(path).then().statusCode(200).body("units", equalTo(List.of()));
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(Map.of("unitIds", List.of(dukcapil, rsud, rsud)))
                .when().put(path).then().statusCode(200)
                .body("units.code", equalTo(List.of("7602-DUKCAPIL", "7602-RSUD")));
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(Map.of("unitIds", List.of(rsud)))
                .when().put(path).then().statusCode(200).body("units.code", equalTo(List.of("7602-RSUD")));
        given().auth().oauth2(admin).contentType(ContentType.JSON).body(Map.of("unitIds", List.of(987654321)))
                .when().put(path).then().statusCode(422).body("errors.field", hasItem("unitIds"));
        given().auth().oauth2(admin).when().get(path).then().statusCode(200).body("units.code", equalTo(List.of("7602-RSUD")));
        given().auth().oauth2(admin).when().get("/api/v1/officers/bad%20name/units").then().statusCode(422);

        for (String user : List.of("warga1", "petugas.dukcapil", "moderator1", "hr1")) {
            given().auth().oauth2(Tokens.of(user)).when().get(path).then().statusCode(403);
            given().auth().oauth2(Tokens.of(user)).contentType(ContentType.JSON).body(Map.of("unitIds", List.of(rsud)))
                    .when().put(path).then().statusCode(403);
        }
        given().when().get(path).then().statusCode(401);
    }
}
