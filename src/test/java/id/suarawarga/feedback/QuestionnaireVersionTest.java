package id.suarawarga.feedback;

import static id.suarawarga.feedback.FeedbackFixtures.answers;
import static id.suarawarga.feedback.FeedbackFixtures.key;
import static id.suarawarga.feedback.FeedbackFixtures.survey;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import id.suarawarga.devsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** A region's admin rewords the SKM questionnaire; answers given earlier keep the version they were given in. */
@QuarkusTest
class QuestionnaireVersionTest {

    @Inject
    DataSource dataSource;

    private static List<Map<String, String>> elements(String firstLabel) {
        List<Map<String, String>> list = new ArrayList<>();
        for (int i = 1; i <= 9; i++) {
            list.add(Map.of("code", "U" + i, "labelId", i == 1 ? firstLabel : "Unsur " + i, "labelEn", "Element " + i));
        }
        return list;
    }

    @Test
    void aNewVersionChangesTheWordingButNotPastAnswers() throws Exception {
        String admin = Tokens.of("admin1");
        String region = "Q" + (System.nanoTime() % 100_000_000L);
        given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("code", region, "name", "Kota Kuesioner", "type", "KOTA", "province", "Bengkulu"))
                .when().post("/api/v1/regions").then().statusCode(201);
        int unit = given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("code", region + "-U", "name", "Dinas Uji", "type", "DINAS", "regionCode", region))
                .when().post("/api/v1/units").then().statusCode(201).extract().path("id");
        int service = given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("code", region + "-S", "name", "Layanan Uji", "unitId", unit))
                .when().post("/api/v1/services").then().statusCode(201).extract().path("id");

        given().when().get("/api/v1/services/" + service + "/questionnaire").then().statusCode(200)
                .body("regionCode", nullValue()).body("elements[0].label", equalTo("Persyaratan"));
        int before = given().auth().oauth2(Tokens.of("warga1")).contentType(ContentType.JSON).header("Idempotency-Key", key())
                .body(survey(answers(3), null, false)).when().post("/api/v1/services/" + service + "/surveys")
                .then().statusCode(201).extract().path("id");

        // Only admins publish, and only the nine codes.
        given().auth().oauth2(Tokens.of("warga1")).contentType(ContentType.JSON)
                .body(Map.of("elements", elements("x"))).when().put("/api/v1/regions/" + region + "/questionnaire")
                .then().statusCode(403);
        given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("elements", elements("x").subList(0, 8))).when().put("/api/v1/regions/" + region + "/questionnaire")
                .then().statusCode(422);
        List<Map<String, String>> twice = elements("x");
        twice.set(8, Map.of("code", "U1", "labelId", "lagi", "labelEn", "again"));
        given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("elements", twice)).when().put("/api/v1/regions/" + region + "/questionnaire")
                .then().statusCode(422);

        given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("elements", elements("Persyaratan Pelayanan")))
                .when().put("/api/v1/regions/" + region + "/questionnaire")
                .then().statusCode(200).body("version", equalTo(1)).body("regionCode", equalTo(region));
        given().when().get("/api/v1/services/" + service + "/questionnaire").then().statusCode(200)
                .body("regionCode", equalTo(region)).body("elements[0].label", equalTo("Persyaratan Pelayanan"));
        given().when().get("/api/v1/services/" + service + "/ikm").then().statusCode(200)
                .body("elements.U1.label", equalTo("Persyaratan Pelayanan")).body("respondents", equalTo(1));

        int after = given().auth().oauth2(Tokens.of("warga2")).contentType(ContentType.JSON).header("Idempotency-Key", key())
                .body(survey(answers(4), null, false)).when().post("/api/v1/services/" + service + "/surveys")
                .then().statusCode(201).extract().path("id");
        long national = questionnaireOf(before);
        assertEquals(1L, national, "the earlier answer keeps the national version it was given in");
        assertNotEquals(national, questionnaireOf(after), "the new answer uses the region's version");
    }

    @Test
    void aRegionalAdminPublishesOnlyTheirOwnRegionsQuestionnaire() {
        String kepahiangAdmin = Tokens.of("admin.kepahiang");
        given().auth().oauth2(kepahiangAdmin).contentType(ContentType.JSON)
                .body(Map.of("elements", elements("Persyaratan Mamuju"))).when().put("/api/v1/regions/7602/questionnaire")
                .then().statusCode(403).body("type", equalTo("urn:suarawarga:problem:forbidden"))
                .body("detail", equalTo("Hanya admin wilayah 7602 yang dapat menerbitkan kuesionernya"));
        given().auth().oauth2(kepahiangAdmin).contentType(ContentType.JSON).header("Accept-Language", "en")
                .body(Map.of("elements", elements("Persyaratan Mamuju"))).when().put("/api/v1/regions/7602/questionnaire")
                .then().statusCode(403).body("detail", equalTo("Only an admin of region 7602 may publish its questionnaire"));
        // In their own region the scope lets them through to the content rules (a valid version would change the
        // demo's questionnaire for every other test; the operator's whole path is the test above).
        given().auth().oauth2(kepahiangAdmin).contentType(ContentType.JSON)
                .body(Map.of("elements", elements("x").subList(0, 8))).when().put("/api/v1/regions/1708/questionnaire")
                .then().statusCode(422);
        given().auth().oauth2(Tokens.of("admin1")).contentType(ContentType.JSON)
                .body(Map.of("elements", elements("x").subList(0, 8))).when().put("/api/v1/regions/7602/questionnaire")
                .then().statusCode(422);
    }

    private long questionnaireOf(int feedbackId) throws Exception {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("SELECT questionnaire_id FROM feedback WHERE id = ?")) {
            ps.setInt(1, feedbackId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
