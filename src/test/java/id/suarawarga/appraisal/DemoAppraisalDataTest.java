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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * The demo profile's answers (db/demo/R__demo_appraisal.sql) give the mix the demo promises, in one period per demo
 * regency (issue 15).
 */
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
        // what the demo profile does at start (DemoAppraisal): the last full quarter of each demo regency, created
        // and computed
        Map<String, Long> ids = appraisal.ensureDemoPeriods();
        assertEquals(List.of("9901", "1708", "7602"), List.copyOf(ids.keySet()), "one period per demo regency");
        Map<String, Long> runs = new HashMap<>();
        ids.forEach((region, id) -> runs.put(region, runs(id)));
        assertEquals(ids, appraisal.ensureDemoPeriods(), "a second start changes nothing");
        ids.forEach((region, id) -> assertEquals(runs.get(region), runs(id)));
        String hr = Tokens.of("hr1");
        String quarter = Period.containing(LocalDate.now(Period.ZONE), Period.Kind.QUARTER).previous().toString();
        Map<String, JsonPath> scores = new HashMap<>();
        ids.forEach((region, id) -> {
            given().auth().oauth2(hr).when().get("/api/v1/appraisal/periods?size=100").then().statusCode(200)
                    .body("items.find { it.id == " + id + " }.code", org.hamcrest.Matchers.equalTo(quarter))
                    .body("items.find { it.id == " + id + " }.regionCode", org.hamcrest.Matchers.equalTo(region))
                    .body("items.find { it.id == " + id + " }.status", org.hamcrest.Matchers.equalTo("IN_REVIEW"));
            scores.put(region, given().auth().oauth2(hr).when().get("/api/v1/appraisal/periods/" + id + "/scores?size=100")
                    .then().statusCode(200).extract().jsonPath());
        });
        // each regency's period holds its own units only
        ids.keySet().forEach(region -> assertTrue(scores.get(region).getList("items.regionCode").stream()
                .allMatch(region::equals), region));
        // a unit's scores are in the period of its regency (the code's prefix)
        Function<String, JsonPath> s = unit -> scores.get(unit.substring(0, 4));
        for (String sufficient : new String[] {"9901-DUKCAPIL", "9901-RSUD", "9901-DPMPTSP", "9901-PKM-RANGKUI", "7602-DUKCAPIL"}) {
            assertEquals("SUFFICIENT", s.apply(sufficient).getString("items.find { it.unitCode == '" + sufficient + "' }.evidence"), sufficient);
        }
        for (String insufficient : new String[] {"7602-RSUD", "1708-DPMPTSP"}) {
            assertEquals("INSUFFICIENT_EVIDENCE", s.apply(insufficient).getString("items.find { it.unitCode == '" + insufficient + "' }.evidence"));
            assertNull(s.apply(insufficient).get("items.find { it.unitCode == '" + insufficient + "' }.robustScore"));
        }
        assertEquals(14, s.apply("9901").getInt("items.find { it.unitCode == '9901-DPMPTSP' }.excluded"), "the brigade is kept out");
        assertEquals(36, s.apply("9901").getInt("items.find { it.unitCode == '9901-DPMPTSP' }.answers"));
        assertTrue(s.apply("7602").getBoolean("items.find { it.unitCode == '7602-DUKCAPIL' }.representative"), "36 of 40 users");
        assertTrue(s.apply("9901").getFloat("items.find { it.unitCode == '9901-RSUD' }.staffScore")
                < s.apply("9901").getFloat("items.find { it.unitCode == '9901-DUKCAPIL' }.staffScore"));
        assertEquals("198609262015051001", s.apply("9901").getString("items.find { it.unitCode == '9901-DUKCAPIL' }.headNip"));
    }
}
