package id.suarawarga.counter;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.suarawarga.devsupport.Tokens;
import id.suarawarga.feedback.skm.Period;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * Counter kiosks through the API and the tablet's own pages, with real Keycloak tokens and MariaDB: a pairing code
 * pairs one tablet once (and not after it expired), the tablet's answers are stored as origin "kiosk" once per
 * answer id, the per-device minimum gap and hourly maximum refuse kindly, answers outside service hours are taken
 * and flagged, a revoked kiosk is refused at once, and only the unit's officers and its regency's admins manage its
 * kiosks. Answers go to scratch regencies of each test's own (with their own counter_settings), never the demo's.
 */
@QuarkusTest
class KioskApiTest {

    static final Pattern CODE = Pattern.compile("[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}");

    @Inject
    DataSource ds;

    static RequestSpecification as(String user) {
        return given().auth().oauth2(Tokens.of(user)).contentType(ContentType.JSON)
                .header("Idempotency-Key", "kiosk-" + UUID.randomUUID());
    }

    /** A scratch regency with a unit and a service, and its kiosk rules: ids of the unit and the service. */
    long[] scratch(int gapSeconds, int maxPerHour, String opens, String closes) throws Exception {
        return scratch(ds, gapSeconds, maxPerHour, opens, closes);
    }

    static long[] scratch(DataSource ds, int gapSeconds, int maxPerHour, String opens, String closes) throws Exception {
        String code = "K" + UUID.randomUUID().toString().substring(0, 7).toUpperCase();
        as("admin1").body(Map.of("code", code, "name", "Kabupaten Kios " + code, "type", "KABUPATEN", "province",
                "Bengkulu")).when().post("/api/v1/regions").then().statusCode(201);
        long unit = as("admin1").body(Map.of("code", code + "-DINAS", "name", "Dinas Kios " + code, "type", "DINAS",
                "regionCode", code)).when().post("/api/v1/units").then().statusCode(201).extract().jsonPath().getLong("id");
        long service = as("admin1").body(Map.of("code", code + "-LAYANAN", "name", "Layanan Kios " + code, "unitId", unit))
                .when().post("/api/v1/services").then().statusCode(201).extract().jsonPath().getLong("id");
        sql(ds, """
                INSERT INTO counter_settings (region_id, kiosk_min_gap_seconds, kiosk_max_per_hour, opens_at, closes_at)
                SELECT region_id, ?, ?, ?, ? FROM unit WHERE id = ?""", gapSeconds, maxPerHour, opens, closes, unit);
        return new long[] {unit, service};
    }

    static long[] scratchOpen(KioskApiTest t, int gap, int max) throws Exception {
        return t.scratch(gap, max, "00:00:00", "23:59:59");
    }

    static long unitId(String region, String code) {
        return given().when().get("/api/v1/regions/" + region + "/units?size=100").then().statusCode(200)
                .extract().jsonPath().getLong("items.find { it.code == '" + code + "' }.id");
    }

    /** A new kiosk: its id and pairing code. */
    static Object[] kiosk(String user, long unit) {
        var j = as(user).body(Map.of("unitId", unit, "name", "Loket 1")).when().post("/api/v1/kiosks").then()
                .statusCode(201).body("pairingCode", matchesPattern(CODE)).extract().jsonPath();
        return new Object[] {j.getLong("id"), j.getString("pairingCode")};
    }

    /** A CSRF cookie and its form token, from the kiosk's own page. */
    static String[] csrf() {
        Response page = given().when().get("/kiosk");
        String token = page.htmlPath().getString("**.find { it.@name == 'csrf-token' }.@value");
        return new String[] {page.getCookie("csrf-token"), token};
    }

    static Response pair(String code) {
        String[] c = csrf();
        return given().redirects().follow(false).cookie("csrf-token", c[0]).formParam("csrf-token", c[1])
                .formParam("pairingCode", code).when().post("/kiosk/pair");
    }

    /** Pairs a tablet with a new kiosk of the unit: the kiosk id and the tablet's credential. */
    static Object[] pairedTablet(long unit) {
        Object[] k = kiosk("admin1", unit);
        Response r = pair((String) k[1]);
        assertEquals(303, r.statusCode());
        return new Object[] {k[0], r.getCookie(KioskPages.COOKIE)};
    }

    static Response answer(String credential, long service, String answerId, int score) {
        String[] c = csrf();
        RequestSpecification spec = given().redirects().follow(false).cookie("csrf-token", c[0])
                .cookie(KioskPages.COOKIE, credential).formParam("csrf-token", c[1])
                .formParam("serviceId", service).formParam("idempotencyKey", answerId);
        for (int i = 1; i <= 9; i++) {
            spec = spec.formParam("U" + i, score);
        }
        return spec.when().post("/kiosk/answers");
    }

    @Test
    void aPairingCodePairsOneTabletOnceAndItsAnswersAreStoredAsKioskOncePerAnswerId() throws Exception {
        long[] s = scratchOpen(this, 0, 100);
        String key = "kiosk-" + UUID.randomUUID();
        Map<String, Object> body = Map.of("unitId", s[0], "name", "Loket 1");
        var first = given().auth().oauth2(Tokens.of("admin1")).contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(body).when().post("/api/v1/kiosks").then().statusCode(201)
                .body("pairingCode", matchesPattern(CODE)).body("expiresAt", notNullValue()).extract().jsonPath();
        long id = first.getLong("id");
        Instant expires = Instant.parse(first.getString("expiresAt"));
        assertTrue(expires.isAfter(Instant.now().plusSeconds(14 * 60)) && expires.isBefore(Instant.now().plusSeconds(16 * 60)),
                "a pairing code works 15 minutes: " + expires);
        assertEquals(0, count("SELECT COUNT(*) FROM kiosk WHERE id = ? AND pairing_hash LIKE ?", id,
                "%" + first.getString("pairingCode").replace("-", "") + "%"), "only a hash of the code is stored");
        // A retry after a lost answer: the same kiosk with a fresh code; the unseen first code stops working.
        var again = given().auth().oauth2(Tokens.of("admin1")).contentType(ContentType.JSON).header("Idempotency-Key", key)
                .body(body).when().post("/api/v1/kiosks").then().statusCode(201).header("Idempotent-Replayed", "true")
                .body("id", equalTo((int) id)).extract().jsonPath();
        assertNotEquals(first.getString("pairingCode"), again.getString("pairingCode"));
        assertEquals(404, pair(first.getString("pairingCode")).statusCode());

        given().when().get("/kiosk").then().statusCode(200).body(containsString("name=\"pairingCode\""));
        assertEquals(422, pair("12").statusCode());
        assertEquals(404, pair("ZZZZ-ZZZZ").statusCode());
        String typed = "  " + again.getString("pairingCode").toLowerCase().replace("-", " ") + " ";
        Response paired = pair(typed);
        assertEquals(303, paired.statusCode());
        String credential = paired.getCookie(KioskPages.COOKIE);
        assertTrue(credential != null && credential.length() >= 43, "a 256-bit credential");
        String setCookie = paired.getHeaders().getValues("Set-Cookie").stream()
                .filter(h -> h.startsWith(KioskPages.COOKIE + "=")).findFirst().orElseThrow();
        assertTrue(setCookie.contains("HttpOnly") && setCookie.contains("SameSite=Strict")
                && setCookie.contains("Path=/kiosk"), setCookie);
        assertEquals(0, count("SELECT COUNT(*) FROM kiosk WHERE credential_hash = ?", credential),
                "the credential is stored hashed");
        Response used = pair(again.getString("pairingCode"));
        assertEquals(409, used.statusCode());
        assertTrue(used.asString().contains("sudah dipakai"), "a used code is refused kindly");

        // The paired tablet shows the unit's one service straight away, with nothing that leads away from /kiosk.
        String page = given().cookie(KioskPages.COOKIE, credential).when().get("/kiosk").then().statusCode(200)
                .body(containsString("action=\"/kiosk/answers\"")).body(containsString("data-keep-offline"))
                .body(not(containsString("name=\"comment\""))).body(not(containsString("name=\"ageBand\"")))
                .extract().asString();
        Matcher href = Pattern.compile("<a [^>]*href=\"([^\"]*)\"").matcher(page);
        while (href.find()) {
            assertTrue(href.group(1).startsWith("/kiosk"), "a link away from the kiosk: " + href.group(1));
        }

        String answerId = UUID.randomUUID().toString();
        Response a = answer(credential, s[1], answerId, 4);
        assertEquals(303, a.statusCode());
        assertTrue(a.getHeader("Location").endsWith("/kiosk/thanks"), a.getHeader("Location"));
        assertEquals(303, answer(credential, s[1], answerId, 4).statusCode(), "an outbox re-send is the same answer");
        assertEquals(303, answer(credential, s[1], UUID.randomUUID().toString(), 3).statusCode());
        assertEquals(2, count("SELECT COUNT(*) FROM feedback WHERE origin = 'KIOSK' AND origin_ref = ? AND service_id = ?"
                + " AND comment IS NULL AND age_band IS NULL AND anonymous", id, s[1]));
        assertEquals(2, count("SELECT COUNT(*) FROM kiosk_answer WHERE device_id = ? AND NOT out_of_hours", id));

        as("admin1").when().get("/api/v1/units/" + s[0] + "/kiosks").then().statusCode(200)
                .body("total", equalTo(1)).body("items[0].state", equalTo("paired"))
                .body("items[0].pairedAt", notNullValue()).body("items[0].lastAnswerAt", notNullValue())
                .body("items[0].answers", equalTo(2)).body("items[0].answersOutOfHours", equalTo(0));

        // An incomplete answer is shown again with what was chosen, nothing stored.
        String[] c = csrf();
        given().redirects().follow(false).cookie("csrf-token", c[0]).cookie(KioskPages.COOKIE, credential)
                .formParam("csrf-token", c[1]).formParam("serviceId", s[1]).formParam("idempotencyKey", UUID.randomUUID().toString())
                .formParam("U1", 2).when().post("/kiosk/answers").then().statusCode(422)
                .body(containsString("id=\"error-summary\""));
        assertEquals(2, count("SELECT COUNT(*) FROM kiosk_answer WHERE device_id = ?", id));
        // The form without its CSRF token is refused like every other form.
        given().redirects().follow(false).cookie(KioskPages.COOKIE, credential).formParam("serviceId", s[1])
                .formParam("idempotencyKey", UUID.randomUUID().toString()).formParam("U1", 2).when().post("/kiosk/answers")
                .then().statusCode(lessThan(500)).statusCode(not(equalTo(303)));
    }

    @Test
    void anExpiredPairingCodeIsRefused() throws Exception {
        long[] s = scratchOpen(this, 0, 100);
        Object[] k = kiosk("admin1", s[0]);
        sql("UPDATE kiosk SET pairing_expires_at = NOW(6) - INTERVAL 1 SECOND WHERE id = ?", k[0]);
        Response r = pair((String) k[1]);
        assertEquals(409, r.statusCode());
        assertTrue(r.asString().contains("kedaluwarsa"), "an expired code is refused kindly");
        as("admin1").when().get("/api/v1/units/" + s[0] + "/kiosks").then().statusCode(200)
                .body("items[0].state", equalTo("pending"));
    }

    @Test
    void theMinimumGapBetweenAnswersRefusesKindlyAndAResendIsStillTheSameAnswer() throws Exception {
        long[] s = scratchOpen(this, 30, 100);
        Object[] t = pairedTablet(s[0]);
        String answerId = UUID.randomUUID().toString();
        assertEquals(303, answer((String) t[1], s[1], answerId, 4).statusCode());
        Response soon = answer((String) t[1], s[1], UUID.randomUUID().toString(), 4);
        assertEquals(429, soon.statusCode());
        assertTrue(soon.asString().contains("Mohon tunggu sebentar"), "refused kindly, in the kiosk's language");
        int retry = Integer.parseInt(soon.getHeader("Retry-After"));
        assertTrue(retry > 0 && retry <= 30, "Retry-After " + retry);
        assertEquals(303, answer((String) t[1], s[1], answerId, 4).statusCode(), "a re-send meets no gap");
        assertEquals(1, count("SELECT COUNT(*) FROM kiosk_answer WHERE device_id = ?", t[0]));
    }

    @Test
    void theHourlyMaximumRefusesTheAnswerPastIt() throws Exception {
        long[] s = scratchOpen(this, 0, 2);
        Object[] t = pairedTablet(s[0]);
        assertEquals(303, answer((String) t[1], s[1], UUID.randomUUID().toString(), 4).statusCode());
        assertEquals(303, answer((String) t[1], s[1], UUID.randomUUID().toString(), 3).statusCode());
        Response full = answer((String) t[1], s[1], UUID.randomUUID().toString(), 2);
        assertEquals(429, full.statusCode());
        assertTrue(full.asString().contains("satu jam terakhir"), full.asString());
        assertEquals(2, count("SELECT COUNT(*) FROM kiosk_answer WHERE device_id = ?", t[0]));
    }

    @Test
    void anAnswerOutsideServiceHoursIsTakenAndFlagged() throws Exception {
        int hour = LocalTime.now(Period.ZONE).getHour();
        long[] s = hour >= 2 ? scratch(0, 100, "00:00:00", "01:00:00") : scratch(0, 100, "12:00:00", "13:00:00");
        Object[] t = pairedTablet(s[0]);
        assertEquals(303, answer((String) t[1], s[1], UUID.randomUUID().toString(), 4).statusCode());
        assertEquals(1, count("SELECT COUNT(*) FROM kiosk_answer WHERE device_id = ? AND out_of_hours", t[0]));
        as("admin1").when().get("/api/v1/units/" + s[0] + "/kiosks").then().statusCode(200)
                .body("items[0].answers", equalTo(1)).body("items[0].answersOutOfHours", equalTo(1));
    }

    @Test
    void aRevokedKioskIsRefusedAtOnce() throws Exception {
        long[] s = scratchOpen(this, 0, 100);
        Object[] t = pairedTablet(s[0]);
        assertEquals(303, answer((String) t[1], s[1], UUID.randomUUID().toString(), 4).statusCode());
        as("admin1").when().delete("/api/v1/kiosks/" + t[0]).then().statusCode(200).body("state", equalTo("revoked"))
                .body("revokedBy", equalTo("admin1")).body("revokedAt", notNullValue());
        assertEquals(1, count("SELECT COUNT(*) FROM audit_log WHERE action = 'kiosk-revoke' AND target_id = ? AND actor = 'admin1'",
                "" + t[0]));
        Response refused = answer((String) t[1], s[1], UUID.randomUUID().toString(), 4);
        assertEquals(303, refused.statusCode());
        assertTrue(refused.getHeader("Location").endsWith("/kiosk"), refused.getHeader("Location"));
        assertEquals(1, count("SELECT COUNT(*) FROM kiosk_answer WHERE device_id = ?", t[0]));
        given().cookie(KioskPages.COOKIE, (String) t[1]).when().get("/kiosk").then().statusCode(200)
                .body(containsString("id=\"kiosk-revoked\"")).body(containsString("name=\"pairingCode\""));
        as("admin1").when().delete("/api/v1/kiosks/" + t[0]).then().statusCode(200).body("revokedBy", equalTo("admin1"));
    }

    @Test
    void onlyTheUnitsOfficersAndItsRegencysAdminsManageItsKiosks() {
        long dukcapil = unitId("1708", "1708-DUKCAPIL");
        long dpmptsp = unitId("1708", "1708-DPMPTSP");
        long mamuju = unitId("7602", "7602-DUKCAPIL");
        Map<String, Object> other = Map.of("unitId", dpmptsp, "name", "Loket 2");

        long own = (long) kiosk("petugas.dukcapil", dukcapil)[0];
        as("petugas.dukcapil").when().get("/api/v1/units/" + dukcapil + "/kiosks").then().statusCode(200)
                .body("items.id", org.hamcrest.Matchers.hasItem((int) own));
        as("petugas.dukcapil").body(other).when().post("/api/v1/kiosks").then().statusCode(403)
                .contentType(containsString("application/problem+json"));
        as("petugas.dukcapil").when().get("/api/v1/units/" + dpmptsp + "/kiosks").then().statusCode(403);
        long theirs = (long) kiosk("admin.kepahiang", dpmptsp)[0];
        as("petugas.dukcapil").when().delete("/api/v1/kiosks/" + theirs).then().statusCode(404);
        as("admin.kepahiang").body(Map.of("unitId", mamuju, "name", "Loket 1")).when().post("/api/v1/kiosks").then()
                .statusCode(403);
        as("admin.kepahiang").when().delete("/api/v1/kiosks/" + own).then().statusCode(200);
        for (String user : List.of("warga1", "moderator1", "hr1")) {
            as(user).body(other).when().post("/api/v1/kiosks").then().statusCode(403);
            as(user).when().get("/api/v1/units/" + dpmptsp + "/kiosks").then().statusCode(403);
            as(user).when().delete("/api/v1/kiosks/" + theirs).then().statusCode(403);
        }
        given().contentType(ContentType.JSON).header("Idempotency-Key", "kiosk-" + UUID.randomUUID()).body(other)
                .when().post("/api/v1/kiosks").then().statusCode(401);
        given().when().get("/api/v1/units/" + dpmptsp + "/kiosks").then().statusCode(401);
        given().when().delete("/api/v1/kiosks/" + theirs).then().statusCode(401);
        as("admin1").when().get("/api/v1/units/" + dpmptsp + "/kiosks").then().statusCode(200)
                .body("items.find { it.id == " + theirs + " }.state", equalTo("pending"));
    }

    @Test
    void badInputIsRefusedWithFourHundredsNeverFiveHundreds() {
        long dukcapil = unitId("1708", "1708-DUKCAPIL");
        given().auth().oauth2(Tokens.of("admin1")).contentType(ContentType.JSON).body(Map.of("unitId", dukcapil, "name", "L"))
                .when().post("/api/v1/kiosks").then().statusCode(400);
        as("admin1").body(Map.of("unitId", dukcapil, "name", " ")).when().post("/api/v1/kiosks").then().statusCode(422)
                .body("errors[0].field", equalTo("name"));
        as("admin1").body(Map.of("name", "Loket")).when().post("/api/v1/kiosks").then().statusCode(422)
                .body("errors[0].field", equalTo("unitId"));
        as("admin1").body(Map.of("unitId", 987654321, "name", "Loket")).when().post("/api/v1/kiosks").then().statusCode(422);
        as("admin1").body(Map.of("unitId", dukcapil, "name", "L".repeat(101))).when().post("/api/v1/kiosks").then()
                .statusCode(422);
        as("admin1").body("{\"unitId\":\"abc\",\"name\":\"Loket\"}").when().post("/api/v1/kiosks").then().statusCode(422);
        as("admin1").body("{not json").when().post("/api/v1/kiosks").then().statusCode(400);
        as("admin1").when().get("/api/v1/units/987654321/kiosks").then().statusCode(404);
        as("admin1").when().get("/api/v1/units/" + dukcapil + "/kiosks?size=100000&page=-3").then().statusCode(lessThan(500));
        as("admin1").when().delete("/api/v1/kiosks/987654321").then().statusCode(404);
        as("admin1").when().delete("/api/v1/kiosks/abc").then().statusCode(404);
        assertEquals(422, pair("<script>alert(1)</script>").statusCode());
        Response huge = pair("A".repeat(5000));
        assertTrue(huge.statusCode() >= 400 && huge.statusCode() < 500, "" + huge.statusCode());
        assertTrue(!huge.asString().contains("<script>alert(1)"));
        Response junk = answer("not-a-credential", 987654321, "x", 9);
        assertEquals(303, junk.statusCode(), "an unpaired tablet is sent to the pairing page");
    }

    private void sql(String sql, Object... params) throws Exception {
        sql(ds, sql, params);
    }

    private static void sql(DataSource ds, String sql, Object... params) throws Exception {
        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            ps.executeUpdate();
        }
    }

    private long count(String sql, Object... params) throws Exception {
        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
