package id.suarawarga.counter;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import id.suarawarga.devsupport.Tokens;
import id.suarawarga.feedback.skm.Period;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Paper questionnaires through the API with real Keycloak tokens: who may enter for which service, the compact
 * nine-digit form and its errors per sheet, blind double entry by another person, differences and their
 * resolution, counting into the IKM as origin "paper" and withdrawal taking the answers out again.
 */
@QuarkusTest
class PaperApiTest {

    static RequestSpecification as(String user) {
        return given().auth().oauth2(Tokens.of(user)).contentType(ContentType.JSON)
                .header("Idempotency-Key", "paper-" + UUID.randomUUID());
    }

    static long unitId(String code) {
        return given().when().get("/api/v1/regions/1708/units?size=100").then().statusCode(200)
                .extract().jsonPath().getLong("items.find { it.code == '" + code + "' }.id");
    }

    /** A service of its own on a demo unit, so the counts this test reads are its own. */
    static long newService(long unit) {
        String code = "PAPER-" + UUID.randomUUID().toString().substring(0, 8).toUpperCase();
        return as("admin1").body(Map.of("code", code, "name", "Layanan Kertas " + code, "unitId", unit))
                .when().post("/api/v1/services").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    static Map<String, Object> batch(LocalDate to, int sheets, boolean doubleEntry) {
        return Map.of("collectedFrom", to.minusDays(6).toString(), "collectedTo", to.toString(),
                "collectedBy", "Loket 1", "sheets", sheets, "doubleEntry", doubleEntry);
    }

    static long create(String user, long service, Map<String, Object> body) {
        return as(user).body(body).when().post("/api/v1/services/" + service + "/paper-batches")
                .then().statusCode(201).body("state", equalTo("open")).extract().jsonPath().getLong("id");
    }

    static long paperCount(long service, LocalDate day) {
        String period = Period.containing(day, Period.Kind.YEAR).toString();
        return given().when().get("/api/v1/services/" + service + "/ikm?period=" + period).then().statusCode(200)
                .extract().jsonPath().getLong("byOrigin.paper");
    }

    @Test
    void onlyTheUnitsOfficersAndTheRegionsAdminsEnterPaperBatches() {
        long otherUnitService = newService(unitId("1708-DPMPTSP"));
        Map<String, Object> body = batch(LocalDate.now(Period.ZONE), 2, false);
        for (String user : List.of("warga1", "moderator1", "hr1", "petugas.dukcapil")) {
            as(user).body(body).when().post("/api/v1/services/" + otherUnitService + "/paper-batches")
                    .then().statusCode(403);
        }
        given().contentType(ContentType.JSON).body(body).when()
                .post("/api/v1/services/" + otherUnitService + "/paper-batches").then().statusCode(401);
        long id = create("admin.kepahiang", otherUnitService, body);
        // Another unit's batch does not exist for the officer of DUKCAPIL (it is not public).
        as("petugas.dukcapil").when().get("/api/v1/paper-batches/" + id).then().statusCode(404);
        as("petugas.dukcapil").body(Map.of("rows", List.of(Map.of("digits", "434433423")))).when()
                .post("/api/v1/paper-batches/" + id + "/rows").then().statusCode(404);
        as("hr1").when().get("/api/v1/paper-batches/" + id).then().statusCode(403);
        as("admin1").when().get("/api/v1/paper-batches/" + id).then().statusCode(200).body("sheetsDeclared", equalTo(2));
    }

    @Test
    void aSingleEntryCountsAsPaperAndItsWithdrawalTakesTheAnswersOutAgain() {
        long unit = unitId("1708-DUKCAPIL");
        long service = newService(unit);
        LocalDate day = LocalDate.now(Period.ZONE);
        long id = create("petugas.dukcapil", service, batch(day, 3, false));
        String note = "Kertas " + UUID.randomUUID();

        as("petugas.dukcapil").body(Map.of("rows", List.of(Map.of("digits", "434433423"), Map.of("digits", "43443342"))))
                .when().post("/api/v1/paper-batches/" + id + "/rows").then().statusCode(422)
                .contentType(containsString("application/problem+json"))
                .body("errors", hasSize(1)).body("errors[0].field", equalTo("rows[1].digits"))
                .body("errors[0].message", containsString("Lembar 2"));
        as("petugas.dukcapil").header("Accept-Language", "en")
                .body(Map.of("rows", List.of(Map.of("sheet", 3, "digits", "434453423")))).when()
                .post("/api/v1/paper-batches/" + id + "/rows").then().statusCode(422)
                .body("errors[0].message", containsString("Sheet 3"));

        as("petugas.dukcapil").body(Map.of("rows", List.of(
                        Map.of("digits", "434433423", "comment", note),
                        Map.of("answers", Map.of("U1", 4, "U2", 4, "U3", 4, "U4", 4, "U5", 4, "U6", 4, "U7", 4, "U8", 4, "U9", 4),
                                "profile", Map.of("ageBand", "30_39", "gender", "FEMALE")),
                        Map.of("sheet", 3, "digits", "333 333 333"))))
                .when().post("/api/v1/paper-batches/" + id + "/rows").then().statusCode(201)
                .body("stored", equalTo(3)).body("batch.firstEntered", equalTo(3));
        as("petugas.dukcapil").body(Map.of("rows", List.of(Map.of("sheet", 2, "digits", "111111111")))).when()
                .post("/api/v1/paper-batches/" + id + "/rows").then().statusCode(422)
                .body("errors[0].message", containsString("Lembar 2"));

        assertEquals(0, paperCount(service, day));
        as("petugas.dukcapil").when().post("/api/v1/paper-batches/" + id + "/count").then().statusCode(200)
                .body("state", equalTo("counted")).body("answersCounted", equalTo(3))
                .body("countsOn", equalTo(day.toString()));
        assertEquals(3, paperCount(service, day));
        as("petugas.dukcapil").when().get("/api/v1/units/" + unit + "/feedback?size=100").then().statusCode(200)
                .body("items.findAll { it.comment == '" + note + "' }.origin", equalTo(List.of("paper")));
        as("petugas.dukcapil").body(Map.of("rows", List.of(Map.of("digits", "434433423")))).when()
                .post("/api/v1/paper-batches/" + id + "/rows").then().statusCode(409);
        // A reply to a paper comment cannot reach its writer; it leaves with the answer when the batch is withdrawn.
        long answer = as("petugas.dukcapil").when().get("/api/v1/units/" + unit + "/feedback?size=100").then()
                .statusCode(200).extract().jsonPath().getLong("items.find { it.comment == '" + note + "' }.id");
        as("petugas.dukcapil").body(Map.of("text", "Terima kasih, antrean kami tambah loketnya")).when()
                .post("/api/v1/feedback/" + answer + "/responses").then().statusCode(201);

        as("petugas.dukcapil").body(Map.of("reason", " ")).when().post("/api/v1/paper-batches/" + id + "/withdraw")
                .then().statusCode(422).body("errors[0].field", equalTo("reason"));
        as("petugas.dukcapil").body(Map.of("reason", "Lembar dari layanan lain tercampur")).when()
                .post("/api/v1/paper-batches/" + id + "/withdraw").then().statusCode(200)
                .body("state", equalTo("withdrawn")).body("answersCounted", equalTo(0))
                .body("withdrawnBy", equalTo("petugas.dukcapil")).body("sheets", hasSize(3));
        assertEquals(0, paperCount(service, day));
        as("petugas.dukcapil").when().get("/api/v1/units/" + unit + "/feedback?size=100").then().statusCode(200)
                .body("items.findAll { it.comment == '" + note + "' }", empty());
        as("petugas.dukcapil").body(Map.of("reason", "Sekali lagi ditarik")).when()
                .post("/api/v1/paper-batches/" + id + "/withdraw").then().statusCode(409);
    }

    @Test
    void aDoubleEntryIsTypedBlindByAnotherPersonAndCountsOnceTheDifferencesAreResolved() {
        long service = newService(unitId("1708-DUKCAPIL"));
        LocalDate day = LocalDate.now(Period.ZONE).minusDays(1);
        long id = create("admin.kepahiang", service, batch(day, 2, true));
        as("admin.kepahiang").body(Map.of("rows", List.of(Map.of("digits", "444444444"), Map.of("digits", "434433423"))))
                .when().post("/api/v1/paper-batches/" + id + "/rows").then().statusCode(201);
        as("admin.kepahiang").when().post("/api/v1/paper-batches/" + id + "/count").then().statusCode(409);

        // Blind: the second person sees the batch but not the first entry's sheets.
        as("petugas.dukcapil").when().get("/api/v1/paper-batches/" + id).then().statusCode(200)
                .body("firstEntered", equalTo(2)).body("sheets", empty()).body("differences", empty());
        as("admin.kepahiang").body(Map.of("rows", List.of(Map.of("digits", "444444444")))).when()
                .post("/api/v1/paper-batches/" + id + "/verification").then().statusCode(403)
                .body("detail", containsString("orang lain"));

        as("petugas.dukcapil").body(Map.of("rows", List.of(Map.of("digits", "444444444"),
                        Map.of("digits", "434133423", "comment", "Ruang tunggu panas"))))
                .when().post("/api/v1/paper-batches/" + id + "/verification").then().statusCode(201)
                .body("batch.state", equalTo("verifying")).body("differences", hasSize(1))
                .body("differences[0].sheet", equalTo(2)).body("differences[0].fields", equalTo(List.of("U4", "comment")))
                .body("differences[0].first.digits", equalTo("434433423"))
                .body("differences[0].second.digits", equalTo("434133423"));
        as("admin.kepahiang").when().get("/api/v1/paper-batches/" + id).then().statusCode(200)
                .body("unresolved", equalTo(1)).body("differences[0].resolved", equalTo(false));
        as("admin.kepahiang").when().post("/api/v1/paper-batches/" + id + "/count").then().statusCode(409)
                .body("detail", containsString("1"));
        as("admin.kepahiang").body(Map.of("rows", List.of(Map.of("sheet", 1, "digits", "444444444")))).when()
                .post("/api/v1/paper-batches/" + id + "/resolution").then().statusCode(422)
                .body("errors[0].message", containsString("Lembar 1"));
        as("admin.kepahiang").body(Map.of("rows", List.of(Map.of("sheet", 2, "digits", "434433423",
                        "comment", "Ruang tunggu panas")))).when()
                .post("/api/v1/paper-batches/" + id + "/resolution").then().statusCode(201)
                .body("batch.unresolved", equalTo(0)).body("differences[0].resolution.enteredBy", equalTo("admin.kepahiang"));

        long before = paperCount(service, day);
        as("petugas.dukcapil").when().post("/api/v1/paper-batches/" + id + "/count").then().statusCode(200)
                .body("state", equalTo("counted")).body("answersCounted", equalTo(2))
                .body("sheets.findAll { it.entry == 1 }", hasSize(2)).body("sheets.findAll { it.entry == 2 }", hasSize(2));
        assertEquals(before + 2, paperCount(service, day));
        as("admin.kepahiang").body(Map.of("reason", "Batch uji ditarik lagi")).when()
                .post("/api/v1/paper-batches/" + id + "/withdraw").then().statusCode(200)
                .body("state", equalTo("withdrawn")).body("withdrawnReason", not(empty()));
        assertEquals(before, paperCount(service, day));
    }

    @Test
    void badBatchesAreRefusedFieldByField() {
        long service = newService(unitId("1708-DUKCAPIL"));
        LocalDate today = LocalDate.now(Period.ZONE);
        as("petugas.dukcapil").body(Map.of("collectedFrom", today.toString(), "collectedTo", today.minusDays(2).toString(),
                        "collectedBy", "", "sheets", 501)).when()
                .post("/api/v1/services/" + service + "/paper-batches").then().statusCode(422)
                .body("errors.field", equalTo(List.of("collectedFrom", "collectedBy", "sheets")));
        as("petugas.dukcapil").header("Accept-Language", "en").body(Map.of("collectedFrom", "kemarin",
                        "collectedTo", today.plusDays(3).toString(), "collectedBy", "Loket", "sheets", 5)).when()
                .post("/api/v1/services/" + service + "/paper-batches").then().statusCode(422)
                .body("errors[0].message", containsString("YYYY-MM-DD"));
        long id = create("petugas.dukcapil", service, batch(today, 2, false));
        as("petugas.dukcapil").body(Map.of("rows", List.of(Map.of("sheet", 3, "digits", "434433423"),
                        Map.of("sheet", 1, "digits", "4344334230"), Map.of("sheet", 2, "digits", "43443342x"))))
                .when().post("/api/v1/paper-batches/" + id + "/rows").then().statusCode(422)
                .body("errors.field", equalTo(List.of("rows[0].sheet", "rows[1].digits", "rows[2].digits")));
        as("petugas.dukcapil").body(Map.of("rows", List.of())).when().post("/api/v1/paper-batches/" + id + "/rows")
                .then().statusCode(422);
        as("petugas.dukcapil").when().get("/api/v1/paper-batches/" + id).then().statusCode(200)
                .body("firstEntered", equalTo(0));
        as("petugas.dukcapil").when().post("/api/v1/paper-batches/" + id + "/count").then().statusCode(409);
    }
}
