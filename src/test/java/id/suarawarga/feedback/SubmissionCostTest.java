package id.suarawarga.feedback;

import static id.suarawarga.feedback.FeedbackFixtures.answers;
import static id.suarawarga.feedback.FeedbackFixtures.key;
import static id.suarawarga.feedback.FeedbackFixtures.serviceId;
import static id.suarawarga.feedback.FeedbackFixtures.survey;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.suarawarga.devsupport.RoundTrips;
import id.suarawarga.devsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * What one survey submission costs the database: every command the driver sends (statements, commit,
 * {@code SET autocommit}), counted by {@link RoundTrips}. docs/benchmarks.md §1 quotes the figure; the raw JDBC
 * ceiling of the benchmark sends three per submission (two inserts and a commit).
 */
@QuarkusTest
class SubmissionCostTest {

    /**
     * SELECT deleted_account (a token of a deleted account is refused: privacy/DeletedAccounts), SET autocommit=0,
     * INSERT feedback, INSERT idempotency_record, COMMIT, SET autocommit=1.
     */
    static final int MAX_ROUND_TRIPS = 6;

    @Test
    void aSubmissionCostsSixRoundTripsOnceItsCataloguesAreCached() {
        List<Long> services = List.of(serviceId("1708", "1708-DUKCAPIL", 0), serviceId("1708", "1708-DUKCAPIL", 1),
                serviceId("1708", "1708-DUKCAPIL", 2));
        // A first citizen's submissions fill the caches (the region's questionnaire, each service's unit and
        // region), as the many citizens before do on a busy portal; the second citizen's are counted.
        String first = Tokens.of(Tokens.newCitizen("cost"));
        services.forEach(service -> submit(first, service));
        String second = Tokens.of(Tokens.newCitizen("cost"));
        int fewest = Integer.MAX_VALUE;
        List<String> sent = List.of();
        for (long service : services) {
            RoundTrips.start();
            submit(second, service);
            List<String> now = RoundTrips.stop();
            if (now.size() < fewest) {
                fewest = now.size();
                sent = now;
            }
        }
        System.out.println("round trips of one survey submission: " + fewest);
        sent.forEach(s -> System.out.println("  " + s));
        assertTrue(fewest > 0, "no command recorded: is devsupport.RoundTrips the driver's queryInterceptors?");
        assertTrue(fewest <= MAX_ROUND_TRIPS, fewest + " round trips: " + sent);
    }

    private static void submit(String token, long service) {
        given().auth().oauth2(token).contentType(ContentType.JSON).header("Idempotency-Key", key())
                .body(survey(answers(4, 3, 3, 4, 2, 3, 4, 3, 4), null, false))
                .when().post("/api/v1/services/" + service + "/surveys").then().statusCode(201);
    }
}
