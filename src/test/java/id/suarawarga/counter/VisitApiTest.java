package id.suarawarga.counter;

import static id.suarawarga.counter.PaperApiTest.as;
import static id.suarawarga.counter.PaperApiTest.newService;
import static id.suarawarga.counter.PaperApiTest.unitId;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.suarawarga.devsupport.Tokens;
import id.suarawarga.feedback.skm.Period;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Visit codes through the API with real Keycloak tokens and the real database: who creates codes for which service
 * (officer, queue machine, admin, each in their scope), a person with no account answering once, the code as the
 * idempotency key, used/expired/unknown codes, 50 parallel sends of one code, and the guessing throttle.
 */
@QuarkusTest
class VisitApiTest {

    static final String MACHINE = "suarawarga-counter-demo";
    static final String MACHINE_SECRET = "suarawarga-counter-demo-secret";

    @Inject
    DataSource ds;

    @Inject
    VisitGuesses guesses;

    @AfterEach
    void forgetGuesses() {
        guesses.forget();
        guesses.limit(ConfigProvider.getConfig().getValue("suarawarga.visits.unknown-per-minute", Integer.class));
    }

    static Map<String, Object> survey(int score, String comment) {
        Map<String, Object> answers = new LinkedHashMap<>();
        for (int i = 1; i <= 9; i++) {
            answers.put("U" + i, score);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("answers", answers);
        if (comment != null) {
            body.put("comment", comment);
        }
        return body;
    }

    static String newCode(String user, long service) {
        return as(user).when().post("/api/v1/services/" + service + "/visits").then().statusCode(201)
                .extract().path("code");
    }

    static Response answer(String code, Map<String, Object> body) {
        return given().contentType(ContentType.JSON).body(body).when().post("/api/v1/visits/" + code + "/survey");
    }

    static long visitCount(long service) {
        String period = Period.containing(LocalDate.now(Period.ZONE), Period.Kind.YEAR).toString();
        return given().when().get("/api/v1/services/" + service + "/ikm?period=" + period).then().statusCode(200)
                .extract().jsonPath().getLong("byOrigin.visit");
    }

    @Test
    void theUnitsOfficersItsQueueMachineAndTheRegionsAdminsCreateCodesNobodyElse() {
        long own = newService(unitId("1708-DUKCAPIL"));
        long other = newService(unitId("1708-DPMPTSP"));
        for (String user : List.of("warga1", "moderator1", "hr1")) {
            as(user).when().post("/api/v1/services/" + own + "/visits").then().statusCode(403);
            as(user).body(Map.of("count", 2)).when().post("/api/v1/services/" + own + "/visit-batches").then().statusCode(403);
        }
        given().contentType(ContentType.JSON).when().post("/api/v1/services/" + own + "/visits").then().statusCode(401);
        // the officer of DUKCAPIL: its services yes, DPMPTSP's no
        as("petugas.dukcapil").when().post("/api/v1/services/" + own + "/visits").then().statusCode(201)
                .body("code", matchesPattern("[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{5}"))
                .body("url", startsWith("http")).body("qrSvgUrl", startsWith("/v/")).body("expiresAt", notNullValue());
        as("petugas.dukcapil").when().post("/api/v1/services/" + other + "/visits").then().statusCode(403)
                .contentType("application/problem+json");
        // the queue machine of DUKCAPIL, by the client-credentials grant
        String machine = Tokens.ofClient(MACHINE, MACHINE_SECRET);
        given().auth().oauth2(machine).contentType(ContentType.JSON).body(Map.of("expiresInDays", 1))
                .when().post("/api/v1/services/" + own + "/visits").then().statusCode(201);
        given().auth().oauth2(machine).contentType(ContentType.JSON).body(Map.of())
                .when().post("/api/v1/services/" + other + "/visits").then().statusCode(403);
        // a machine creates codes, it reads nobody's feedback
        given().auth().oauth2(machine).when().get("/api/v1/units/" + unitId("1708-DUKCAPIL") + "/feedback")
                .then().statusCode(403);
        // Kepahiang's admin: any Kepahiang service; Mamuju's are not theirs
        as("admin.kepahiang").when().post("/api/v1/services/" + other + "/visits").then().statusCode(201);
        long mamuju = given().when().get("/api/v1/regions/7602/units?size=100").then().statusCode(200)
                .extract().jsonPath().getLong("items.find { it.code == '7602-DUKCAPIL' }.id");
        long mamujuService = given().when().get("/api/v1/units/" + mamuju + "/services?size=1").then().statusCode(200)
                .extract().jsonPath().getLong("items[0].id");
        as("admin.kepahiang").when().post("/api/v1/services/" + mamujuService + "/visits").then().statusCode(403);
        as("admin1").when().post("/api/v1/services/" + mamujuService + "/visits").then().statusCode(201);
        as("admin1").when().post("/api/v1/services/987654321/visits").then().statusCode(404);
    }

    @Test
    void aPersonWithoutAnAccountAnswersOnceAndAReSendIsTheSameAnswer() throws Exception {
        long service = newService(unitId("1708-DUKCAPIL"));
        long sibling = newService(unitId("1708-DUKCAPIL"));
        String code = newCode("petugas.dukcapil", service);
        given().when().get("/api/v1/visits/" + code).then().statusCode(200)
                .body("status", equalTo("open")).body("service.id", equalTo((int) service))
                .body("unit.code", equalTo("1708-DUKCAPIL")).body("expiresAt", notNullValue());
        // typed sloppily: lower case, no dashes, O for 0 and l for 1 are the same code
        String sloppy = code.replace("-", "").toLowerCase().replace('0', 'o').replace('1', 'l');
        given().when().get("/api/v1/visits/" + sloppy).then().statusCode(200);

        // answers the questionnaire refuses do not use the code up
        Map<String, Object> incomplete = survey(4, null);
        ((Map<?, ?>) incomplete.get("answers")).remove("U9");
        answer(code, incomplete).then().statusCode(422).contentType("application/problem+json")
                .body("errors.field", hasItem("answers.U9"));

        Map<String, Object> body = survey(4, "Cepat dan ramah");
        long id = answer(code, body).then().statusCode(201).extract().jsonPath().getLong("id");
        given().when().get("/api/v1/visits/" + code).then().statusCode(200).body("status", equalTo("used"));
        // the answer was lost on the way back: the same body again is the same answer
        Response again = answer(code, body);
        again.then().statusCode(201).header("Idempotent-Replayed", "true");
        assertEquals(id, again.jsonPath().getLong("id"));
        // anything else with a used code is refused
        answer(code, survey(1, "lagi")).then().statusCode(409).contentType("application/problem+json")
                .body("type", equalTo("urn:suarawarga:problem:visit-used"));
        given().header("Accept-Language", "en").contentType(ContentType.JSON).body(survey(2, null))
                .when().post("/api/v1/visits/" + code + "/survey").then().statusCode(409)
                .body("detail", equalTo("This visit code has already been used to answer the survey. Each code works once."));

        assertEquals(1, visitCount(service));
        assertEquals(0, visitCount(sibling), "a code answers its own service only");
        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement(
                "SELECT f.origin, f.origin_ref, f.service_id, f.author_sub, f.author_username, f.anonymous, v.id, "
                        + "v.used_client FROM feedback f JOIN visit v ON v.id = f.origin_ref WHERE f.id = ?")) {
            ps.setLong(1, id);
            try (ResultSet r = ps.executeQuery()) {
                assertTrue(r.next());
                assertEquals("VISIT", r.getString(1));
                assertEquals(service, r.getLong(3));
                assertEquals("visit:" + r.getLong(7), r.getString(4));
                assertNull(r.getString(5), "no account, no username");
                assertTrue(r.getBoolean(6));
                assertEquals(16, r.getString(8).length(), "a hash of the client, not its address");
            }
        }
    }

    @Test
    void usedExpiredAndUnknownCodesGetTheirOwnProblems() throws Exception {
        long service = newService(unitId("1708-DUKCAPIL"));
        String code = newCode("petugas.dukcapil", service);
        try (Connection c = ds.getConnection();
                PreparedStatement ps = c.prepareStatement("UPDATE visit SET expires_at = NOW(6) - INTERVAL 1 MINUTE WHERE code = ?")) {
            ps.setString(1, code.replace("-", ""));
            assertEquals(1, ps.executeUpdate());
        }
        given().when().get("/api/v1/visits/" + code).then().statusCode(200).body("status", equalTo("expired"));
        answer(code, survey(3, null)).then().statusCode(410).contentType("application/problem+json")
                .body("type", equalTo("urn:suarawarga:problem:visit-expired"));
        // one character changed: the check character catches it before any lookup
        String wrong = (code.charAt(0) == 'A' ? "B" : "A") + code.substring(1);
        answer(wrong, survey(3, null)).then().statusCode(404).body("type", equalTo("urn:suarawarga:problem:visit-unknown"));
        given().when().get("/api/v1/visits/" + wrong).then().statusCode(404)
                .body("type", equalTo("urn:suarawarga:problem:visit-unknown"));
        for (String junk : List.of("x", "%3Cscript%3E", "A".repeat(39), "0000-0000-00000")) {
            int status = given().when().get("/api/v1/visits/" + junk).then().extract().statusCode();
            assertEquals(404, status, junk);
        }
        as("petugas.dukcapil").body(Map.of("expiresInDays", 0)).when().post("/api/v1/services/" + service + "/visits")
                .then().statusCode(422).body("errors.field", hasItem("expiresInDays"));
        as("petugas.dukcapil").body(Map.of("expiresInDays", "x")).when().post("/api/v1/services/" + service + "/visits")
                .then().statusCode(422).contentType("application/problem+json");
    }

    @Test
    void fiftyParallelSendsOfOneCodeCountOnce() throws Exception {
        long service = newService(unitId("1708-DUKCAPIL"));
        String same = newCode("petugas.dukcapil", service);
        String different = newCode("petugas.dukcapil", service);
        ExecutorService pool = Executors.newFixedThreadPool(50);
        try {
            // 50 phones re-sending one answer: one stores it, the others get it back
            List<Future<Response>> sends = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                sends.add(pool.submit((Callable<Response>) () -> answer(same, survey(4, null))));
            }
            Set<Long> ids = new HashSet<>();
            int replayed = 0;
            for (Future<Response> f : sends) {
                Response r = f.get();
                assertEquals(201, r.statusCode(), r.asString());
                ids.add(r.jsonPath().getLong("id"));
                replayed += "true".equals(r.header("Idempotent-Replayed")) ? 1 : 0;
            }
            assertEquals(1, ids.size());
            assertEquals(49, replayed);
            // 50 different answers with one code: one is counted, 49 are told it is used
            List<Future<Response>> others = new ArrayList<>();
            for (int i = 0; i < 50; i++) {
                int n = i;
                others.add(pool.submit((Callable<Response>) () -> answer(different, survey(1 + n % 4, "jawaban " + n))));
            }
            int created = 0;
            int used = 0;
            for (Future<Response> f : others) {
                int status = f.get().statusCode();
                created += status == 201 ? 1 : 0;
                used += status == 409 ? 1 : 0;
            }
            assertEquals(1, created);
            assertEquals(49, used);
        } finally {
            pool.shutdownNow();
        }
        assertEquals(2, visitCount(service));
    }

    @Test
    void aBatchPrintsNumberedSlipsWithDistinctCodes() {
        long service = newService(unitId("1708-DUKCAPIL"));
        Response r = as("petugas.dukcapil").body(Map.of("count", 12)).when()
                .post("/api/v1/services/" + service + "/visit-batches");
        r.then().statusCode(201).body("codes", hasSize(12)).body("printUrl", startsWith("/officer/visits/batches/"));
        List<String> codes = r.jsonPath().getList("codes");
        assertEquals(12, new HashSet<>(codes).size());
        answer(codes.get(3), survey(3, null)).then().statusCode(201);
        for (Object bad : List.of(0, 501, -1)) {
            as("petugas.dukcapil").body(Map.of("count", bad)).when().post("/api/v1/services/" + service + "/visit-batches")
                    .then().statusCode(422).body("errors.field", hasItem("count"));
        }
        as("petugas.dukcapil").body(Map.of()).when().post("/api/v1/services/" + service + "/visit-batches")
                .then().statusCode(422);
    }

    @Test
    void guessingIsThrottledPerClient() {
        long service = newService(unitId("1708-DUKCAPIL"));
        String real = newCode("petugas.dukcapil", service);
        guesses.limit(20);
        guesses.forget();
        int throttledAt = -1;
        for (int i = 0; i < 30 && throttledAt < 0; i++) {
            String guess = io.restassured.RestAssured.given().when().get("/api/v1/visits/" + fakeCode(i)).then()
                    .extract().statusCode() == 429 ? "429" : "";
            if (!guess.isEmpty()) {
                throttledAt = i;
            }
        }
        assertEquals(20, throttledAt, "20 unknown codes a minute, then 429");
        given().when().get("/api/v1/visits/" + fakeCode(99)).then().statusCode(429)
                .header("Retry-After", notNullValue()).body("type", equalTo("urn:suarawarga:problem:rate-limited"));
        // while throttled even a real code waits (else the throttle would not slow a guesser)
        answer(real, survey(4, null)).then().statusCode(429);
        guesses.forget();
        answer(real, survey(4, null)).then().statusCode(201);
        assertNotEquals(-1, throttledAt);
    }

    @Test
    void theDemoHasAnsweredAndOpenCodes() {
        // the open demo codes of R__demo_visits.sql carry check characters VisitCodes accepts
        for (String code : List.of("9CH7GXBP7D7BZ", "WXRD8DHTWJ7J2", "HXXPX02YTEKPR")) {
            given().when().get("/api/v1/visits/" + code).then().statusCode(200)
                    .body("service.code", equalTo("1708-DUKCAPIL-PINDAH-DATANG"));
        }
        given().when().get("/api/v1/visits/M7W0K2CJWFMQX").then().statusCode(200).body("status", equalTo("used"));
        long unit = given().when().get("/api/v1/regions/9901/units?size=100").then().statusCode(200)
                .extract().jsonPath().getLong("items.find { it.code == '9901-DPMPTSP' }.id");
        long nib = given().when().get("/api/v1/units/" + unit + "/services?size=100").then().statusCode(200)
                .extract().jsonPath().getLong("items.find { it.code == '9901-DPMPTSP-NIB' }.id");
        assertTrue(visitCount(nib) >= 6, "the demo's six answers by visit code");
    }

    /** A well-formed code (its check character right) that was never issued. */
    static String fakeCode(int i) {
        String payload = String.format("ZZZZ%08d", i).replace('I', '1');
        return payload + VisitCodes.check(payload);
    }
}
