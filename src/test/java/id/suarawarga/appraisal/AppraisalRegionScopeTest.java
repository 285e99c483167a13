package id.suarawarga.appraisal;

import static id.suarawarga.appraisal.AppraisalApiTest.as;
import static id.suarawarga.appraisal.AppraisalFixtures.insert;
import static id.suarawarga.appraisal.AppraisalFixtures.regionOf;
import static id.suarawarga.appraisal.AppraisalFixtures.scalar;
import static id.suarawarga.appraisal.AppraisalFixtures.unitId;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.suarawarga.appraisal.score.SnapshotCanonical;
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
 * Appraisal periods per regency (issue 15, ADR 0019): Kepahiang's and Mamuju's BKPSDM each open, compute and freeze
 * their own 2013-Q1 (a quarter only this test uses), with real Keycloak tokens. HR of one regency finds nothing of
 * the other's (404, as for an id that does not exist); each period holds its own regency's units only; one
 * regency's recompute leaves the other's scores and snapshot as they were.
 */
@QuarkusTest
class AppraisalRegionScopeTest {

    static final String QUARTER = "2013-Q1";
    static final Instant START = Instant.parse("2013-01-02T03:00:00Z");

    @Inject
    DataSource ds;

    static long create(String user, String regionCode) {
        return as(user).header("Idempotency-Key", "t-" + UUID.randomUUID())
                .body(regionCode == null ? Map.of("period", QUARTER) : Map.of("period", QUARTER, "regionCode", regionCode))
                .when().post("/api/v1/appraisal/periods").then().statusCode(201)
                .body("code", equalTo(QUARTER)).extract().jsonPath().getLong("id");
    }

    @Test
    void eachRegencyHasItsOwnPeriodsAndHrOfOneFindsNothingOfTheOther() throws Exception {
        long kepDukcapil = unitId("1708", "1708-DUKCAPIL");
        long mamDukcapil = unitId("7602", "7602-DUKCAPIL");
        long kepRegion = regionOf(ds, kepDukcapil);
        long mamRegion = regionOf(ds, mamDukcapil);
        String run = UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < 34; i++) {
            insert(ds, kepDukcapil, kepRegion, "k" + run + i, START.plus(Duration.ofHours(50L * i)), i % 3 == 0 ? 4 : 3,
                    0, null, false);
            insert(ds, mamDukcapil, mamRegion, "m" + run + i, START.plus(Duration.ofHours(50L * i + 7)), i % 2 == 0 ? 2 : 3,
                    0, null, false);
        }
        // a brigade of new accounts against Mamuju's Dukcapil: its exclusions are Mamuju's
        for (int i = 0; i < 12; i++) {
            insert(ds, mamDukcapil, mamRegion, "b" + run + i, START.plus(Duration.ofDays(30)).plus(Duration.ofMinutes(6L * i)),
                    0, 1, "Pelayanan buruk sekali, kantor ini harus ditutup " + i, false);
        }

        // one code per regency: both BKPSDMs open 2013-Q1; hr.kepahiang's only regency is the default
        long kep = create("hr.kepahiang", null);
        long mam = create("hr.mamuju", "7602");
        assertNotEquals(kep, mam);
        as("hr.kepahiang").header("Idempotency-Key", "t-" + UUID.randomUUID())
                .body(Map.of("period", QUARTER, "regionCode", "1708")).when().post("/api/v1/appraisal/periods")
                .then().statusCode(409);
        as("hr.kepahiang").header("Idempotency-Key", "t-" + UUID.randomUUID())
                .body(Map.of("period", "2013-Q2", "regionCode", "7602")).when().post("/api/v1/appraisal/periods")
                .then().statusCode(403);
        as("hr1").header("Idempotency-Key", "t-" + UUID.randomUUID()).body(Map.of("period", "2013-Q2"))
                .when().post("/api/v1/appraisal/periods").then().statusCode(422).body("errors.field", hasItem("regionCode"));
        as("hr1").header("Idempotency-Key", "t-" + UUID.randomUUID()).body(Map.of("period", "2013-Q2", "regionCode", "0000"))
                .when().post("/api/v1/appraisal/periods").then().statusCode(422).body("errors.field", hasItem("regionCode"));

        String kepBase = "/api/v1/appraisal/periods/" + kep;
        String mamBase = "/api/v1/appraisal/periods/" + mam;
        as("hr.kepahiang").when().post(kepBase + "/compute").then().statusCode(200);
        as("hr.mamuju").when().post(mamBase + "/compute").then().statusCode(200).body("answersExcluded", greaterThan(0));

        // lists hold one's own regency only; hr1 (BKPSDM of all three demo regencies) sees both
        as("hr.kepahiang").when().get("/api/v1/appraisal/periods?size=100").then().statusCode(200)
                .body("items.id", hasItem((int) kep)).body("items.id", not(hasItem((int) mam)))
                .body("items.regionCode", everyItem(equalTo("1708")));
        as("hr.mamuju").when().get("/api/v1/appraisal/periods?size=100").then().statusCode(200)
                .body("items.id", hasItem((int) mam)).body("items.id", not(hasItem((int) kep)));
        as("hr1").when().get("/api/v1/appraisal/periods?size=100").then().statusCode(200)
                .body("items.id", hasItem((int) kep)).body("items.id", hasItem((int) mam));

        // across the border every read and every action answers 404: the period does not exist for them
        as("hr.kepahiang").when().get(mamBase + "/scores").then().statusCode(404);
        as("hr.kepahiang").when().get(mamBase + "/units/" + mamDukcapil).then().statusCode(404);
        as("hr.kepahiang").when().get(mamBase + "/export?format=csv").then().statusCode(404);
        as("hr.kepahiang").when().get(mamBase + "/snapshot").then().statusCode(404);
        as("hr.kepahiang").when().post(mamBase + "/compute").then().statusCode(404);
        as("hr.kepahiang").body(Map.of("closeReviewEarly", true)).when().post(mamBase + "/freeze").then().statusCode(404);
        as("hr.kepahiang").header("Idempotency-Key", "t-" + UUID.randomUUID()).body(Map.of("text", "keberatan"))
                .when().post(mamBase + "/units/" + mamDukcapil + "/objections").then().statusCode(404);
        as("admin.kepahiang").when().get(mamBase + "/scores").then().statusCode(404);
        as("admin.kepahiang").when().get(kepBase + "/scores").then().statusCode(200);
        // a unit of another regency has no score in one's own period either
        as("hr.kepahiang").when().get(kepBase + "/units/" + mamDukcapil).then().statusCode(404);
        // the officer of 1708-DUKCAPIL: Mamuju's period does not exist for them; their own draft does
        as("petugas.dukcapil").when().get(mamBase + "/units/" + mamDukcapil).then().statusCode(404);
        as("petugas.dukcapil").when().get(kepBase + "/units/" + kepDukcapil).then().statusCode(200);
        // recording the head of unit's NIP of a (public) unit of another regency is refused
        as("hr.kepahiang").body(Map.of("nip", "199001012019032002")).when()
                .put("/api/v1/appraisal/units/" + mamDukcapil + "/head-nip").then().statusCode(403);

        // Mamuju's objection and exclusion do not exist for Kepahiang's HR
        long objection = as("hr.mamuju").header("Idempotency-Key", "t-" + UUID.randomUUID())
                .body(Map.of("text", "Ulasan serentak itu bukan dari pengguna layanan."))
                .when().post(mamBase + "/units/" + mamDukcapil + "/objections").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        as("hr.kepahiang").body(Map.of("decision", "REJECTED", "reason", "bukan wewenang"))
                .when().post("/api/v1/appraisal/objections/" + objection + "/decision").then().statusCode(404);
        long exclusion = as("hr.mamuju").when().get(mamBase + "/units/" + mamDukcapil + "?size=100").then()
                .statusCode(200).extract().jsonPath().getLong("exclusions.find { it.active }.id");
        as("hr.kepahiang").body(Map.of("reason", "warga terverifikasi"))
                .when().post("/api/v1/appraisal/exclusions/" + exclusion + "/reinstate").then().statusCode(404);
        as("hr.mamuju").body(Map.of("decision", "REJECTED", "reason", "Tidak terbukti."))
                .when().post("/api/v1/appraisal/objections/" + objection + "/decision").then().statusCode(200);

        // each period holds its own regency's units; an export of Kepahiang has no row of another regency
        as("hr.kepahiang").when().get(kepBase + "/scores?size=100").then().statusCode(200)
                .body("items.regionCode", everyItem(equalTo("1708"))).body("items.unitCode", hasItem("1708-DUKCAPIL"));
        String csv = as("hr.kepahiang").when().get(kepBase + "/export?format=csv").then().statusCode(200).extract().asString();
        List<String> lines = csv.lines().skip(1).toList();
        assertFalse(lines.isEmpty());
        for (String line : lines) {
            assertTrue(line.startsWith(QUARTER + ",1708,"), line);
        }
        as("hr.kepahiang").when().get(kepBase + "/export?format=json").then().statusCode(200)
                .body("units.region_code", everyItem(equalTo("1708")));

        // Kepahiang freezes first
        JsonPath kepScores = as("hr.kepahiang").when().get(kepBase + "/scores?size=100").then().extract().jsonPath();
        String kepSha = as("hr.kepahiang").body(Map.of("closeReviewEarly", true)).when().post(kepBase + "/freeze").then()
                .statusCode(200).body("status", equalTo("FROZEN")).extract().path("snapshot.sha256");
        String kepRun = scalar(ds, "SELECT current_run_id FROM appraisal_period WHERE id = ?", kep);

        // Mamuju is still in review: a late answer arrives, it computes again and freezes later
        insert(ds, mamDukcapil, mamRegion, "late" + run, START.plus(Duration.ofDays(60)), 4, 0, null, false);
        String mamShaBefore = scalar(ds, "SELECT r.sha256 FROM appraisal_run r JOIN appraisal_period p ON "
                + "p.current_run_id = r.id WHERE p.id = ?", mam);
        as("hr.mamuju").when().post(mamBase + "/compute").then().statusCode(200);
        String mamSha = as("hr.mamuju").body(Map.of("closeReviewEarly", true)).when().post(mamBase + "/freeze").then()
                .statusCode(200).extract().path("snapshot.sha256");
        assertNotEquals(mamShaBefore, mamSha, "the late answer counts in Mamuju");

        // Kepahiang's run, scores and snapshot are untouched, and each snapshot reproduces its own hash
        assertEquals(kepRun, scalar(ds, "SELECT current_run_id FROM appraisal_period WHERE id = ?", kep));
        assertEquals(kepScores.getList("items"), as("hr.kepahiang").when().get(kepBase + "/scores?size=100").then()
                .statusCode(200).extract().jsonPath().getList("items"));
        JsonPath kepSnap = as("hr.kepahiang").when().get(kepBase + "/snapshot").then().statusCode(200)
                .body("reproduced", equalTo(true)).body("recomputedSha256", equalTo(kepSha)).extract().jsonPath();
        JsonPath mamSnap = as("hr.mamuju").when().get(mamBase + "/snapshot").then().statusCode(200)
                .body("reproduced", equalTo(true)).body("recomputedSha256", equalTo(mamSha)).extract().jsonPath();
        assertEquals(kepSha, SnapshotCanonical.sha256(kepSnap.getString("canonical")));
        assertEquals(mamSha, SnapshotCanonical.sha256(mamSnap.getString("canonical")));
        assertTrue(kepSnap.getString("canonical").contains("|1708-DUKCAPIL|"));
        assertFalse(kepSnap.getString("canonical").contains("|7602-"), "Kepahiang's snapshot names no Mamuju unit");
        assertFalse(mamSnap.getString("canonical").contains("|1708-"), "Mamuju's snapshot names no Kepahiang unit");
        // the operator sees both
        as("admin1").when().get(kepBase + "/snapshot").then().statusCode(200);
        as("admin1").when().get(mamBase + "/snapshot").then().statusCode(200);
    }
}
