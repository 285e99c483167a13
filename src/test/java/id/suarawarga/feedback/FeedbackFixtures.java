package id.suarawarga.feedback;

import static io.restassured.RestAssured.given;

import id.suarawarga.devsupport.Tokens;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Ids of seeded units and services, looked up by code through the public API. */
final class FeedbackFixtures {

    private FeedbackFixtures() {
    }

    static long unitId(String regionCode, String unitCode) {
        JsonPath units = given().when().get("/api/v1/regions/" + regionCode + "/units?size=100").then().statusCode(200)
                .extract().jsonPath();
        return units.getLong("items.find { it.code == '" + unitCode + "' }.id");
    }

    /** The n-th service (by name) of a unit. */
    static long serviceId(String regionCode, String unitCode, int index) {
        long unit = unitId(regionCode, unitCode);
        List<Integer> ids = given().when().get("/api/v1/units/" + unit + "/services?size=100").then().statusCode(200)
                .extract().jsonPath().getList("items.id");
        return ids.get(index);
    }

    static Map<String, Object> answers(int... scores) {
        Map<String, Object> a = new LinkedHashMap<>();
        for (int i = 0; i < 9; i++) {
            a.put("U" + (i + 1), scores.length == 1 ? scores[0] : scores[i]);
        }
        return a;
    }

    static Map<String, Object> survey(Map<String, Object> answers, String comment, boolean anonymous) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("answers", answers);
        body.put("profile", Map.of("ageBand", "30_39", "gender", "FEMALE"));
        if (comment != null) {
            body.put("comment", comment);
        }
        body.put("anonymous", anonymous);
        return body;
    }

    static String key() {
        return "test-" + UUID.randomUUID();
    }

    /** Respondents counted for a service in the current quarter, as the API reports them. */
    static int respondents(long service) {
        return given().when().get("/api/v1/services/" + service + "/ikm").then().statusCode(200)
                .extract().path("respondents");
    }

    /** A citizen's rating of a unit with a comment, through the API; returns the feedback id. */
    static long rate(String user, long unit, int stars, String comment) {
        int id = given().auth().oauth2(Tokens.of(user)).contentType(ContentType.JSON).header("Idempotency-Key", key())
                .body(Map.of("stars", stars, "comment", comment)).when().post("/api/v1/units/" + unit + "/ratings")
                .then().statusCode(201).extract().path("id");
        return id;
    }
}
