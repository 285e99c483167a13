package id.suarawarga.appraisal;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.suarawarga.devsupport.Tokens;
import id.suarawarga.feedback.skm.Period;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The demo profile's answers (db/demo/R__demo_appraisal.sql) give the mix the demo promises. */
@QuarkusTest
class DemoAppraisalDataTest {

    @Test
    void lastQuarterHasSufficientAndInsufficientUnitsAndACaughtBrigade() {
        String quarter = Period.containing(LocalDate.now(Period.ZONE), Period.Kind.QUARTER).previous().toString();
        String hr = Tokens.of("hr1");
        long id = given().auth().oauth2(hr).contentType(ContentType.JSON).header("Idempotency-Key", "t-" + UUID.randomUUID())
                .body(Map.of("period", quarter)).when().post("/api/v1/appraisal/periods").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        given().auth().oauth2(hr).contentType(ContentType.JSON).when().post("/api/v1/appraisal/periods/" + id + "/compute")
                .then().statusCode(200);
        JsonPath s = given().auth().oauth2(hr).when().get("/api/v1/appraisal/periods/" + id + "/scores?size=100")
                .then().statusCode(200).extract().jsonPath();
        for (String sufficient : new String[] {"9901-DUKCAPIL", "9901-RSUD", "9901-DPMPTSP", "9901-PKM-RANGKUI", "7602-DUKCAPIL"}) {
            assertEquals("SUFFICIENT", s.getString("items.find { it.unitCode == '" + sufficient + "' }.evidence"), sufficient);
        }
        for (String insufficient : new String[] {"7602-RSUD", "1708-DPMPTSP"}) {
            assertEquals("INSUFFICIENT_EVIDENCE", s.getString("items.find { it.unitCode == '" + insufficient + "' }.evidence"));
            assertNull(s.get("items.find { it.unitCode == '" + insufficient + "' }.robustScore"));
        }
        assertEquals(14, s.getInt("items.find { it.unitCode == '9901-DPMPTSP' }.excluded"), "the brigade is kept out");
        assertEquals(36, s.getInt("items.find { it.unitCode == '9901-DPMPTSP' }.answers"));
        assertTrue(s.getBoolean("items.find { it.unitCode == '7602-DUKCAPIL' }.representative"), "36 of 40 users");
        assertTrue(s.getFloat("items.find { it.unitCode == '9901-RSUD' }.staffScore")
                < s.getFloat("items.find { it.unitCode == '9901-DUKCAPIL' }.staffScore"));
        assertEquals("198609262015051001", s.getString("items.find { it.unitCode == '9901-DUKCAPIL' }.headNip"));
    }
}
