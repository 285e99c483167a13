package id.suarawarga.appraisal;

import static io.restassured.RestAssured.given;

import io.restassured.path.json.JsonPath;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Calendar;
import java.util.TimeZone;
import java.util.UUID;
import javax.sql.DataSource;

/** Answers of a past quarter written straight into the feedback table, as if citizens had sent them then. */
final class AppraisalFixtures {

    static final ZoneId WIB = ZoneId.of("Asia/Jakarta");

    private AppraisalFixtures() {
    }

    static long unitId(String regionCode, String unitCode) {
        JsonPath units = given().when().get("/api/v1/regions/" + regionCode + "/units?size=100").then().statusCode(200)
                .extract().jsonPath();
        return units.getLong("items.find { it.code == '" + unitCode + "' }.id");
    }

    static long regionOf(DataSource ds, long unitId) throws Exception {
        try (Connection c = ds.getConnection();
                PreparedStatement ps = c.prepareStatement("SELECT region_id FROM unit WHERE id = ?")) {
            ps.setLong(1, unitId);
            var rs = ps.executeQuery();
            rs.next();
            return rs.getLong(1);
        }
    }

    /** An SKM questionnaire with all nine elements = score (or a rating when stars > 0). */
    static void insert(DataSource ds, long unit, long region, String author, Instant at, int score, int stars,
            String comment, boolean anonymous) throws Exception {
        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement("""
                INSERT INTO feedback (service_id, kind, unit_id, region_id, questionnaire_id, author_sub, author_name, anonymous,
                  dedupe_key, local_date, created_at, u1, u2, u3, u4, u5, u6, u7, u8, u9, stars, comment)
                VALUES ((SELECT MIN(s.id) FROM public_service s WHERE s.unit_id = ? AND ? = 'SURVEY'),
                        ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
            boolean rating = stars > 0;
            String kind = rating ? "RATING" : "SURVEY";
            ps.setLong(1, unit);
            ps.setString(2, kind);
            ps.setString(3, kind);
            ps.setLong(4, unit);
            ps.setLong(5, region);
            ps.setObject(6, rating ? null : 1L);
            ps.setString(7, author);
            ps.setString(8, "Warga " + author);
            ps.setBoolean(9, anonymous);
            ps.setString(10, "t-appraisal-" + UUID.randomUUID());
            ps.setObject(11, LocalDate.ofInstant(at, WIB));
            ps.setTimestamp(12, Timestamp.from(at), Calendar.getInstance(TimeZone.getTimeZone("UTC"))); // as Hibernate does
            for (int i = 0; i < 9; i++) {
                ps.setObject(13 + i, rating ? null : score);
            }
            ps.setObject(22, rating ? stars : null);
            ps.setString(23, comment);
            ps.executeUpdate();
        }
    }

    static void sql(DataSource ds, String sql, Object... params) throws Exception {
        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            ps.executeUpdate();
        }
    }

    static String scalar(DataSource ds, String sql, Object... params) throws Exception {
        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            var rs = ps.executeQuery();
            return rs.next() ? rs.getString(1) : null;
        }
    }
}
