package id.suarawarga.forum;

import static io.restassured.RestAssured.given;

import id.suarawarga.devsupport.Tokens;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** Seeded forums by code, and threads and replies created through the API as a given demo user. */
public final class ForumFixtures {

    private ForumFixtures() {
    }

    public static long categoryId(String code) {
        return given().when().get("/api/v1/forums?size=100").then().statusCode(200).extract().jsonPath()
                .getLong("items.find { it.code == '" + code + "' }.id");
    }

    public static String key() {
        return "forum-" + UUID.randomUUID();
    }

    public static RequestSpecification as(String user) {
        RequestSpecification spec = given().contentType(ContentType.JSON);
        return user == null ? spec : spec.auth().oauth2(Tokens.of(user));
    }

    public static Response postThread(String user, long category, String title, String body) {
        return as(user).header("Idempotency-Key", key()).body(Map.of("title", title, "body", body))
                .when().post("/api/v1/forums/" + category + "/threads");
    }

    /** A new thread; answers {threadId, postId}. */
    public static long[] thread(String user, String categoryCode, String title, String body) {
        Response r = postThread(user, categoryId(categoryCode), title, body);
        r.then().statusCode(201);
        return new long[] {r.jsonPath().getLong("threadId"), r.jsonPath().getLong("id")};
    }

    public static Response postReply(String user, long thread, String body, Long quote) {
        Map<String, Object> m = new HashMap<>();
        m.put("body", body);
        if (quote != null) {
            m.put("quotePostId", quote);
        }
        return as(user).header("Idempotency-Key", key()).body(m).when().post("/api/v1/threads/" + thread + "/posts");
    }

    public static long reply(String user, long thread, String body) {
        return postReply(user, thread, body, null).then().statusCode(201).extract().jsonPath().getLong("id");
    }

    public static Response report(String user, long post, String reason, String text) {
        Map<String, Object> m = new HashMap<>();
        m.put("reason", reason);
        if (text != null) {
            m.put("text", text);
        }
        return as(user).header("Idempotency-Key", key()).body(m).when().post("/api/v1/posts/" + post + "/reports");
    }

    public static Response act(String user, String type, long id, String action, String reason, Map<String, Object> extra) {
        Map<String, Object> m = new HashMap<>(extra);
        m.put("target", Map.of("type", type, "id", id));
        m.put("action", action);
        m.put("reason", reason);
        return as(user).body(m).when().post("/api/v1/moderation/actions");
    }
}
