package id.suarawarga.appraisal;

import static id.suarawarga.appraisal.AppraisalApiTest.as;
import static id.suarawarga.appraisal.AppraisalFixtures.insert;
import static id.suarawarga.appraisal.AppraisalFixtures.regionOf;
import static id.suarawarga.appraisal.AppraisalFixtures.sql;
import static id.suarawarga.appraisal.AppraisalFixtures.unitId;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * HR chooses per period which origins of answers the appraisal counts (issue 16); the kiosk rule keeps a kiosk that
 * answers faster than people out of the score; the snapshot names the origins and reproduces its hash.
 */
@QuarkusTest
class AppraisalOriginsTest {

    static final String QUARTER = "2011-Q2";
    static final Instant START = Instant.parse("2011-04-04T02:00:00Z");

    @Inject
    DataSource ds;

    @Test
    void aPeriodCountsTheOriginsHrChoseAndAFastKioskIsExcluded() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        for (String region : List.of("1708", "7602")) {
            long unit = unitId(region, region + "-DUKCAPIL");
            long regionId = regionOf(ds, unit);
            for (int i = 0; i < 32; i++) {
                insert(ds, unit, regionId, "a" + run + region + i, START.plus(Duration.ofHours(40L * i)), 3, 0, null, false);
            }
            // six kiosk answers: five tapped within 100 s, one later at a person's pace
            for (int i = 0; i < 6; i++) {
                Instant at = i < 5 ? START.plus(Duration.ofDays(20)).plusSeconds(25L * i) : START.plus(Duration.ofDays(21));
                insert(ds, unit, regionId, "kiosk:" + run + region + ":" + i, at, 4, 0, null, true);
            }
            sql(ds, "UPDATE feedback SET origin = 'KIOSK', origin_ref = 777 WHERE author_sub LIKE ?",
                    "kiosk:" + run + region + ":%");
        }

        as("hr.kepahiang").header("Idempotency-Key", "t-" + UUID.randomUUID())
                .body(Map.of("period", QUARTER, "regionCode", "1708", "origins", List.of("account", "fax")))
                .when().post("/api/v1/appraisal/periods").then().statusCode(422).body("errors.field", hasItem("origins"));
        long kep = as("hr.kepahiang").header("Idempotency-Key", "t-" + UUID.randomUUID())
                .body(Map.of("period", QUARTER, "regionCode", "1708", "origins", List.of("account")))
                .when().post("/api/v1/appraisal/periods").then().statusCode(201)
                .body("origins", equalTo(List.of("account"))).extract().jsonPath().getLong("id");
        long mam = as("hr.mamuju").header("Idempotency-Key", "t-" + UUID.randomUUID())
                .body(Map.of("period", QUARTER, "regionCode", "7602")).when().post("/api/v1/appraisal/periods")
                .then().statusCode(201).body("origins", equalTo(List.of("account", "visit", "kiosk", "paper")))
                .extract().jsonPath().getLong("id");

        // Kepahiang counts accounts only: the kiosk's six answers are not taken at all
        as("hr.kepahiang").when().post("/api/v1/appraisal/periods/" + kep + "/compute").then().statusCode(200)
                .body("answersCounted", equalTo(32)).body("answersExcluded", equalTo(0));
        // Mamuju counts every origin: the slow kiosk answer counts, the five fast ones are excluded
        as("hr.mamuju").when().post("/api/v1/appraisal/periods/" + mam + "/compute").then().statusCode(200)
                .body("answersCounted", equalTo(33)).body("answersExcluded", equalTo(5));
        long mamUnit = unitId("7602", "7602-DUKCAPIL");
        as("hr.mamuju").when().get("/api/v1/appraisal/periods/" + mam + "/units/" + mamUnit + "?size=100").then()
                .statusCode(200).body("exclusions.rule", hasItem("KIOSK_TOO_FAST"));

        for (Object[] p : new Object[][] {{"hr.kepahiang", kep}, {"hr.mamuju", mam}}) {
            String user = (String) p[0];
            String base = "/api/v1/appraisal/periods/" + p[1];
            as(user).body(Map.of("closeReviewEarly", true)).when().post(base + "/freeze").then().statusCode(200);
            JsonPath snapshot = as(user).when().get(base + "/snapshot").then().statusCode(200)
                    .body("reproduced", equalTo(true)).extract().jsonPath();
            String canonical = snapshot.getString("canonical");
            if (user.equals("hr.kepahiang")) {
                assertTrue(canonical.contains("inputs.origins_counted=[account]"), canonical);
                assertFalse(canonical.contains("KIOSK_TOO_FAST"), canonical);
            } else {
                assertTrue(canonical.contains("inputs.origins_counted=[account, visit, kiosk, paper]"), canonical);
                assertTrue(canonical.contains("|origins=account:32,visit:0,kiosk:6,paper:0"), canonical);
                assertTrue(canonical.contains("|KIOSK_TOO_FAST|active"), canonical);
            }
        }
    }

    /**
     * The "one hand" rule: five codes of one printed batch answered from one client within minutes are excluded;
     * five single codes (an officer handing out one per citizen) answered as fast are not a batch and count.
     */
    @Test
    void aBatchOfCodesAnsweredByOneHandIsExcludedSingleCodesAreNot() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 8);
        long unit = unitId("1708", "1708-DUKCAPIL");
        long regionId = regionOf(ds, unit);
        Instant start = Instant.parse("2000-07-03T02:00:00Z");
        for (int i = 0; i < 32; i++) {
            insert(ds, unit, regionId, "v" + run + i, start.plus(Duration.ofHours(40L * i)), 3, 0, null, false);
        }
        long service = given().when().get("/api/v1/units/" + unit + "/services?size=1").then().statusCode(200)
                .extract().jsonPath().getLong("items[0].id");
        as("admin1").body(Map.of("count", 5)).when().post("/api/v1/services/" + service + "/visit-batches")
                .then().statusCode(201);
        List<Long> batch = new java.util.ArrayList<>();
        List<Long> singles = new java.util.ArrayList<>();
        for (int i = 0; i < 5; i++) {
            as("admin1").body(Map.of()).when().post("/api/v1/services/" + service + "/visits").then().statusCode(201);
        }
        try (java.sql.Connection c = ds.getConnection(); java.sql.Statement st = c.createStatement();
                java.sql.ResultSet r = st.executeQuery("SELECT id, batch_id FROM visit WHERE service_id = " + service
                        + " AND used_at IS NULL ORDER BY id DESC LIMIT 10")) {
            while (r.next()) {
                (r.getObject(2) == null ? singles : batch).add(r.getLong(1));
            }
        }
        assertTrue(batch.size() == 5 && singles.size() == 5, batch + " " + singles);
        Instant burst = start.plus(Duration.ofDays(30));
        int n = 0;
        for (List<Long> group : List.of(batch, singles)) {
            for (long visit : group) {
                String author = "visit:" + run + ":" + visit;
                insert(ds, unit, regionId, author, burst.plusSeconds(50L * n++), 4, 0, null, true);
                sql(ds, "UPDATE feedback SET origin = 'VISIT', origin_ref = ? WHERE author_sub = ?", visit, author);
                sql(ds, "UPDATE visit SET used_at = NOW(6), used_client = 'aaaaaaaaaaaaaaaa' WHERE id = ?", visit);
            }
        }
        long period = as("hr.kepahiang").header("Idempotency-Key", "t-" + UUID.randomUUID())
                .body(Map.of("period", "2000-Q3", "regionCode", "1708")).when().post("/api/v1/appraisal/periods")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        as("hr.kepahiang").when().post("/api/v1/appraisal/periods/" + period + "/compute").then().statusCode(200)
                .body("answersCounted", equalTo(37)).body("answersExcluded", equalTo(5));
        as("hr.kepahiang").when().get("/api/v1/appraisal/periods/" + period + "/units/" + unit + "?size=100").then()
                .statusCode(200).body("exclusions.rule", hasItem("VISIT_BATCH_ONE_HAND"));
    }
}
