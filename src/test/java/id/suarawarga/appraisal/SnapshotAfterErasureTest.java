package id.suarawarga.appraisal;

import static id.suarawarga.appraisal.AppraisalFixtures.insert;
import static id.suarawarga.appraisal.AppraisalFixtures.regionOf;
import static id.suarawarga.appraisal.AppraisalFixtures.scalar;
import static id.suarawarga.appraisal.AppraisalFixtures.sql;
import static id.suarawarga.appraisal.AppraisalFixtures.unitId;
import static id.suarawarga.appraisal.AppraisalApiTest.as;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.suarawarga.devsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * A citizen deletes their account after a period with their answers was frozen: the snapshot must still recompute
 * to the same SHA-256 from the stored answers (docs/appraisal.md, "For the auditor"). The citizen's answers matter
 * to the result: five units rated within minutes, so the rapid-multi-unit rule excludes them, which needs the
 * answers to still belong together after the deletion.
 */
@QuarkusTest
class SnapshotAfterErasureTest {

    static final Instant START = Instant.parse("2014-07-01T03:00:00Z");

    @Inject
    DataSource ds;

    @Test
    void aFrozenSnapshotStillReproducesAfterAnAuthorDeletedTheirAccount() throws Exception {
        long dukcapil = unitId("1708", "1708-DUKCAPIL");
        long region = regionOf(ds, dukcapil);
        String username = Tokens.newCitizen("erase");
        String token = Tokens.passwordGrant(Tokens.realmUrl(), "suarawarga-cli", username, username);
        String subject = given().auth().oauth2(token).when().get("/api/v1/me").then().statusCode(200).extract()
                .path("subject");

        String run = UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < 35; i++) {
            insert(ds, dukcapil, region, "e" + run + i, START.plus(Duration.ofHours(40L * i)), i % 3 == 0 ? 4 : 3, 0,
                    null, false);
        }
        // the citizen: one signed SKM answer with a comment, then five units rated within five minutes
        insert(ds, dukcapil, region, subject, START.plus(Duration.ofDays(3)), 2, 0,
                "Loket KTP tutup sebelum jam pelayanan berakhir", false);
        List<Long> units = new ArrayList<>();
        try (Connection c = ds.getConnection();
                PreparedStatement ps = c.prepareStatement("SELECT id FROM unit WHERE region_id = ? ORDER BY id LIMIT 5")) {
            ps.setLong(1, region);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    units.add(rs.getLong(1));
                }
            }
        }
        assertEquals(5, units.size());
        Instant burst = START.plus(Duration.ofDays(20));
        for (int i = 0; i < units.size(); i++) {
            insert(ds, units.get(i), region, subject, burst.plus(Duration.ofMinutes(i)), 0, 1, null, false);
        }
        sql(ds, "UPDATE feedback SET author_username = ? WHERE author_sub = ?", username, subject);

        long period = AppraisalApiTest.createPeriod("2014-Q3", 10);
        String base = "/api/v1/appraisal/periods/" + period;
        as("hr1").when().post(base + "/compute").then().statusCode(200);
        String sha = as("hr1").body(Map.of("closeReviewEarly", true)).when().post(base + "/freeze").then()
                .statusCode(200).extract().path("snapshot.sha256");
        String canonical = as("hr1").when().get(base + "/snapshot").then().statusCode(200)
                .body("reproduced", equalTo(true)).extract().path("canonical");
        String firstRating = scalar(ds, "SELECT MIN(id) FROM feedback WHERE author_sub = ? AND kind = 'RATING'", subject);
        assertTrue(canonical.contains("exclusion=" + firstRating + "|RAPID_MULTI_UNIT|active"),
                "the citizen's ratings count in the snapshot as excluded answers");

        // HR reads the unit's comments, which show the citizen's name: the citizen sees that in their access log
        as("hr1").when().get(base + "/units/" + dukcapil + "?size=100").then().statusCode(200);
        given().auth().oauth2(token).when().get("/api/v1/me/access-log?size=100").then().statusCode(200)
                .body("items.find { it.screen == 'appraisal-drill-down' }.staffUsername", equalTo("hr1"))
                .body("items.find { it.screen == 'appraisal-drill-down' }.staffRole", equalTo("hr"));

        given().auth().oauth2(token).when().delete("/api/v1/me").then().statusCode(204);
        assertEquals("0", scalar(ds, "SELECT COUNT(*) FROM feedback WHERE author_sub = ? OR author_username = ?",
                subject, username));
        assertEquals("6", scalar(ds, "SELECT COUNT(DISTINCT id) FROM feedback WHERE author_sub = "
                + "(SELECT author_sub FROM feedback WHERE id = ?)", firstRating), "one token for all six answers");

        // the stored answers still give the frozen text and hash
        as("hr1").when().get(base + "/snapshot").then().statusCode(200)
                .body("reproduced", equalTo(true)).body("recomputedSha256", equalTo(sha))
                .body("canonical", equalTo(canonical));
        // and computing the period again after the deletion gives the same result too
        as("hr1").body(Map.of("reason", "Setelah penghapusan akun warga")).when().post(base + "/compute").then()
                .statusCode(200);
        String again = scalar(ds, "SELECT r.sha256 FROM appraisal_run r JOIN appraisal_period p ON p.current_run_id = r.id "
                + "WHERE p.id = ?", period);
        assertEquals(sha, again);
    }
}
