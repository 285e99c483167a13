package id.suarawarga.identity;

import static id.suarawarga.identity.MatrixFixture.as;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import id.suarawarga.devsupport.RealmRoles;
import id.suarawarga.devsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Object-level cases the authorization matrix cannot show as a status, because the call succeeds but must only
 * touch the caller's own objects: one's feedback, one's notifications, a moderator's own regions. (Another unit's
 * feedback and draft score, and another person's post, are {@code [variant]} rows of the matrix itself.)
 */
@QuarkusTest
class ObjectLevelAuthorizationTest {

    private static String citizenWithPseudonym(String prefix) {
        String user = Tokens.newCitizen(prefix);
        as(user).body(Map.of("pseudonym", MatrixFixture.pseudonymOf(user))).when().put("/api/v1/me/pseudonym")
                .then().statusCode(200);
        return user;
    }

    @Test
    void myFeedbackListsOnlyMyOwn() {
        String a = Tokens.newCitizen("ol-a");
        String b = Tokens.newCitizen("ol-b");
        long unit = MatrixFixture.unitId("1708", "1708-DUKCAPIL");
        long service = MatrixFixture.firstService(unit);
        long mine = MatrixFixture.rating(a, unit, service, "Milik A");
        long theirs = MatrixFixture.rating(b, unit, service, "Milik B");
        as(a).when().get("/api/v1/me/feedback?size=100").then().statusCode(200)
                .body("items.id", hasItem((int) mine)).body("items.id", not(hasItem((int) theirs)));
        as(b).when().get("/api/v1/me/feedback?size=100").then().statusCode(200)
                .body("items.id", hasItem((int) theirs)).body("items.id", not(hasItem((int) mine)));
    }

    @Test
    void anotherUsersNotificationsCanBeNeitherReadNorMarked() {
        String a = citizenWithPseudonym("ol-na");
        String b = citizenWithPseudonym("ol-nb");
        long forum = MatrixFixture.forumId("1708-UMUM");
        long thread = as(a).body(Map.of("title", "Notifikasi milik A", "body", "isi")).when()
                .post("/api/v1/forums/" + forum + "/threads").then().statusCode(201).extract().jsonPath().getLong("threadId");
        long reply = MatrixFixture.reply(b, thread);
        JsonPath mine = as(a).when().get("/api/v1/me/notifications?size=100").then().statusCode(200).extract().jsonPath();
        long notification = mine.getLong("items.find { it.postId == " + reply + " }.id");

        // B does not see A's notification and cannot mark it read: the id is ignored, nothing changes for A.
        as(b).when().get("/api/v1/me/notifications?size=100").then().statusCode(200)
                .body("items.id", not(hasItem((int) notification)));
        as(b).body(Map.of("ids", List.of(notification))).when().post("/api/v1/me/notifications/read").then()
                .statusCode(200).body("marked", equalTo(0));
        as(a).when().get("/api/v1/me/notifications?size=100").then().statusCode(200)
                .body("items.find { it.id == " + notification + " }.read", equalTo(false));
        // A's own call does mark it, so the call above could have.
        as(a).body(Map.of("ids", List.of(notification))).when().post("/api/v1/me/notifications/read").then()
                .statusCode(200).body("marked", equalTo(1));
    }

    @Test
    void aModeratorActsOnlyInTheRegionsAssignedToThem() {
        String moderator = Tokens.newCitizen("ol-mod");
        RealmRoles.replace(moderator, "moderator");
        as("admin1").body(Map.of("regions", List.of("7602"))).when().put("/api/v1/moderators/" + moderator + "/regions")
                .then().statusCode(200);
        String author = citizenWithPseudonym("ol-author");
        JsonPath kepahiang = as(author).body(Map.of("title", "Di Kepahiang", "body", "isi")).when()
                .post("/api/v1/forums/" + MatrixFixture.forumId("1708-UMUM") + "/threads").then().statusCode(201)
                .extract().jsonPath();
        long elsewhere = kepahiang.getLong("id");
        long own = as(author).body(Map.of("title", "Di Mamuju", "body", "isi")).when()
                .post("/api/v1/forums/" + MatrixFixture.forumId("7602-UMUM") + "/threads").then().statusCode(201)
                .extract().jsonPath().getLong("id");

        as(moderator).body(Map.of("target", Map.of("type", "post", "id", elsewhere), "action", "HIDE", "reason", "uji"))
                .when().post("/api/v1/moderation/actions").then().statusCode(403)
                .body("type", equalTo("urn:suarawarga:problem:forbidden"));
        as(author).when().get("/api/v1/threads/" + kepahiang.getLong("threadId")).then().statusCode(200)
                .body("posts.items[0].status", equalTo("PUBLISHED"));
        as(moderator).body(Map.of("target", Map.of("type", "post", "id", own), "action", "HIDE", "reason", "uji"))
                .when().post("/api/v1/moderation/actions").then().statusCode(200);
    }
}
