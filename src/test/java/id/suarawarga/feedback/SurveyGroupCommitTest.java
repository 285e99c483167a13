package id.suarawarga.feedback;

import static id.suarawarga.feedback.FeedbackFixtures.answers;
import static id.suarawarga.feedback.FeedbackFixtures.key;
import static id.suarawarga.feedback.FeedbackFixtures.survey;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.suarawarga.devsupport.Tokens;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The survey group commit (SurveyGroupCommit, ADR 0013): questionnaires arriving together are stored in one
 * transaction, each still answered with its own id and replayed by its own key; a batch that fails sends every
 * request back to the ordinary path, so the one-per-day rule and the idempotency rules hold exactly as before.
 * A batch is made certain, not hoped for: the test holds a row lock that the first request's batch waits on while
 * the others queue behind it.
 */
@QuarkusTest
class SurveyGroupCommitTest {

    @Inject
    SurveyGroupCommit groupCommit;

    @Inject
    AgroalDataSource dataSource;

    private String citizen;
    private String token;
    private String subject;
    private List<Long> services;

    @BeforeEach
    void freshCitizenAndServices() {
        citizen = Tokens.newCitizen("group");
        token = Tokens.of(citizen);
        subject = given().auth().oauth2(token).when().get("/api/v1/me").then().statusCode(200).extract().path("subject");
        String admin = Tokens.of("admin1");
        String region = "G" + (System.nanoTime() % 100_000_000L);
        given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("code", region, "name", "Kota Grup", "type", "KOTA", "province", "Bengkulu"))
                .when().post("/api/v1/regions").then().statusCode(201);
        int unit = given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("code", region + "-U", "name", "Dinas Grup", "type", "DINAS", "regionCode", region))
                .when().post("/api/v1/units").then().statusCode(201).extract().path("id");
        services = new ArrayList<>();
        for (int i = 0; i < 21; i++) {
            int id = given().auth().oauth2(admin).contentType(ContentType.JSON)
                    .body(Map.of("code", region + "-S" + i, "name", "Layanan " + i, "unitId", unit))
                    .when().post("/api/v1/services").then().statusCode(201).extract().path("id");
            services.add((long) id);
        }
    }

    @Test
    void questionnairesArrivingTogetherShareATransactionAndEachKeepsItsOwnAnswer() throws Exception {
        SurveyGroupCommit.Counts before = groupCommit.counts();
        List<String> keys = new ArrayList<>();
        for (int i = 0; i < services.size(); i++) {
            keys.add(key());
        }
        List<ExtractableResponse<Response>> answers = whileTheFirstBatchWaits(keys.get(0), pool -> {
            List<Future<ExtractableResponse<Response>>> futures = new ArrayList<>();
            for (int i = 0; i < services.size(); i++) {
                int index = i;
                futures.add(pool.submit(() -> post(services.get(index), keys.get(index), 3)));
                if (i == 0) {
                    Thread.sleep(300); // the first one's batch is now waiting on the held lock
                }
            }
            return futures;
        });

        Set<Long> ids = new HashSet<>();
        for (int i = 0; i < answers.size(); i++) {
            assertEquals(201, answers.get(i).statusCode(), answers.get(i).body().asString());
            ids.add(answers.get(i).jsonPath().getLong("id"));
        }
        assertEquals(services.size(), ids.size(), "every questionnaire has its own id");
        assertEquals(services.size(), stored(ids), "every id is a stored row of this citizen");
        SurveyGroupCommit.Counts after = groupCommit.counts();
        assertEquals(services.size(), after.questionnaires() - before.questionnaires(), 0.0);
        assertEquals(0, after.sentBack() - before.sentBack(), 0.0);
        double transactions = after.commits() - before.commits();
        assertTrue(transactions < services.size() / 2.0,
                services.size() + " questionnaires took " + transactions + " transactions: they were not grouped");
        // Each key still replays its own answer, from the record the group wrote.
        for (int i = 0; i < services.size(); i += 5) {
            ExtractableResponse<Response> replay = post(services.get(i), keys.get(i), 3);
            assertEquals(201, replay.statusCode());
            assertEquals("true", replay.header("Idempotent-Replayed"));
            assertEquals(answers.get(i).jsonPath().getLong("id"), replay.jsonPath().getLong("id"));
            assertEquals(422, post(services.get(i), keys.get(i), 2).statusCode(), "same key, other body");
        }
    }

    @Test
    void aBatchThatFailsSendsEveryoneBackAndTheOneADayRuleStillHolds() throws Exception {
        double sentBack = groupCommit.counts().sentBack();
        long twice = services.get(1);
        String held = key();
        List<ExtractableResponse<Response>> answers = whileTheFirstBatchWaits(held, pool -> {
            List<Future<ExtractableResponse<Response>>> futures = new ArrayList<>();
            futures.add(pool.submit(() -> post(services.get(0), held, 4)));
            Thread.sleep(300);
            // Queued together behind it: five answers for one service (different keys), ten for others.
            for (int i = 0; i < 5; i++) {
                futures.add(pool.submit(() -> post(twice, key(), 4)));
            }
            for (int i = 2; i < 12; i++) {
                long s = services.get(i);
                futures.add(pool.submit(() -> post(s, key(), 4)));
            }
            return futures;
        });
        List<Integer> forTwice = answers.subList(1, 6).stream().map(ExtractableResponse::statusCode).toList();
        assertEquals(1, forTwice.stream().filter(s -> s == 201).count(), forTwice.toString());
        assertEquals(4, forTwice.stream().filter(s -> s == 409).count(), forTwice.toString());
        for (ExtractableResponse<Response> r : answers.subList(6, answers.size())) {
            assertEquals(201, r.statusCode(), r.body().asString());
        }
        assertTrue(groupCommit.counts().sentBack() - sentBack >= 4,
                "the batch holding the duplicates was sent back to the ordinary path");
        assertEquals(1, given().when().get("/api/v1/services/" + twice + "/ikm").then().statusCode(200)
                .extract().<Integer>path("respondents"));
    }

    interface Requests {
        List<Future<ExtractableResponse<Response>>> send(ExecutorService pool) throws Exception;
    }

    /**
     * Holds the lock of an uncommitted idempotency record under {@code heldKey} (as a request still running would)
     * for a second while {@code requests} are sent: a batch holding {@code heldKey} waits on it, and everything
     * sent meanwhile queues for the next batch. Then lets go and collects the answers.
     */
    private List<ExtractableResponse<Response>> whileTheFirstBatchWaits(String heldKey, Requests requests) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(24);
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement("""
                    INSERT INTO idempotency_record (principal, idem_key, scope, request_hash, state)
                    VALUES (?, ?, 'POST held by the test', REPEAT('0', 64), 'IN_PROGRESS')""")) {
                ps.setString(1, subject);
                ps.setString(2, heldKey);
                ps.executeUpdate();
            }
            List<Future<ExtractableResponse<Response>>> futures;
            try {
                futures = requests.send(pool);
                Thread.sleep(1000);
            } finally {
                c.rollback();
                c.setAutoCommit(true);
            }
            List<ExtractableResponse<Response>> answers = new ArrayList<>();
            for (Future<ExtractableResponse<Response>> f : futures) {
                answers.add(f.get());
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }

    private ExtractableResponse<Response> post(long service, String key, int score) {
        var spec = given().auth().oauth2(token).contentType(ContentType.JSON).body(survey(answers(score), null, false));
        return spec.header("Idempotency-Key", key).when()
                .post("/api/v1/services/" + service + "/surveys").then().extract();
    }

    private int stored(Set<Long> ids) throws Exception {
        int n = 0;
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("SELECT author_sub, kind FROM feedback WHERE id = ?")) {
            for (long id : ids) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    if (rs.next() && subject.equals(rs.getString(1)) && "SURVEY".equals(rs.getString(2))) {
                        n++;
                    }
                }
            }
        }
        return n;
    }
}
