package id.suarawarga.feedback;

import static id.suarawarga.feedback.FeedbackFixtures.answers;
import static id.suarawarga.feedback.FeedbackFixtures.key;
import static id.suarawarga.feedback.FeedbackFixtures.serviceId;
import static id.suarawarga.feedback.FeedbackFixtures.survey;
import static id.suarawarga.feedback.FeedbackFixtures.unitId;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;

import id.suarawarga.devsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Results (IKM) from real submissions, and officers answering only for their own unit. */
@QuarkusTest
class OfficerAndResultsTest {

    @Test
    void ikmOfAServiceUnitAndRegionFollowsTheAnswers() {
        // Kepahiang Disdukcapil, its 3rd service: two questionnaires, computed by hand.
        long service = serviceId("1708", "1708-DUKCAPIL", 2);
        given().auth().oauth2(Tokens.of("warga1")).contentType(ContentType.JSON).header("Idempotency-Key", key())
                .body(survey(answers(4), null, false)).when().post("/api/v1/services/" + service + "/surveys")
                .then().statusCode(201);
        given().auth().oauth2(Tokens.of("warga2")).contentType(ContentType.JSON).header("Idempotency-Key", key())
                .body(survey(answers(3, 3, 3, 3, 3, 3, 3, 3, 4), null, false))
                .when().post("/api/v1/services/" + service + "/surveys").then().statusCode(201);
        // NRR U1..U8 = 3.5, U9 = 4.0; weighted = (8 x 3.5 + 4) / 9 = 32/9 = 3.5556; IKM = 88.89 -> A
        given().when().get("/api/v1/services/" + service + "/ikm")
                .then().statusCode(200)
                .body("respondents", equalTo(2))
                .body("elements.U1.label", equalTo("Persyaratan"))
                .body("elements.U1.nrr", equalTo(3.5f))
                .body("elements.U9.nrr", equalTo(4.0f))
                .body("ikm", equalTo(88.89f))
                .body("grade", equalTo("A"))
                .body("gradeLabel", equalTo("Sangat Baik"))
                .body("serviceUsers", nullValue())
                .body("sampleMinimum", nullValue())
                .body("representative", equalTo(false));

        // The officer enters the number of service users: the minimum sample follows (Krejcie-Morgan, N=100 -> 80).
        String period = given().when().get("/api/v1/services/" + service + "/ikm").then().extract().path("period");
        given().auth().oauth2(Tokens.of("petugas.dukcapil")).contentType(ContentType.JSON).body(Map.of("users", 100))
                .when().put("/api/v1/services/" + service + "/service-users/" + period).then().statusCode(204);
        given().when().get("/api/v1/services/" + service + "/ikm?period=" + period)
                .then().body("serviceUsers", equalTo(100)).body("sampleMinimum", equalTo(80))
                .body("representative", equalTo(false));

        long unit = unitId("1708", "1708-DUKCAPIL");
        given().when().get("/api/v1/units/" + unit + "/ikm?period=" + period).then().statusCode(200)
                .body("respondents", org.hamcrest.Matchers.greaterThanOrEqualTo(2));
        given().when().get("/api/v1/regions/1708/ikm?period=" + period).then().statusCode(200)
                .body("respondents", org.hamcrest.Matchers.greaterThanOrEqualTo(2));
        given().when().get("/api/v1/services/" + service + "/ikm?period=2026-Q5").then().statusCode(422)
                .body("errors.field", hasItem("period"));
        given().when().get("/api/v1/services/" + service + "/ikm?period=1999").then().statusCode(422);
        // A past period with no answers has no score rather than a low one.
        given().when().get("/api/v1/services/" + service + "/ikm?period=2025-01").then().statusCode(200)
                .body("respondents", equalTo(0)).body("ikm", nullValue()).body("grade", nullValue());
    }

    @Test
    void officersReadAndAnswerOnlyTheirOwnUnit() {
        long dukcapil = unitId("1708", "1708-DUKCAPIL");
        long otherUnit = unitId("1708", "1708-DPMPTSP");
        long service = serviceId("1708", "1708-DUKCAPIL", 3);
        long otherService = serviceId("1708", "1708-DPMPTSP", 0);
        given().auth().oauth2(Tokens.of("warga1")).contentType(ContentType.JSON).header("Idempotency-Key", key())
                .body(survey(answers(2), "Petugas kurang ramah", true))
                .when().post("/api/v1/services/" + service + "/surveys").then().statusCode(201);
        int otherFeedback = given().auth().oauth2(Tokens.of("warga1")).contentType(ContentType.JSON)
                .header("Idempotency-Key", key()).body(survey(answers(3), "Izin lama", false))
                .when().post("/api/v1/services/" + otherService + "/surveys").then().statusCode(201).extract().path("id");

        int feedbackId = given().auth().oauth2(Tokens.of("petugas.dukcapil"))
                .when().get("/api/v1/units/" + dukcapil + "/feedback?size=100")
                .then().statusCode(200)
                .body("items.find { it.comment == 'Petugas kurang ramah' }.author", nullValue())
                .body("items.find { it.comment == 'Petugas kurang ramah' }.anonymous", equalTo(true))
                .extract().path("items.find { it.comment == 'Petugas kurang ramah' }.id");

        // Another unit's feedback: 403, even by guessing ids.
        given().auth().oauth2(Tokens.of("petugas.dukcapil")).when().get("/api/v1/units/" + otherUnit + "/feedback")
                .then().statusCode(403);
        given().auth().oauth2(Tokens.of("petugas.dukcapil")).contentType(ContentType.JSON)
                .body(Map.of("text", "Bukan urusan saya")).when().post("/api/v1/feedback/" + otherFeedback + "/responses")
                .then().statusCode(403);
        given().auth().oauth2(Tokens.of("warga1")).when().get("/api/v1/units/" + dukcapil + "/feedback").then().statusCode(403);
        given().auth().oauth2(Tokens.of("moderator1")).when().get("/api/v1/units/" + dukcapil + "/feedback").then().statusCode(403);
        given().when().get("/api/v1/units/" + dukcapil + "/feedback").then().statusCode(401);
        given().auth().oauth2(Tokens.of("hr1")).when().get("/api/v1/units/" + otherUnit + "/feedback").then().statusCode(200);
        // HR reads but does not answer.
        given().auth().oauth2(Tokens.of("hr1")).contentType(ContentType.JSON).body(Map.of("text", "x"))
                .when().post("/api/v1/feedback/" + feedbackId + "/responses").then().statusCode(403);

        given().auth().oauth2(Tokens.of("petugas.dukcapil")).contentType(ContentType.JSON)
                .body(Map.of("text", "Mohon maaf, petugas sudah kami tegur.", "followedUp", true))
                .when().post("/api/v1/feedback/" + feedbackId + "/responses")
                .then().statusCode(201).body("id", notNullValue());

        // The citizen sees the reply under their own feedback.
        given().auth().oauth2(Tokens.of("warga1")).when().get("/api/v1/me/feedback?size=100")
                .then().statusCode(200)
                .body("items.find { it.id == " + feedbackId + " }.responses[0].text", equalTo("Mohon maaf, petugas sudah kami tegur."))
                .body("items.find { it.id == " + feedbackId + " }.followedUp", equalTo(true));
        // ... and is told in the portal (issue 17 item 7), as a forum reply is told
        given().auth().oauth2(Tokens.of("warga1")).when().get("/api/v1/me/notifications?size=100")
                .then().statusCode(200).body("items.kind", org.hamcrest.Matchers.hasItem("FEEDBACK_REPLY"));
    }

    @Test
    void improvementPlansArePublishedByTheUnitAndReadByAnyone() {
        long service = serviceId("1708", "1708-DUKCAPIL", 0);
        long otherService = serviceId("1708", "1708-DPMPTSP", 1);
        given().auth().oauth2(Tokens.of("petugas.dukcapil")).contentType(ContentType.JSON)
                .body(Map.of("text", "Menambah loket KTP-el pada hari Senin."))
                .when().put("/api/v1/services/" + service + "/improvement-plans/2026-Q4")
                .then().statusCode(200).body("period", equalTo("2026-Q4"));
        given().when().get("/api/v1/services/" + service + "/improvement-plans/2026-Q4")
                .then().statusCode(200).body("text", equalTo("Menambah loket KTP-el pada hari Senin."));
        given().auth().oauth2(Tokens.of("petugas.dukcapil")).contentType(ContentType.JSON).body(Map.of("text", "x"))
                .when().put("/api/v1/services/" + otherService + "/improvement-plans/2026-Q4").then().statusCode(403);
        given().auth().oauth2(Tokens.of("warga1")).contentType(ContentType.JSON).body(Map.of("text", "x"))
                .when().put("/api/v1/services/" + service + "/improvement-plans/2026-Q4").then().statusCode(403);
    }

    @Test
    void citizensRateUnitsOncePerDay() {
        long unit = unitId("7602", "7602-BKPSDM");
        String k = key();
        given().auth().oauth2(Tokens.of("warga1")).contentType(ContentType.JSON).header("Idempotency-Key", k)
                .body(Map.of("stars", 5, "comment", "Cepat")).when().post("/api/v1/units/" + unit + "/ratings")
                .then().statusCode(201);
        given().auth().oauth2(Tokens.of("warga1")).contentType(ContentType.JSON).header("Idempotency-Key", key())
                .body(Map.of("stars", 1)).when().post("/api/v1/units/" + unit + "/ratings").then().statusCode(409);
        given().auth().oauth2(Tokens.of("warga2")).contentType(ContentType.JSON).header("Idempotency-Key", key())
                .body(Map.of("stars", 6)).when().post("/api/v1/units/" + unit + "/ratings")
                .then().statusCode(422).body("errors.field", hasItem("stars"));
        long foreignService = serviceId("7602", "7602-DUKCAPIL", 0);
        given().auth().oauth2(Tokens.of("warga2")).contentType(ContentType.JSON).header("Idempotency-Key", key())
                .body(Map.of("stars", 4, "serviceId", foreignService)).when().post("/api/v1/units/" + unit + "/ratings")
                .then().statusCode(422).body("errors.field", hasItem("serviceId"));
    }

    @Test
    void unitResultsShowTheStarRatingsOfTheUnitAndItsChildUnits() {
        long puskesmas = unitId("9901", "9901-PKM-GERUNGGANG");
        long dinkes = unitId("9901", "9901-DINKES"); // the puskesmas' parent
        // Other tests may rate these units today too: compare with what was there before.
        io.restassured.path.json.JsonPath childBefore = ratings(puskesmas);
        io.restassured.path.json.JsonPath parentBefore = ratings(dinkes);
        FeedbackFixtures.rate("warga1", puskesmas, 5, "Ramah");
        FeedbackFixtures.rate("warga2", puskesmas, 4, "Cukup cepat");
        FeedbackFixtures.rate("warga1", dinkes, 2, "Antre lama");

        io.restassured.path.json.JsonPath child = ratings(puskesmas);
        org.junit.jupiter.api.Assertions.assertEquals(childBefore.getInt("ratings.count") + 2, child.getInt("ratings.count"));
        org.junit.jupiter.api.Assertions.assertEquals(childBefore.getInt("ratings.stars.5") + 1, child.getInt("ratings.stars.5"));
        org.junit.jupiter.api.Assertions.assertEquals(childBefore.getInt("ratings.stars.4") + 1, child.getInt("ratings.stars.4"));
        // The parent pools its own ratings with its child units'.
        io.restassured.path.json.JsonPath parent = ratings(dinkes);
        org.junit.jupiter.api.Assertions.assertEquals(parentBefore.getInt("ratings.count") + 3, parent.getInt("ratings.count"));
        org.junit.jupiter.api.Assertions.assertEquals(parentBefore.getInt("ratings.stars.2") + 1, parent.getInt("ratings.stars.2"));
        // The mean is exactly the counts' mean, two decimals, half up.
        long sum = 0;
        long n = 0;
        for (int stars = 1; stars <= 5; stars++) {
            sum += (long) stars * parent.getInt("ratings.stars." + stars);
            n += parent.getInt("ratings.stars." + stars);
        }
        java.math.BigDecimal mean = java.math.BigDecimal.valueOf(sum)
                .divide(java.math.BigDecimal.valueOf(n), 2, java.math.RoundingMode.HALF_UP);
        org.junit.jupiter.api.Assertions.assertEquals(0, mean.compareTo(new java.math.BigDecimal(parent.getString("ratings.average"))));
        given().when().get("/api/v1/regions/9901/ikm").then().statusCode(200)
                .body("ratings.count", org.hamcrest.Matchers.greaterThanOrEqualTo(parent.getInt("ratings.count")));
        // Stars are not part of the IKM, and a service has only its SKM.
        given().when().get("/api/v1/services/" + serviceId("9901", "9901-PKM-GERUNGGANG", 0) + "/ikm").then()
                .statusCode(200).body("ratings", nullValue());
        given().when().get("/api/v1/units/" + puskesmas + "/ikm?period=2025-01").then().statusCode(200)
                .body("ratings.count", equalTo(0)).body("ratings.average", nullValue());

        String indonesian = mean.toPlainString().replace('.', ',');
        String page = given().when().get("/units/" + dinkes + "/results").then().statusCode(200).extract().asString();
        org.junit.jupiter.api.Assertions.assertTrue(page.contains(indonesian), "Indonesian decimal comma " + indonesian);
        org.junit.jupiter.api.Assertions.assertTrue(page.contains("dari " + n + " penilaian"), page);
        String english = given().cookie("lang", "en").when().get("/units/" + dinkes + "/results").then().statusCode(200)
                .extract().asString();
        org.junit.jupiter.api.Assertions.assertTrue(english.contains(mean.toPlainString()) && english.contains("from " + n + " ratings"));
    }

    private static io.restassured.path.json.JsonPath ratings(long unit) {
        return given().when().get("/api/v1/units/" + unit + "/ikm").then().statusCode(200).extract().jsonPath();
    }
}
