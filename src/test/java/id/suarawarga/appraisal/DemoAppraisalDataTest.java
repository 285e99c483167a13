package id.suarawarga.appraisal;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.suarawarga.devsupport.Tokens;
import id.suarawarga.feedback.skm.Period;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import io.restassured.path.json.JsonPath;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** The demo profile's answers (db/demo/R__demo_appraisal.sql) give the mix the demo promises. */
@QuarkusTest
class DemoAppraisalDataTest {

    @Inject
    PeriodRuns appraisal;

    @Inject
    EntityManager em;

    long runs(long period) {
        return ((Number) em.createNativeQuery("SELECT COUNT(*) FROM appraisal_run WHERE period_id = ?1")
                .setParameter(1, period).getSingleResult()).longValue();
    }

    @Test
    void lastQuarterHasSufficientAndInsufficientUnitsAndACaughtBrigade() {
        // what the demo profile does at start (DemoAppraisal): the last full quarter, created and computed
        long id = appraisal.ensureDemoPeriod();
        long runs = runs(id);
        assertEquals(id, appraisal.ensureDemoPeriod(), "a second start changes nothing");
        assertEquals(runs, runs(id));
        String hr = Tokens.of("hr1");
        String quarter = Period.containing(LocalDate.now(Period.ZONE), Period.Kind.QUARTER).previous().toString();
        given().auth().oauth2(hr).when().get("/api/v1/appraisal/periods?size=100").then().statusCode(200)
                .body("items.find { it.id == " + id + " }.code", org.hamcrest.Matchers.equalTo(quarter))
                .body("items.find { it.id == " + id + " }.status", org.hamcrest.Matchers.equalTo("IN_REVIEW"));
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
