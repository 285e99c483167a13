package id.suarawarga.forum;

import static id.suarawarga.forum.ForumFixtures.act;
import static id.suarawarga.forum.ForumFixtures.as;
import static id.suarawarga.forum.ForumFixtures.categoryId;
import static id.suarawarga.forum.ForumFixtures.postReply;
import static id.suarawarga.forum.ForumFixtures.postThread;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * New accounts' limits and link review, banned words, 429 with Retry-After. The demo realm's warga3 has no forum
 * history: it is a new account for the whole run (no other test uses it).
 */
@QuarkusTest
class AntiAbuseTest {

    @Test
    void aNewAccountGetsThreeThreadsAndTenPostsADayAndItsLinksWaitForReview() {
        long category = categoryId("7602-UMUM");
        postThread("warga3", category, "Sebelum nama samaran", "isi").then().statusCode(422)
                .body("errors.field", hasItem("pseudonym"));
        // The first choice is not a change: a typo in it can be fixed at once; the change after it starts the 30 days.
        as("warga3").body(Map.of("pseudonym", "CitraBrau")).when().put("/api/v1/me/pseudonym").then().statusCode(200)
                .body("changedAt", nullValue()).body("nextChangeFrom", nullValue());
        as("warga3").body(Map.of("pseudonym", "CitraBaru")).when().put("/api/v1/me/pseudonym").then().statusCode(200)
                .body("pseudonym", equalTo("CitraBaru")).body("changedAt", notNullValue()).body("nextChangeFrom", notNullValue());
        as("warga3").body(Map.of("pseudonym", "CitraBaru2")).when().put("/api/v1/me/pseudonym").then().statusCode(409)
                .body("errors.message", hasItem("too-soon"))
                .body("detail", equalTo("Nama samaran hanya boleh diganti sekali dalam 30 hari"));
        as("warga3").header("Accept-Language", "en").body(Map.of("pseudonym", "CitraBaru2")).when().put("/api/v1/me/pseudonym")
                .then().statusCode(409).body("detail", equalTo("A pseudonym may be changed once every 30 days"));
        as("warga3").when().get("/api/v1/me/pseudonym").then().statusCode(200).body("pseudonym", equalTo("CitraBaru"));

        Response held = postThread("warga3", category, "Promo", "Kunjungi https://promo.example sekarang");
        held.then().statusCode(201).body("status", equalTo("HELD"));
        long heldThread = held.jsonPath().getLong("threadId");
        long heldPost = held.jsonPath().getLong("id");
        as(null).when().get("/api/v1/threads/" + heldThread).then().statusCode(404);
        as("warga3").when().get("/api/v1/threads/" + heldThread).then().statusCode(200)
                .body("posts.items[0].status", equalTo("HELD"));
        as("moderator1").when().get("/api/v1/moderation/queue?size=100").then()
                .body("items.find { it.id == " + heldPost + " }.reasons.HELD", equalTo(1));
        as("warga3").when().get("/api/v1/me/notifications").then()
                .body("items.find { it.postId == " + heldPost + " }.reason", equalTo("new-account-link"));

        long open = postThread("warga3", category, "Kedua", "tanpa tautan").then().statusCode(201)
                .body("status", equalTo("PUBLISHED")).extract().jsonPath().getLong("threadId");
        postThread("warga3", category, "Ketiga", "tanpa tautan").then().statusCode(201);
        Response limited = postThread("warga3", category, "Keempat", "tanpa tautan");
        limited.then().statusCode(429).body("type", equalTo("urn:suarawarga:problem:rate-limited"))
                .header("Retry-After", notNullValue());
        long retryAfter = Long.parseLong(limited.header("Retry-After"));
        assertTrue(retryAfter > 0 && retryAfter <= 86_401, "until the next Jakarta day: " + retryAfter);

        // 3 threads used 3 of the 10 posts.
        for (int i = 0; i < 7; i++) {
            postReply("warga3", open, "Balasan " + i, null).then().statusCode(201);
        }
        postReply("warga3", open, "Kesebelas", null).then().statusCode(429).header("Retry-After", notNullValue());

        // The moderator approves the held thread: it is published.
        act("moderator1", "post", heldPost, "restore", "Tautan resmi", Map.of()).then().statusCode(200);
        as(null).when().get("/api/v1/threads/" + heldThread).then().statusCode(200)
                .body("posts.items[0].status", equalTo("PUBLISHED"));
    }

    @Test
    void aBannedWordHoldsThePostForReviewAndAdminsManageTheList() {
        as("moderator1").when().get("/api/v1/moderation/banned-words").then().statusCode(403);
        as(null).when().get("/api/v1/moderation/banned-words").then().statusCode(401);
        List<String> words = as("admin1").when().get("/api/v1/moderation/banned-words").then().statusCode(200)
                .extract().jsonPath().getList("words");
        assertTrue(words.contains("judi online"), words.toString());
        as("admin1").body(Map.of("words", List.of("judi online", "slot gacor", "pinjol ilegal", "Togel")))
                .when().put("/api/v1/moderation/banned-words").then().statusCode(200).body("words", hasItem("togel"));

        long category = categoryId("9901-UMUM");
        postThread("warga1", category, "Info", "Ada yang jual TOGEL di pasar").then().statusCode(201)
                .body("status", equalTo("HELD"));
        postThread("warga1", category, "Info", "Togelan bukan kata terlarang").then().statusCode(201)
                .body("status", equalTo("PUBLISHED"));
        long t = postThread("warga1", category, "Bersih", "isi").then().extract().jsonPath().getLong("threadId");
        postReply("warga2", t, "main slot  gacor? tidak, slot gacor", null).then().statusCode(201)
                .body("status", equalTo("HELD"));
    }
}
