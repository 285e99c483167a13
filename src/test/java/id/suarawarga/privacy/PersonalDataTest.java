package id.suarawarga.privacy;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.anyOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.suarawarga.devsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * A citizen's personal data end to end, with fresh Keycloak accounts (deleted by the tests) and real MariaDB:
 * the download holds what they made, staff access is logged where they can read it, and deleting the account
 * keeps posts and answers detached, removes the rest and the Keycloak account, and refuses the old token.
 */
@QuarkusTest
class PersonalDataTest {

    @Inject
    DataSource ds;

    /** What one citizen did, with their still valid token. */
    record Citizen(String username, String token, String subject, String pseudonym, long threadId, long postId,
            long feedbackId, long reportedPostId, String comment) {
    }

    static RequestSpecification as(String token) {
        return given().auth().oauth2(token).contentType(ContentType.JSON);
    }

    static long categoryId(String code) {
        return given().when().get("/api/v1/forums?size=100").then().statusCode(200).extract().jsonPath()
                .getLong("items.find { it.code == '" + code + "' }.id");
    }

    static long dukcapil() {
        return given().when().get("/api/v1/regions/1708/units?size=100").then().statusCode(200).extract().jsonPath()
                .getLong("items.find { it.code == '1708-DUKCAPIL' }.id");
    }

    /** A fresh citizen who chose a pseudonym, opened a thread, answered the SKM, reported a post and got a reply. */
    Citizen active(String prefix) {
        String username = Tokens.newCitizen(prefix);
        String token = Tokens.passwordGrant(Tokens.realmUrl(), "suarawarga-cli", username, username);
        String subject = as(token).when().get("/api/v1/me").then().statusCode(200).extract().path("subject");
        String pseudonym = "Pdp" + UUID.randomUUID().toString().substring(0, 8);
        as(token).body(Map.of("pseudonym", pseudonym)).when().put("/api/v1/me/pseudonym").then().statusCode(200);
        JsonPath thread = as(token).header("Idempotency-Key", "pdp-" + UUID.randomUUID())
                .body(Map.of("title", "Antrean KTP " + username, "body", "Antrean pagi ini panjang sekali " + username))
                .when().post("/api/v1/forums/" + categoryId("1708-UMUM") + "/threads").then().statusCode(201)
                .extract().jsonPath();
        long threadId = thread.getLong("threadId");
        // someone replies (a notification for the citizen), and the citizen reports that reply
        long reply = as(Tokens.of("warga1")).header("Idempotency-Key", "pdp-" + UUID.randomUUID())
                .body(Map.of("body", "Saya juga mengalami itu kemarin, " + username))
                .when().post("/api/v1/threads/" + threadId + "/posts").then().statusCode(201).extract().jsonPath()
                .getLong("id");
        as(token).header("Idempotency-Key", "pdp-" + UUID.randomUUID())
                .body(Map.of("reason", "OFF_TOPIC", "text", "bukan soal KTP " + username))
                .when().post("/api/v1/posts/" + reply + "/reports").then().statusCode(201);
        long service = given().when().get("/api/v1/units/" + dukcapil() + "/services?size=100").then().statusCode(200)
                .extract().jsonPath().getLong("items[0].id");
        Map<String, Object> answers = new LinkedHashMap<>();
        for (int i = 1; i <= 9; i++) {
            answers.put("U" + i, 3);
        }
        String comment = "Petugas loket sangat membantu " + username;
        int feedbackId = as(token).header("Idempotency-Key", "pdp-" + UUID.randomUUID())
                .body(Map.of("answers", answers, "comment", comment, "anonymous", false,
                        "profile", Map.of("ageBand", "30_39", "gender", "FEMALE")))
                .when().post("/api/v1/services/" + service + "/surveys").then().statusCode(201).extract().path("id");
        return new Citizen(username, token, subject, pseudonym, threadId, thread.getLong("id"), feedbackId, reply,
                comment);
    }

    @Test
    void theDownloadHoldsEverythingTheCitizenMadeAndWhichStaffSawIt() {
        Citizen c = active("pdp-data");
        // the unit's officer opens the unit's feedback: the citizen's name is shown, so that is logged
        as(Tokens.of("petugas.dukcapil")).when().get("/api/v1/units/" + dukcapil() + "/feedback?size=100").then()
                .statusCode(200).body("items.find { it.id == " + c.feedbackId() + " }.author", notNullValue());

        JsonPath data = as(c.token()).when().get("/api/v1/me/data").then().statusCode(200)
                .contentType(containsString("application/json")).extract().jsonPath();
        assertEquals(c.username(), data.getString("account.username"));
        assertEquals(c.subject(), data.getString("account.subject"));
        assertEquals(c.username() + "@test.local", data.getString("account.email"));
        assertEquals(c.pseudonym(), data.getString("forumProfile.pseudonym"));
        assertEquals("Antrean KTP " + c.username(), data.getString("forumThreads.find { it.id == " + c.threadId() + " }.title"));
        assertTrue(data.getString("forumPosts.find { it.id == " + c.postId() + " }.body").contains(c.username()));
        assertEquals(c.comment(), data.getString("feedback.find { it.id == " + c.feedbackId() + " }.comment"));
        assertEquals(3, data.getInt("feedback.find { it.id == " + c.feedbackId() + " }.u7"));
        assertEquals("30_39", data.getString("feedback.find { it.id == " + c.feedbackId() + " }.ageBand"));
        assertEquals("OFF_TOPIC", data.getString("reportsFiled.find { it.targetId == " + c.reportedPostId() + " }.reason"));
        assertTrue(data.getList("notifications.kind").contains("REPLY"), "the reply in the citizen's thread");
        assertTrue(data.getLong("storedRequestAnswers") >= 3, "thread, report and survey were sent with keys");
        assertEquals("petugas.dukcapil", data.getString("staffAccessLog.find { it.screen == 'unit-feedback' }.staffUsername"));
        assertEquals("officer", data.getString("staffAccessLog.find { it.screen == 'unit-feedback' }.staffRole"));
        assertEquals(c.feedbackId(), data.getLong("staffAccessLog.find { it.screen == 'unit-feedback' }.objectId"));
        assertFalse(data.getBoolean("truncated"));

        as(c.token()).when().get("/api/v1/me/access-log?size=5").then().statusCode(200)
                .body("total", greaterThanOrEqualTo(1)).body("size", equalTo(5))
                .body("items.staffUsername", hasItem("petugas.dukcapil"))
                .body("items.what", hasItem("FEEDBACK"));
        // another citizen sees none of it
        as(Tokens.of("warga2")).when().get("/api/v1/me/access-log?size=100").then().statusCode(200)
                .body("items.objectId", not(hasItem((int) c.feedbackId())));
        given().when().get("/api/v1/me/data").then().statusCode(401);
        given().when().get("/api/v1/me/access-log").then().statusCode(401);
    }

    @Test
    void anAnonymousAnswerShownToStaffIsNotLoggedAsAccess() throws Exception {
        String username = Tokens.newCitizen("pdp-anon");
        String token = Tokens.passwordGrant(Tokens.realmUrl(), "suarawarga-cli", username, username);
        int id = as(token).header("Idempotency-Key", "pdp-" + UUID.randomUUID())
                .body(Map.of("stars", 4, "comment", "Ruang tunggu bersih", "anonymous", true))
                .when().post("/api/v1/units/" + dukcapil() + "/ratings").then().statusCode(201).extract().path("id");
        as(Tokens.of("petugas.dukcapil")).when().get("/api/v1/units/" + dukcapil() + "/feedback?size=100").then()
                .statusCode(200).body("items.find { it.id == " + id + " }.author", nullValue());
        assertEquals(0L, count("SELECT COUNT(*) FROM personal_data_access WHERE object_id = ?", id));
        as(token).when().get("/api/v1/me/access-log").then().statusCode(200).body("total", equalTo(0));
    }

    @Test
    void deletingTheAccountDetachesWhatStaysRemovesTheRestAndTheKeycloakUser() throws Exception {
        Citizen c = active("pdp-del");
        as(Tokens.of("petugas.dukcapil")).when().get("/api/v1/units/" + dukcapil() + "/feedback?size=100").then()
                .statusCode(200);
        assertTrue(count("SELECT COUNT(*) FROM personal_data_access WHERE citizen_username = ?", c.username()) > 0);
        assertTrue(count("SELECT COUNT(*) FROM notification WHERE username = ?", c.username()) > 0);
        assertTrue(count("SELECT COUNT(*) FROM rate_limit_counter WHERE username = ?", c.username()) > 0);

        as(c.token()).when().delete("/api/v1/me").then().statusCode(204);

        // Keycloak: the user is gone, and the password no longer gives a token
        given().auth().oauth2(Tokens.masterAdmin()).queryParam("username", c.username()).queryParam("exact", true)
                .when().get(Tokens.keycloakBaseUrl() + "/admin/realms/suarawarga/users").then().statusCode(200)
                .body("size()", equalTo(0));
        given().contentType(ContentType.URLENC).formParam("grant_type", "password").formParam("client_id", "suarawarga-cli")
                .formParam("username", c.username()).formParam("password", c.username())
                .when().post(Tokens.realmUrl() + "/protocol/openid-connect/token").then().statusCode(anyOf(is(400), is(401)))
                .body("error", equalTo("invalid_grant"));
        assertNotNull(string("SELECT keycloak_removed_at FROM deleted_account WHERE subject = ?", c.subject()));

        // the answer stays, counted, without a link to the person
        String authorSub = string("SELECT author_sub FROM feedback WHERE id = ?", c.feedbackId());
        assertTrue(authorSub.startsWith("deleted:"), authorSub);
        assertNull(string("SELECT author_name FROM feedback WHERE id = ?", c.feedbackId()));
        assertNull(string("SELECT author_username FROM feedback WHERE id = ?", c.feedbackId()));
        assertFalse(string("SELECT dedupe_key FROM feedback WHERE id = ?", c.feedbackId()).contains(c.subject()));
        assertEquals(c.comment(), string("SELECT comment FROM feedback WHERE id = ?", c.feedbackId()));
        assertEquals(0L, count("SELECT COUNT(*) FROM feedback WHERE author_sub = ?", c.subject()));

        // the post stays, shown as by "deleted user", in the API and on the page in both languages
        as(Tokens.of("warga2")).when().get("/api/v1/threads/" + c.threadId()).then().statusCode(200)
                .body("posts.items.find { it.id == " + c.postId() + " }.author", nullValue())
                .body("posts.items.find { it.id == " + c.postId() + " }.html", containsString(c.username()));
        given().when().get("/threads/" + c.threadId()).then().statusCode(200)
                .body(containsString("pengguna terhapus"), not(containsString(c.pseudonym())));
        given().cookie("lang", "en").when().get("/threads/" + c.threadId()).then().statusCode(200)
                .body(containsString("deleted user"));
        assertEquals(0L, count("SELECT COUNT(*) FROM forum_post WHERE author = ?", c.username()));
        assertEquals(0L, count("SELECT COUNT(*) FROM moderation_report WHERE reporter = ?", c.username()));

        // the pseudonym is reserved: nobody can take it at once
        assertTrue(string("SELECT username FROM forum_profile WHERE pseudonym = ?", c.pseudonym()).startsWith("reserved:"));
        as(Tokens.of("warga3")).body(Map.of("pseudonym", c.pseudonym())).when().put("/api/v1/me/pseudonym").then()
                .statusCode(409);

        // what only served the person is gone
        assertEquals(0L, count("SELECT COUNT(*) FROM notification WHERE username = ?", c.username()));
        assertEquals(0L, count("SELECT COUNT(*) FROM rate_limit_counter WHERE username = ?", c.username()));
        assertEquals(0L, count("SELECT COUNT(*) FROM idempotency_record WHERE principal = ?", c.subject()));
        assertEquals(0L, count("SELECT COUNT(*) FROM personal_data_access WHERE citizen_username = ? OR citizen_sub = ?",
                c.username(), c.subject()));
    }

    @Test
    void theOldTokenCannotWriteAgainButMayRetryTheDeletion() throws Exception {
        Citizen c = active("pdp-token");
        as(c.token()).when().delete("/api/v1/me").then().statusCode(204);
        long answers = count("SELECT COUNT(*) FROM feedback");

        // the token is still within its 5 minutes, yet every use but the deletion itself is refused
        as(c.token()).when().get("/api/v1/me").then().statusCode(401);
        as(c.token()).when().get("/api/v1/me/data").then().statusCode(401);
        as(c.token()).body(Map.of("pseudonym", c.pseudonym())).when().put("/api/v1/me/pseudonym").then().statusCode(401);
        as(c.token()).header("Idempotency-Key", "pdp-" + UUID.randomUUID())
                .body(Map.of("stars", 5, "comment", "lagi"))
                .when().post("/api/v1/units/" + dukcapil() + "/ratings").then().statusCode(401);
        as(c.token()).header("Idempotency-Key", "pdp-" + UUID.randomUUID()).body(Map.of("body", "masih bisa?"))
                .when().post("/api/v1/threads/" + c.threadId() + "/posts").then().statusCode(401);
        assertEquals(answers, count("SELECT COUNT(*) FROM feedback"));
        assertEquals(0L, count("SELECT COUNT(*) FROM forum_profile WHERE username = ?", c.username()));

        // a retry of the deletion (its answer was lost) is answered 204 again and changes nothing
        as(c.token()).when().delete("/api/v1/me").then().statusCode(204);
        as(c.token()).when().delete("/api/v1/me").then().statusCode(204);
        assertEquals(1L, count("SELECT COUNT(*) FROM deleted_account WHERE subject = ?", c.subject()));
    }

    @Test
    void staffCloseTheirAccountsThroughAnAdminAndStrangersNeedALogin() {
        for (String staff : List.of("petugas.dukcapil", "moderator1", "hr1", "admin1")) {
            as(Tokens.of(staff)).when().delete("/api/v1/me").then().statusCode(403)
                    .contentType(containsString("application/problem+json"));
            as(Tokens.of(staff)).when().get("/api/v1/me").then().statusCode(200);
        }
        given().when().delete("/api/v1/me").then().statusCode(401);
    }

    long count(String sql, Object... params) throws Exception {
        return Long.parseLong(string(sql, params));
    }

    String string(String sql, Object... params) throws Exception {
        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }
}
