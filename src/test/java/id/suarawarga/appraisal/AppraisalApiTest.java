package id.suarawarga.appraisal;

import static id.suarawarga.appraisal.AppraisalFixtures.insert;
import static id.suarawarga.appraisal.AppraisalFixtures.regionOf;
import static id.suarawarga.appraisal.AppraisalFixtures.scalar;
import static id.suarawarga.appraisal.AppraisalFixtures.sql;
import static id.suarawarga.appraisal.AppraisalFixtures.unitId;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.suarawarga.appraisal.score.SnapshotCanonical;
import id.suarawarga.devsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The appraisal API end to end with real Keycloak tokens and real answers in MariaDB: a quarter (2021-Q2) where
 * Disdukcapil Kepahiang has 40 genuine answers and a brigade of 12 fresh accounts, and DPMPTSP only 5.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AppraisalApiTest {

    static final Instant Q_START = Instant.parse("2021-04-01T03:00:00Z");

    @Inject
    DataSource ds;

    long dukcapil;
    long dpmptsp;

    boolean seeded;

    /** Once per class; not @BeforeAll, because RestAssured learns the test port only before each test. */
    @BeforeEach
    void answers() throws Exception {
        if (seeded) {
            return;
        }
        seeded = true;
        dukcapil = unitId("1708", "1708-DUKCAPIL");
        dpmptsp = unitId("1708", "1708-DPMPTSP");
        long region = regionOf(ds, dukcapil);
        String run = UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < 40; i++) {
            Instant at = Q_START.plus(Duration.ofHours(50L * i));
            String comment = i == 0 ? "Petugas ramah, antrean tertib" : i == 1 ? "Komentar anonim soal loket" : null;
            // genuine citizens have used the portal before (a rating in 2020), so they are not fresh accounts
            insert(ds, dpmptsp, region, "g" + run + i, Instant.parse("2020-02-03T03:00:00Z").plusSeconds(i), 0, 4, null, false);
            insert(ds, dukcapil, region, "g" + run + i, at, i % 4 == 0 ? 4 : 3, 0, comment, i == 1);
        }
        Instant burst = Q_START.plus(Duration.ofDays(40));
        for (int i = 0; i < 12; i++) {
            insert(ds, dukcapil, region, "b" + run + i, burst.plus(Duration.ofMinutes(7L * i)), 0, 1,
                    "Pelayanan buruk sekali, kantor ini harus ditutup " + i, false);
        }
        for (int i = 0; i < 5; i++) {
            insert(ds, dpmptsp, region, "p" + run + i, Q_START.plus(Duration.ofDays(3L * i)), 2, 0, null, false);
        }
        sql(ds, "UPDATE unit SET head_nip = '198609262015051001' WHERE id = ?", dukcapil);
    }

    static RequestSpecification as(String user) {
        return given().auth().oauth2(Tokens.of(user)).contentType(ContentType.JSON);
    }

    /** A period of Kepahiang (1708), whose units the tests' answers are for. */
    static long createPeriod(String code, int reviewDays) {
        return as("hr1").header("Idempotency-Key", "t-" + UUID.randomUUID())
                .body(Map.of("period", code, "regionCode", "1708", "reviewWorkingDays", reviewDays))
                .when().post("/api/v1/appraisal/periods").then().statusCode(201)
                .body("code", equalTo(code)).body("status", equalTo("OPEN")).body("minRespondents", equalTo(30))
                .body("priorWeight", equalTo(20)).extract().jsonPath().getLong("id");
    }

    @Test
    void everyEndpointRefusesCitizensModeratorsAndStrangers() {
        long period = createPeriod("2019-Q1", 10);
        as("hr1").when().post("/api/v1/appraisal/periods/" + period + "/compute").then().statusCode(200);
        String base = "/api/v1/appraisal/periods/" + period;
        for (String user : List.of("warga1", "moderator1", "petugas.dukcapil")) {
            as(user).when().get("/api/v1/appraisal/periods").then().statusCode(403);
            as(user).header("Idempotency-Key", "t-" + UUID.randomUUID()).body(Map.of("period", "2019-Q2"))
                    .when().post("/api/v1/appraisal/periods").then().statusCode(403);
            as(user).when().post(base + "/compute").then().statusCode(403);
            as(user).when().post(base + "/freeze").then().statusCode(403);
            as(user).when().get(base + "/scores").then().statusCode(403);
            as(user).when().get(base + "/export?format=csv").then().statusCode(403);
            as(user).when().get(base + "/snapshot").then().statusCode(403);
            as(user).body(Map.of("decision", "REJECTED", "reason", "x"))
                    .when().post("/api/v1/appraisal/objections/1/decision").then().statusCode(403);
        }
        for (String user : List.of("warga1", "moderator1")) {
            as(user).when().get(base + "/units/" + dukcapil).then().statusCode(403);
            as(user).header("Idempotency-Key", "t-" + UUID.randomUUID()).body(Map.of("text", "keberatan"))
                    .when().post(base + "/units/" + dukcapil + "/objections").then().statusCode(403);
        }
        as("warga1").body(Map.of("reason", "x")).when().post("/api/v1/appraisal/exclusions/1/reinstate").then().statusCode(403);
        as("petugas.dukcapil").body(Map.of("reason", "x")).when().post("/api/v1/appraisal/exclusions/1/reinstate")
                .then().statusCode(403);
        // the officer of 1708-DUKCAPIL: own draft yes, another unit's draft or objection no
        as("petugas.dukcapil").when().get(base + "/units/" + dukcapil).then().statusCode(200);
        as("petugas.dukcapil").when().get(base + "/units/" + dpmptsp).then().statusCode(403);
        as("petugas.dukcapil").header("Idempotency-Key", "t-" + UUID.randomUUID()).body(Map.of("text", "bukan unit saya"))
                .when().post(base + "/units/" + dpmptsp + "/objections").then().statusCode(403);
        given().when().get("/api/v1/appraisal/periods").then().statusCode(401);
        given().when().get(base + "/units/" + dukcapil).then().statusCode(401);
        as("admin1").when().get(base + "/scores").then().statusCode(200);
    }

    @Test
    void aQuarterIsComputedReviewedObjectedFrozenAndReproduced() throws Exception {
        long period = createPeriod("2021-Q2", 10);
        as("hr1").header("Idempotency-Key", "t-" + UUID.randomUUID()).body(Map.of("period", "2021-Q2", "regionCode", "1708"))
                .when().post("/api/v1/appraisal/periods").then().statusCode(409);
        as("hr1").header("Idempotency-Key", "t-" + UUID.randomUUID()).body(Map.of("period", "2021-05", "regionCode", "1708"))
                .when().post("/api/v1/appraisal/periods").then().statusCode(422).body("errors.field", hasItem("period"));
        String base = "/api/v1/appraisal/periods/" + period;
        // a refusal speaks one language: Bahasa Indonesia by default, English when asked (ADR 0016)
        as("hr1").when().post(base + "/freeze").then().statusCode(409).body("detail", equalTo("Hitung periode dulu"));
        as("hr1").header("Accept-Language", "en").when().post(base + "/freeze").then().statusCode(409)
                .body("detail", equalTo("Compute the period first"));

        as("hr1").when().post(base + "/compute").then().statusCode(200)
                .body("status", equalTo("IN_REVIEW")).body("reviewOpen", equalTo(true))
                .body("answersExcluded", equalTo(12)).body("runSha256", notNullValue());
        as("hr1").when().get("/api/v1/appraisal/periods?size=100").then().statusCode(200)
                .body("items.code", hasItem("2021-Q2"));

        JsonPath scores = as("hr1").when().get(base + "/scores?size=100").then().statusCode(200)
                .body("total", greaterThan(2)).extract().jsonPath();
        Map<String, Object> duk = scores.getMap("items.find { it.unitCode == '1708-DUKCAPIL' }");
        assertEquals("SUFFICIENT", duk.get("evidence"));
        assertEquals(40, duk.get("answers"));
        assertEquals(12, duk.get("excluded"));
        assertEquals("198609262015051001", duk.get("headNip"));
        // 10 answers all 4 and 30 all 3: IKM = 3.25 x 25 = 81.25, grade B
        assertEquals(81.25f, duk.get("ikm"));
        assertEquals("B", duk.get("grade"));
        assertTrue(((Number) duk.get("robustLow")).doubleValue() < ((Number) duk.get("robustScore")).doubleValue());
        Map<String, Object> dpm = scores.getMap("items.find { it.unitCode == '1708-DPMPTSP' }");
        assertEquals("INSUFFICIENT_EVIDENCE", dpm.get("evidence"));
        assertEquals(null, dpm.get("robustScore"), "5 answers: insufficient evidence, never a low score");
        assertEquals(50.0f, dpm.get("ikm"));

        // HR's view of the evidence is logged; anonymous comments stay anonymous
        String logsBefore = scalar(ds, "SELECT COUNT(*) FROM appraisal_access_log WHERE period_id = ? AND action = 'VIEW_EVIDENCE'", period);
        JsonPath drill = as("hr1").when().get(base + "/units/" + dukcapil + "?size=100").then().statusCode(200)
                .body("elements.size()", equalTo(9)).body("elements[0].code", equalTo("U1"))
                .body("elements[0].nrr", equalTo(3.25f))
                .body("trend.size()", equalTo(12))
                .body("exclusions.size()", equalTo(24))
                .body("exclusions.rule", hasItem("BURST_NEW_ACCOUNTS"))
                .body("exclusions.rule", hasItem("NEAR_DUPLICATE_COMMENT"))
                .body("comments.items.find { it.comment == 'Komentar anonim soal loket' }.author", nullValue())
                .body("comments.items.find { it.comment == 'Petugas ramah, antrean tertib' }.author", notNullValue())
                .extract().jsonPath();
        assertEquals(Long.parseLong(logsBefore) + 1, Long.parseLong(scalar(ds,
                "SELECT COUNT(*) FROM appraisal_access_log WHERE period_id = ? AND action = 'VIEW_EVIDENCE' AND username = 'hr1'", period)));

        // right of reply: the officer objects, freezing waits for the decision
        long objection = as("petugas.dukcapil").header("Idempotency-Key", "t-" + UUID.randomUUID())
                .body(Map.of("text", "Ulasan serentak tanggal itu bukan dari pengguna layanan."))
                .when().post(base + "/units/" + dukcapil + "/objections").then().statusCode(201)
                .body("status", equalTo("PENDING")).extract().jsonPath().getLong("id");
        as("petugas.dukcapil").when().get(base + "/units/" + dukcapil).then().statusCode(200)
                .body("objections.id", hasItem((int) objection));
        as("hr1").body(Map.of("closeReviewEarly", true)).when().post(base + "/freeze").then().statusCode(409);
        as("hr1").body(Map.of("decision", "REJECTED", "reason", "")).when()
                .post("/api/v1/appraisal/objections/" + objection + "/decision").then().statusCode(422);
        long runBefore = as("hr1").when().get("/api/v1/appraisal/periods?size=100").then().extract().jsonPath()
                .getLong("items.find { it.id == " + period + " }.currentRunId");
        as("hr1").body(Map.of("decision", "ACCEPTED", "reason", "Dihitung ulang setelah pemeriksaan."))
                .when().post("/api/v1/appraisal/objections/" + objection + "/decision").then().statusCode(200)
                .body("status", equalTo("ACCEPTED")).body("decidedBy", equalTo("hr1"))
                .body("resultRunId", greaterThan((int) runBefore));
        as("hr1").body(Map.of("decision", "REJECTED", "reason", "again"))
                .when().post("/api/v1/appraisal/objections/" + objection + "/decision").then().statusCode(409);

        // a moderator reinstates one excluded answer with a reason; it counts again
        long exclusion = drill.getLong("exclusions.find { it.rule == 'BURST_NEW_ACCOUNTS' }.id");
        long reinstatedAnswer = drill.getLong("exclusions.find { it.rule == 'BURST_NEW_ACCOUNTS' }.feedbackId");
        as("moderator1").body(Map.of("reason", "")).when().post("/api/v1/appraisal/exclusions/" + exclusion + "/reinstate")
                .then().statusCode(422);
        as("moderator1").body(Map.of("reason", "Warga ini terverifikasi datang ke loket."))
                .when().post("/api/v1/appraisal/exclusions/" + exclusion + "/reinstate").then().statusCode(200)
                .body("active", equalTo(false)).body("reinstatedBy", equalTo("moderator1"));
        as("hr1").body(Map.of("reason", "lagi")).when().post("/api/v1/appraisal/exclusions/" + exclusion + "/reinstate")
                .then().statusCode(409);
        // the same answer is still out under its other rule (near-identical comment), so the count stays 12
        as("hr1").when().get(base + "/units/" + dukcapil + "?size=100").then().statusCode(200)
                .body("exclusions.findAll { it.feedbackId == " + reinstatedAnswer + " }.size()", equalTo(2))
                .body("exclusions.findAll { it.feedbackId == " + reinstatedAnswer + " && it.active }.size()", equalTo(1))
                .body("score.excluded", equalTo(12));

        // freeze: the review window is open, so HR must close it explicitly
        as("hr1").when().post(base + "/freeze").then().statusCode(409);
        JsonPath frozen = as("hr1").body(Map.of("closeReviewEarly", true)).when().post(base + "/freeze").then()
                .statusCode(200).body("status", equalTo("FROZEN")).body("snapshot.version", equalTo(1))
                .body("snapshot.supersedesId", nullValue()).extract().jsonPath();
        String sha = frozen.getString("snapshot.sha256");
        as("hr1").when().post(base + "/freeze").then().statusCode(409);
        // the officer's window closed with the freeze
        as("petugas.dukcapil").when().get(base + "/units/" + dukcapil).then().statusCode(403);

        // the snapshot reproduces from the stored answers, and its hash is SHA-256 of the stored text
        JsonPath snap = as("hr1").when().get(base + "/snapshot").then().statusCode(200)
                .body("reproduced", equalTo(true)).body("recomputedSha256", equalTo(sha)).extract().jsonPath();
        assertEquals(sha, SnapshotCanonical.sha256(snap.getString("canonical")));
        assertEquals(sha, scalar(ds, "SELECT SHA2(canonical, 256) FROM appraisal_snapshot WHERE period_id = ? AND version = 1", period));
        assertTrue(snap.getString("canonical").contains("|" + "1708-DUKCAPIL|"));
        assertTrue(snap.getString("canonical").contains("exclusion=" + reinstatedAnswer + "|BURST_NEW_ACCOUNTS|reinstated"));

        // a correction after freezing: a reason is needed; the new snapshot references the old one
        as("hr1").when().post(base + "/compute").then().statusCode(422);
        as("hr1").body(Map.of("reason", "Koreksi data pengguna layanan")).when().post(base + "/compute").then()
                .statusCode(200).body("status", equalTo("IN_REVIEW")).body("snapshot.version", equalTo(1));
        sql(ds, "INSERT INTO service_users (service_id, period, users, updated_by) SELECT id, '2021-Q2', 100, 'test' "
                + "FROM public_service WHERE unit_id = ? LIMIT 1", dukcapil);
        as("hr1").body(Map.of("reason", "Jumlah pengguna layanan dicatat")).when().post(base + "/compute").then().statusCode(200);
        JsonPath v2 = as("hr1").body(Map.of("closeReviewEarly", true)).when().post(base + "/freeze").then()
                .statusCode(200).body("snapshot.version", equalTo(2)).extract().jsonPath();
        assertEquals(frozen.getLong("snapshot.id"), v2.getLong("snapshot.supersedesId"));
        assertNotEquals(sha, v2.getString("snapshot.sha256"), "the service users are part of the snapshot");
        assertEquals(sha, scalar(ds, "SELECT sha256 FROM appraisal_snapshot WHERE period_id = ? AND version = 1", period),
                "version 1 is never changed");
        as("hr1").when().get(base + "/snapshot").then().statusCode(200).body("reproduced", equalTo(true));
        as("hr1").when().get(base + "/scores?size=100").then().statusCode(200)
                .body("items.find { it.unitCode == '1708-DUKCAPIL' }.sampleMinimum", equalTo(80))
                .body("items.find { it.unitCode == '1708-DUKCAPIL' }.representative", equalTo(false));
    }

    @Test
    void theHeadOfUnitsNipIsCheckedWhenRecorded() throws Exception {
        long unit = unitId("7602", "7602-BKPSDM");
        String path = "/api/v1/appraisal/units/" + unit + "/head-nip";
        as("hr1").body(Map.of("nip", "19860926201505100")).when().put(path).then().statusCode(422)
                .body("errors.field", hasItem("nip"));
        as("hr1").body(Map.of("nip", "198602302015051001")).when().put(path).then().statusCode(422);
        as("warga1").body(Map.of("nip", "198609262015051001")).when().put(path).then().statusCode(403);
        as("petugas.dukcapil").body(Map.of("nip", "198609262015051001")).when().put(path).then().statusCode(403);
        as("admin1").body(Map.of("nip", "199001012019032002")).when().put(path).then().statusCode(204);
        assertEquals("199001012019032002", scalar(ds, "SELECT head_nip FROM unit WHERE id = ?", unit));
        as("hr1").body(Map.of("nip", "199001012019032002")).when().put("/api/v1/appraisal/units/999999/head-nip")
                .then().statusCode(404);
    }

    @Test
    void exportsCarryTheScoresAndNeutraliseFormulas() throws Exception {
        String admin = Tokens.of("admin1");
        String code = "X" + (System.nanoTime() % 10_000_000L);
        // in Kepahiang, since a period (and so its export) holds the units of one regency
        given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("code", code + "-EVIL", "name", "=HYPERLINK(\"http://x\",\"klik\")", "type", "DINAS",
                        "regionCode", "1708"))
                .when().post("/api/v1/units").then().statusCode(201);
        long period = createPeriod("2018-Q3", 0);
        String base = "/api/v1/appraisal/periods/" + period;
        as("hr1").when().post(base + "/compute").then().statusCode(200);
        as("hr1").body(Map.of("closeReviewEarly", true)).when().post(base + "/freeze").then().statusCode(200);
        String sha = as("hr1").when().get("/api/v1/appraisal/periods?size=100").then().extract().jsonPath()
                .getString("items.find { it.id == " + period + " }.snapshot.sha256");
        String before = scalar(ds, "SELECT COUNT(*) FROM appraisal_access_log WHERE period_id = ? AND action = 'EXPORT'", period);

        String csv = as("hr1").when().get(base + "/export?format=csv").then().statusCode(200)
                .contentType(org.hamcrest.Matchers.startsWith("text/csv"))
                .header("Content-Disposition", org.hamcrest.Matchers.containsString("appraisal-2018-Q3.csv"))
                .extract().asString();
        assertTrue(csv.contains("region_code,unit_code,unit_name,head_nip"), csv.substring(0, 200));
        assertTrue(csv.contains("\"'=HYPERLINK(\"\"http://x\"\",\"\"klik\"\")\""), "formula neutralised in CSV");
        assertTrue(csv.contains("1708-DUKCAPIL"));
        assertTrue(csv.contains(sha));
        assertTrue(csv.contains("INSUFFICIENT_EVIDENCE"));

        as("hr1").when().get(base + "/export?format=json").then().statusCode(200)
                .body("period", equalTo("2018-Q3")).body("snapshot.sha256", equalTo(sha))
                .body("units.find { it.unit_code == '" + code + "-EVIL' }.unit_name", equalTo("'=HYPERLINK(\"http://x\",\"klik\")"))
                .body("units.find { it.unit_code == '1708-DUKCAPIL' }.head_nip", equalTo("198609262015051001"))
                .body("units.evidence", everyItem(equalTo("INSUFFICIENT_EVIDENCE")));

        byte[] xlsx = as("hr1").when().get(base + "/export?format=xlsx").then().statusCode(200)
                .contentType(AppraisalApi.XLSX).extract().asByteArray();
        String sheet = null;
        int entries = 0;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(xlsx))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                entries++;
                if (e.getName().equals("xl/worksheets/sheet1.xml")) {
                    sheet = new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        assertEquals(5, entries);
        assertTrue(sheet.contains("'=HYPERLINK(&quot;http://x&quot;,&quot;klik&quot;)"), "formula neutralised in XLSX");
        assertTrue(sheet.contains(sha));
        as("hr1").when().get(base + "/export?format=pdf").then().statusCode(422);
        assertEquals(Long.parseLong(before) + 3, Long.parseLong(scalar(ds,
                "SELECT COUNT(*) FROM appraisal_access_log WHERE period_id = ? AND action = 'EXPORT' AND username = 'hr1'", period)));
    }
}
