package id.suarawarga.feedback;

import static id.suarawarga.feedback.FeedbackFixtures.answers;
import static id.suarawarga.feedback.FeedbackFixtures.key;
import static id.suarawarga.feedback.FeedbackFixtures.survey;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.suarawarga.devsupport.Tokens;
import id.suarawarga.feedback.FeedbackViews.SurveyForm;
import id.suarawarga.feedback.skm.Period;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * Every stored questionnaire carries its origin; the IKM counts respondents per origin, the same before and after
 * the daily roll-up, and a late answer on a closed day (a paper sheet) is counted once its days are refreshed.
 */
@QuarkusTest
class OriginCountsTest {

    @Inject
    FeedbackService feedback;

    @Inject
    DailyTotals dailyTotals;

    @Inject
    DataSource dataSource;

    @Test
    void theIkmCountsEachOriginAndTheChannelsBindOneAnswerEach() throws Exception {
        String admin = Tokens.of("admin1");
        String code = "O" + (System.nanoTime() % 100_000_000L);
        given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("code", code, "name", "Kota Asal", "type", "KOTA", "province", "Bengkulu"))
                .when().post("/api/v1/regions").then().statusCode(201);
        int unit = given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("code", code + "-U", "name", "Dinas Asal", "type", "DINAS", "regionCode", code))
                .when().post("/api/v1/units").then().statusCode(201).extract().path("id");
        int service = given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("code", code + "-S", "name", "Layanan Asal", "unitId", unit))
                .when().post("/api/v1/services").then().statusCode(201).extract().path("id");
        given().auth().oauth2(Tokens.of("warga1")).contentType(ContentType.JSON).header("Idempotency-Key", key())
                .body(survey(answers(4), null, false))
                .when().post("/api/v1/services/" + service + "/surveys").then().statusCode(201);

        // Every day open again, so that a sheet of two days ago is read from feedback until the roll-up below
        try (Connection c = dataSource.getConnection()) {
            c.createStatement().executeUpdate("UPDATE feedback_rollup SET complete_before = '2000-01-01' WHERE id = 1");
        }
        long ref = System.nanoTime() % 1_000_000_000L;
        LocalDate today = LocalDate.now(Period.ZONE);
        SurveyForm form = new SurveyForm(Map.of("U1", 3, "U2", 3, "U3", 3, "U4", 3, "U5", 3, "U6", 3, "U7", 3,
                "U8", 3, "U9", 3), null, "Antrean cepat", null);
        Optional<Long> visit = store(service, form, Respondent.visit(ref));
        assertTrue(visit.isPresent());
        assertEquals(Optional.empty(), store(service, form, Respondent.visit(ref)), "a visit code answers once");
        assertEquals(visit, feedback.surveyOf(service, Respondent.visit(ref)));
        assertTrue(store(service, form, Respondent.kiosk(ref, "a-1")).isPresent());
        assertTrue(store(service, form, Respondent.kiosk(ref, "a-2")).isPresent());
        assertEquals(Optional.empty(), store(service, form, Respondent.kiosk(ref, "a-2")), "a kiosk re-send");
        assertTrue(store(service, form, Respondent.paper(ref, 1, today.minusDays(2))).isPresent());

        String period = Period.containing(today, Period.Kind.YEAR).toString();
        String expected = "{account=1, visit=1, kiosk=2, paper=1}";
        assertEquals(expected, byOrigin(service, period));
        // days before today now sit in feedback_daily (never later: today stays open for the other tests)
        dailyTotals.rollUp(today.plusDays(1));
        assertEquals(expected, byOrigin(service, period), "the roll-up keeps the counts per origin");
        assertEquals(1, dailyPaper(service), "the first sheet's day is rolled up with its origin");

        // A paper sheet of a closed day counts once that day is refreshed, as a late batch does.
        LocalDate closed = today.minusDays(2);
        store(service, form, Respondent.paper(ref, 2, closed));
        assertEquals(expected, byOrigin(service, period), "a closed day is read from the totals");
        QuarkusTransaction.requiringNew().run(() -> dailyTotals.refresh(service, closed, closed));
        assertEquals("{account=1, visit=1, kiosk=2, paper=2}", byOrigin(service, period));

        given().auth().oauth2(Tokens.of("admin1")).when().get("/api/v1/units/" + unit + "/feedback")
                .then().statusCode(200).body("items.find { it.id == " + visit.get() + " }.origin", equalTo("visit"))
                .body("items.find { it.id == " + visit.get() + " }.author", equalTo(null));
    }

    /**
     * Issue 17 item 5: results asked for without a period open on the latest quarter with answers, not on an
     * empty current quarter; the comments under them are that quarter's.
     */
    @Test
    void resultsOpenOnTheLatestQuarterWithAnswers() throws Exception {
        String admin = Tokens.of("admin1");
        long unit = given().when().get("/api/v1/regions/1708/units?size=100").then().statusCode(200)
                .extract().jsonPath().getLong("items.find { it.code == '1708-DPMPTSP' }.id");
        int service = given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("code", "LAST-Q-" + (System.nanoTime() % 100_000_000L), "name", "Layanan Kuartal Lalu",
                        "unitId", unit))
                .when().post("/api/v1/services").then().statusCode(201).extract().path("id");
        Period last = Period.containing(LocalDate.now(Period.ZONE), Period.Kind.QUARTER).previous();
        LocalDate day = last.start().plusDays(3);
        SurveyForm form = new SurveyForm(Map.of("U1", 4, "U2", 4, "U3", 4, "U4", 4, "U5", 4, "U6", 4, "U7", 4,
                "U8", 4, "U9", 4), null, null, null);
        long ref = System.nanoTime() % 1_000_000_000L;
        assertTrue(store(service, form, Respondent.paper(ref, 1, day)).isPresent());
        QuarkusTransaction.requiringNew().run(() -> dailyTotals.refresh(service, day, day));

        String page = given().when().get("/services/" + service + "/results").then().statusCode(200).extract().asString();
        assertTrue(page.contains("id=\"period\">" + ResultsView.label(last, false) + "<"), page);
        assertTrue(page.contains("id=\"respondents\">1<"), "the quarter with the answer");
        // asked for explicitly, the current quarter is shown as it is
        String current = Period.containing(LocalDate.now(Period.ZONE), Period.Kind.QUARTER).toString();
        given().when().get("/services/" + service + "/results?period=" + current).then().statusCode(200)
                .body(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("id=\"respondents\">1<")));
    }

    private int dailyPaper(int service) throws Exception {
        try (Connection c = dataSource.getConnection(); var ps = c.prepareStatement(
                "SELECT COALESCE(SUM(n_paper), 0) FROM feedback_daily WHERE service_id = ?")) {
            ps.setInt(1, service);
            try (var rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    private Optional<Long> store(int service, SurveyForm form, Respondent respondent) {
        return QuarkusTransaction.requiringNew().call(() -> feedback.storeSurvey(service, form, respondent));
    }

    private static String byOrigin(int service, String period) {
        Map<String, Object> counts = given().when().get("/api/v1/services/" + service + "/ikm?period=" + period)
                .then().statusCode(200).extract().jsonPath().getMap("byOrigin");
        return new LinkedHashMap<>(counts).toString();
    }
}
