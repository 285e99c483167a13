package id.suarawarga.feedback;

import static id.suarawarga.feedback.FeedbackFixtures.answers;
import static id.suarawarga.feedback.FeedbackFixtures.key;
import static id.suarawarga.feedback.FeedbackFixtures.serviceId;
import static id.suarawarga.feedback.FeedbackFixtures.survey;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;

import id.suarawarga.devsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Submitting the SKM questionnaire: who may, what is accepted, and that retries count once. */
@QuarkusTest
class SurveySubmissionTest {

    private static Response post(String user, long service, String key, Object body) {
        var spec = given().auth().oauth2(Tokens.of(user)).contentType(ContentType.JSON).body(body);
        if (key != null) {
            spec = spec.header("Idempotency-Key", key);
        }
        return spec.when().post("/api/v1/services/" + service + "/surveys");
    }

    @Test
    void questionnaireHasTheNineElementsByCodeInBothLanguages() {
        long service = serviceId("1708", "1708-DUKCAPIL", 0);
        given().when().get("/api/v1/services/" + service + "/questionnaire")
                .then().statusCode(200)
                .body("elements.code", equalTo(List.of("U1", "U2", "U3", "U4", "U5", "U6", "U7", "U8", "U9")))
                .body("elements[0].label", equalTo("Persyaratan"))
                .body("elements[6].label", equalTo("Perilaku Pelaksana"));
        given().header("Accept-Language", "en").when().get("/api/v1/services/" + service + "/questionnaire")
                .then().statusCode(200).body("elements[0].label", equalTo("Requirements"));
    }

    @Test
    void onlyCitizensSubmitAndTheKeyIsRequired() {
        long service = serviceId("7602", "7602-DUKCAPIL", 0);
        Map<String, Object> body = survey(answers(4), null, false);
        given().contentType(ContentType.JSON).header("Idempotency-Key", key()).body(body)
                .when().post("/api/v1/services/" + service + "/surveys").then().statusCode(401);
        post("hr1", service, key(), body).then().statusCode(403);
        post("petugas.dukcapil", service, key(), body).then().statusCode(403);
        post("warga1", service, null, body).then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("Idempotency-Key"));
        post("warga1", service, "short", body).then().statusCode(400);
    }

    @Test
    void aRetryWithTheSameKeyGetsTheSameAnswerAndADifferentBodyIsRefused() {
        long service = serviceId("7602", "7602-DUKCAPIL", 1);
        String k = key();
        Map<String, Object> body = survey(answers(4, 3, 3, 4, 4, 3, 4, 2, 3), "Antrean cepat.", false);
        int id = post("warga1", service, k, body).then().statusCode(201).extract().path("id");
        post("warga1", service, k, body).then().statusCode(201).body("id", equalTo(id))
                .header("Idempotent-Replayed", "true");
        post("warga1", service, k, survey(answers(1), "lain", false)).then().statusCode(422)
                .body("type", equalTo("urn:suarawarga:problem:idempotency-key-reused"));
        // A new key for the same service on the same day: the one-per-day rule.
        post("warga1", service, key(), body).then().statusCode(409)
                .body("type", equalTo("urn:suarawarga:problem:already-submitted"))
                .body("detail", containsString("hari ini"));
        // Another citizen may, of course.
        post("warga2", service, key(), body).then().statusCode(201);
    }

    @jakarta.inject.Inject
    javax.sql.DataSource dataSource;

    @Test
    void aRetryWhileTheFirstIsStillRunningGets409InProgress() throws Exception {
        long service = serviceId("7602", "7602-DPMPTSP", 0);
        String k = key();
        String sub = given().auth().oauth2(Tokens.of("warga2")).when().get("/api/v1/me").then().extract().path("subject");
        // Stand in for a first request that has claimed the key and not yet committed.
        try (java.sql.Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (java.sql.PreparedStatement ps = c.prepareStatement("""
                    INSERT INTO idempotency_record (principal, idem_key, scope, request_hash, state)
                    VALUES (?, ?, 'POST test', REPEAT('0', 64), 'IN_PROGRESS')""")) {
                ps.setString(1, sub);
                ps.setString(2, k);
                ps.executeUpdate();
            }
            post("warga2", service, k, survey(answers(4), null, false)).then().statusCode(409)
                    .body("type", equalTo("urn:suarawarga:problem:in-progress"));
            c.rollback();
        }
        // The first one never finished: the retry now does the work.
        post("warga2", service, k, survey(answers(4), null, false)).then().statusCode(201);
    }

    @Test
    void badInputIsRefusedWithTheOffendingFieldsAndNever5xx() {
        long service = serviceId("7602", "7602-DUKCAPIL", 2);
        // The demo may hold answers here already (a paper batch on Kartu Keluarga): none of the below adds to them.
        int before = given().when().get("/api/v1/services/" + service + "/ikm").then().statusCode(200)
                .extract().path("respondents");
        Map<String, Object> missing = answers(4);
        missing.remove("U7");
        Map<String, Object> zero = answers(4);
        zero.put("U1", 0);
        Map<String, Object> five = answers(4);
        five.put("U5", 5);
        Map<String, Object> text = answers(4);
        text.put("U2", "4");
        Map<String, Object> fraction = answers(4);
        fraction.put("U3", 3.5);
        Map<String, Object> unknown = answers(4);
        unknown.put("U10", 4);
        Map<String, Object> cases = new HashMap<>();
        cases.put("answers.U7", survey(missing, null, false));
        cases.put("answers.U1", survey(zero, null, false));
        cases.put("answers.U5", survey(five, null, false));
        cases.put("answers.U2", survey(text, null, false));
        cases.put("answers.U3", survey(fraction, null, false));
        cases.put("answers.U10", survey(unknown, null, false));
        cases.put("comment", survey(answers(4), "x".repeat(2001), false));
        cases.put("profile.gender", Map.of("answers", answers(4), "profile", Map.of("gender", "<script>")));
        cases.put("answers", Map.of("comment", "no answers"));
        cases.forEach((field, body) -> post("warga2", service, key(), body).then()
                .statusCode(422).contentType("application/problem+json").body("errors.field", hasItem(field)));

        for (String raw : List.of("{\"answers\":", "[]", "\"text\"", "{\"answers\":{\"U1\":[1]}}")) {
            int status = given().auth().oauth2(Tokens.of("warga2")).contentType(ContentType.JSON)
                    .header("Idempotency-Key", key()).body(raw)
                    .when().post("/api/v1/services/" + service + "/surveys").then().extract().statusCode();
            assertEquals(4, status / 100, raw + " -> " + status);
        }
        // Over 64 KB: refused before it is read.
        int status = given().auth().oauth2(Tokens.of("warga2")).contentType(ContentType.JSON).header("Idempotency-Key", key())
                .body("{\"comment\":\"" + "a".repeat(70_000) + "\"}")
                .when().post("/api/v1/services/" + service + "/surveys").then().extract().statusCode();
        assertEquals(413, status);
        post("warga2", 987654321L, key(), survey(answers(4), null, false)).then().statusCode(404);
        // None of that counted.
        given().when().get("/api/v1/services/" + service + "/ikm").then().statusCode(200).body("respondents", equalTo(before));
    }

    @Test
    void markupInACommentIsStoredAsTyped() {
        long service = serviceId("7602", "7602-DUKCAPIL", 3);
        String comment = "<script>alert('x')</script> <img src=x onerror=alert(1)> Pelayanan \"baik\" & cepat 👍";
        post("warga2", service, key(), survey(answers(3), comment, false)).then().statusCode(201);
        given().auth().oauth2(Tokens.of("warga2")).when().get("/api/v1/me/feedback?size=100")
                .then().statusCode(200)
                .body("items.comment", hasItem(comment));
    }

    @Test
    void fiftyParallelRetriesWithOneKeyMakeExactlyOneRow() throws Exception {
        long service = serviceId("9901", "9901-DUKCAPIL", 0);
        String k = key();
        Map<String, Object> body = survey(answers(3), null, false);
        String token = Tokens.of("warga1");
        List<Integer> statuses = parallel(50, i -> given().auth().oauth2(token).contentType(ContentType.JSON)
                .header("Idempotency-Key", k).body(body)
                .when().post("/api/v1/services/" + service + "/surveys").then().extract().statusCode());
        assertEquals(0, statuses.stream().filter(s -> s != 201 && s != 409).count(), statuses.toString());
        given().when().get("/api/v1/services/" + service + "/ikm").then().statusCode(200).body("respondents", equalTo(1));
        // Once done, every retry gets the original answer.
        post("warga1", service, k, body).then().statusCode(201);
    }

    @Test
    void fiftyParallelSubmissionsWithDifferentKeysCountOnce() throws Exception {
        long service = serviceId("9901", "9901-DUKCAPIL", 1);
        Map<String, Object> body = survey(answers(2), null, false);
        String token = Tokens.of("warga2");
        List<Integer> statuses = parallel(50, i -> given().auth().oauth2(token).contentType(ContentType.JSON)
                .header("Idempotency-Key", key()).body(body)
                .when().post("/api/v1/services/" + service + "/surveys").then().extract().statusCode());
        assertEquals(1, statuses.stream().filter(s -> s == 201).count(), statuses.toString());
        assertEquals(49, statuses.stream().filter(s -> s == 409).count(), statuses.toString());
        given().when().get("/api/v1/services/" + service + "/ikm").then().statusCode(200).body("respondents", equalTo(1));
    }

    interface Call {
        int run(int i) throws Exception;
    }

    static List<Integer> parallel(int n, Call call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            List<Future<Integer>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int index = i;
                futures.add(pool.submit((Callable<Integer>) () -> call.run(index)));
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : futures) {
                statuses.add(f.get());
            }
            return statuses;
        } finally {
            pool.shutdownNow();
        }
    }
}
