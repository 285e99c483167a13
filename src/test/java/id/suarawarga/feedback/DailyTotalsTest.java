package id.suarawarga.feedback;

import static id.suarawarga.feedback.FeedbackFixtures.answers;
import static id.suarawarga.feedback.FeedbackFixtures.key;
import static id.suarawarga.feedback.FeedbackFixtures.survey;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import id.suarawarga.devsupport.Tokens;
import id.suarawarga.feedback.skm.Period;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** Rolling closed days up into daily totals never changes a result, and running it twice changes nothing. */
@QuarkusTest
class DailyTotalsTest {

    @Inject
    DataSource dataSource;

    @Inject
    DailyTotals dailyTotals;

    @Test
    void resultsAreTheSameBeforeAndAfterTheRollUp() throws Exception {
        String admin = Tokens.of("admin1");
        String code = "D" + (System.nanoTime() % 100_000_000L);
        given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("code", code, "name", "Kota Harian", "type", "KOTA", "province", "Bengkulu"))
                .when().post("/api/v1/regions").then().statusCode(201);
        int unit = given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("code", code + "-U", "name", "Dinas Harian", "type", "DINAS", "regionCode", code))
                .when().post("/api/v1/units").then().statusCode(201).extract().path("id");
        int service = given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("code", code + "-S", "name", "Layanan Harian", "unitId", unit))
                .when().post("/api/v1/services").then().statusCode(201).extract().path("id");
        long region = given().when().get("/api/v1/regions/" + code).then().extract().jsonPath().getLong("id");

        LocalDate today = LocalDate.now(Period.ZONE);
        // Answers of earlier days, as they would have arrived then; and one today through the API.
        insert(service, unit, region, today.minusDays(9), 4, "a");
        insert(service, unit, region, today.minusDays(9), 2, "b");
        insert(service, unit, region, today.minusDays(3), 3, "c");
        insert(service, unit, region, today.minusDays(1), 1, "d");
        given().auth().oauth2(Tokens.of("warga1")).contentType(ContentType.JSON).header("Idempotency-Key", key())
                .body(survey(answers(4, 4, 4, 4, 4, 4, 4, 4, 3), null, false))
                .when().post("/api/v1/services/" + service + "/surveys").then().statusCode(201);

        String period = Period.containing(today, Period.Kind.YEAR).toString();
        // The app's own roll-up job may already have closed those days before the rows were written behind its
        // back (it starts 30 s after boot, and earlier test classes can take longer): start from nothing rolled up.
        try (Connection c = dataSource.getConnection()) {
            c.createStatement().executeUpdate("UPDATE feedback_rollup SET complete_before = '2000-01-01' WHERE id = 1");
        }
        String before = ikm(service, unit, code, period);
        assertEquals(today.minusDays(1), dailyTotals.rollUp(today));
        assertEquals(2, dailyRows(service), "days 9 and 3 ago are closed; yesterday is not yet");
        assertEquals(before, ikm(service, unit, code, period));
        assertEquals(today.minusDays(1), dailyTotals.rollUp(today));
        assertEquals(before, ikm(service, unit, code, period), "a second roll-up changes nothing");
        // The next day, yesterday's answer moves into the totals; the result stays the same.
        dailyTotals.rollUp(today.plusDays(1));
        assertEquals(3, dailyRows(service));
        assertEquals(before, ikm(service, unit, code, period));
        assertFalse(before.contains("\"respondents\":0"), before);
    }

    private static String ikm(int service, int unit, String region, String period) {
        return given().when().get("/api/v1/services/" + service + "/ikm?period=" + period).then().statusCode(200)
                .extract().asString()
                + given().when().get("/api/v1/units/" + unit + "/ikm?period=" + period).then().statusCode(200)
                        .extract().asString()
                + given().when().get("/api/v1/regions/" + region + "/ikm?period=" + period).then().statusCode(200)
                        .extract().asString();
    }

    private void insert(int service, int unit, long region, LocalDate day, int score, String who) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement("""
                INSERT INTO feedback (kind, service_id, unit_id, region_id, questionnaire_id, author_sub, dedupe_key,
                  local_date, u1, u2, u3, u4, u5, u6, u7, u8, u9)
                VALUES ('SURVEY', ?, ?, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            ps.setInt(1, service);
            ps.setInt(2, unit);
            ps.setLong(3, region);
            ps.setString(4, "daily-" + who);
            ps.setString(5, "S:" + service + ":daily-" + who + ":" + day);
            ps.setDate(6, Date.valueOf(day));
            for (int k = 0; k < 9; k++) {
                ps.setInt(7 + k, k == 0 ? score : Math.min(4, score + 1));
            }
            ps.executeUpdate();
        }
    }

    private int dailyRows(int service) throws Exception {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("SELECT COUNT(*) FROM feedback_daily WHERE service_id = ?")) {
            ps.setInt(1, service);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }
}
