package id.suarawarga.forum;

import static id.suarawarga.forum.ForumFixtures.act;
import static id.suarawarga.forum.ForumFixtures.as;
import static id.suarawarga.forum.ForumFixtures.categoryId;
import static id.suarawarga.forum.ForumFixtures.key;
import static id.suarawarga.forum.ForumFixtures.postReply;
import static id.suarawarga.forum.ForumFixtures.postThread;
import static id.suarawarga.forum.ForumFixtures.reply;
import static id.suarawarga.forum.ForumFixtures.report;
import static id.suarawarga.forum.ForumFixtures.thread;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The forum API contract with real Keycloak tokens: each endpoint for anonymous, citizen, officer, moderator, hr
 * and admin, and the behaviour behind it (threads, replies with quotes, edits, soft deletes, reactions, search).
 */
@QuarkusTest
class ForumApiTest {

    static final List<String> STAFF_AND_CITIZENS = List.of("warga1", "petugas.dukcapil", "moderator1", "admin1");

    @Test
    void anyoneReadsForumsThreadsAndSearch() {
        long category = categoryId("1708-DUKCAPIL");
        for (String user : new String[] {null, "warga1", "petugas.dukcapil", "moderator1", "hr1", "admin1"}) {
            as(user).when().get("/api/v1/forums").then().statusCode(200).body("items.code", hasItem("1708-DUKCAPIL"));
            as(user).when().get("/api/v1/forums/" + category + "/threads").then().statusCode(200)
                    .body("items.title", hasItem("Berapa lama cetak KTP-el setelah rekam?"));
            long thread = as(user).when().get("/api/v1/forums/" + category + "/threads").then().extract().jsonPath()
                    .getLong("items.find { it.title == 'Berapa lama cetak KTP-el setelah rekam?' }.id");
            as(user).when().get("/api/v1/threads/" + thread).then().statusCode(200)
                    .body("posts.items[1].authorKind", equalTo("OFFICER"))
                    .body("posts.items[1].badgeUnit", equalTo("Dinas Kependudukan dan Pencatatan Sipil"))
                    .body("posts.items[0].author", equalTo("WargaPeduli"));
            as(user).when().get("/api/v1/search?q=antrean").then().statusCode(200)
                    .body("items.title", hasItem("Usul: antrean daring untuk semua layanan"));
        }
        as(null).when().get("/api/v1/forums/999999/threads").then().statusCode(404)
                .body("type", equalTo("urn:suarawarga:problem:not-found"));
        as(null).when().get("/api/v1/search").then().statusCode(422);
    }

    @Test
    void citizensAndStaffWriteHrAndAnonymousDoNot() {
        long category = categoryId("1708-UMUM");
        postThread(null, category, "Anonim", "tidak boleh").then().statusCode(401);
        postThread("hr1", category, "HR", "tidak boleh").then().statusCode(403);
        for (String user : STAFF_AND_CITIZENS) {
            long thread = postThread(user, category, "Topik dari " + user, "Isi dari " + user).then().statusCode(201)
                    .header("Location", containsString("/api/v1/threads/")).body("status", equalTo("PUBLISHED"))
                    .extract().jsonPath().getLong("threadId");
            postReply(null, thread, "anonim", null).then().statusCode(401);
            postReply("hr1", thread, "hr", null).then().statusCode(403);
            for (String other : STAFF_AND_CITIZENS) {
                postReply(other, thread, "Balasan " + other, null).then().statusCode(201);
            }
        }
        // Officers carry their unit, moderators and admins their badge; citizens their pseudonym only.
        long t = thread("petugas.dukcapil", "1708-DUKCAPIL", "Info jam layanan", "Loket buka 08.00")[0];
        as(null).when().get("/api/v1/threads/" + t).then().statusCode(200)
                .body("posts.items[0].author", equalTo("Rudi Hartono"))
                .body("posts.items[0].badgeUnit", equalTo("Dinas Kependudukan dan Pencatatan Sipil"));
    }

    @Test
    void creationNeedsAnIdempotencyKeyAndARetryCreatesNothingNew() {
        long category = categoryId("9901-UMUM");
        as("warga2").body(Map.of("title", "Tanpa kunci", "body", "x")).when()
                .post("/api/v1/forums/" + category + "/threads").then().statusCode(400)
                .body("errors.field", hasItem("Idempotency-Key"));
        String k = key();
        Map<String, Object> body = Map.of("title", "Sekali saja", "body", "Dikirim dua kali");
        long first = as("warga2").header("Idempotency-Key", k).body(body).when()
                .post("/api/v1/forums/" + category + "/threads").then().statusCode(201).extract().jsonPath().getLong("threadId");
        as("warga2").header("Idempotency-Key", k).body(body).when().post("/api/v1/forums/" + category + "/threads")
                .then().statusCode(201).header("Idempotent-Replayed", "true").body("threadId", equalTo((int) first));
        as("warga2").header("Idempotency-Key", k).body(Map.of("title", "Lain", "body", "lain")).when()
                .post("/api/v1/forums/" + category + "/threads").then().statusCode(422)
                .body("type", equalTo("urn:suarawarga:problem:idempotency-key-reused"));
        List<String> titles = as(null).when().get("/api/v1/forums/" + category + "/threads?size=100").then()
                .extract().jsonPath().getList("items.title");
        assertEquals(1, titles.stream().filter("Sekali saja"::equals).count());
    }

    @Test
    void limitsAreCheckedBeforeParsing() {
        long category = categoryId("9901-UMUM");
        postThread("warga1", category, "x".repeat(151), "isi").then().statusCode(422).body("errors.field", hasItem("title"));
        postThread("warga1", category, "judul", "y".repeat(10_001)).then().statusCode(422).body("errors.field", hasItem("body"));
        postThread("warga1", category, "   ", "isi").then().statusCode(422);
        postThread("warga1", category, "x".repeat(150), "y".repeat(10_000)).then().statusCode(201);
    }

    @Test
    void aReplyQuotesOnePostOfTheSameThreadAndALockedThreadTakesNoReplies() {
        long[] a = thread("warga1", "7602-UMUM", "Kutipan", "Pertanyaan asli");
        long[] b = thread("warga2", "7602-UMUM", "Topik lain", "lain");
        long quoting = postReply("warga2", a[0], "Setuju", a[1]).then().statusCode(201).extract().jsonPath().getLong("id");
        postReply("warga2", a[0], "Salah topik", b[1]).then().statusCode(422).body("errors.field", hasItem("quotePostId"));
        as(null).when().get("/api/v1/threads/" + a[0]).then().statusCode(200)
                .body("posts.items.find { it.id == " + quoting + " }.quote.postId", equalTo((int) a[1]))
                .body("posts.items.find { it.id == " + quoting + " }.quote.html", containsString("Pertanyaan asli"));
        act("moderator1", "thread", a[0], "lock", "Sudah terjawab", Map.of()).then().statusCode(200);
        postReply("warga2", a[0], "Terlambat", null).then().statusCode(409);
    }

    @Test
    void onlyTheAuthorEditsWithinTheWindowKeepingHistoryAndDeletesSoftly() {
        long[] t = thread("warga1", "9901-RSUD", "Edit saya", "Versi pertama");
        as(null).body(Map.of("body", "x")).when().put("/api/v1/posts/" + t[1]).then().statusCode(401);
        as("warga2").body(Map.of("body", "bukan milik saya")).when().put("/api/v1/posts/" + t[1]).then().statusCode(403);
        as("moderator1").body(Map.of("body", "bukan milik saya")).when().put("/api/v1/posts/" + t[1]).then().statusCode(403);
        as("warga1").body(Map.of("body", "Versi *kedua*", "title", "Edit saya (diperbaiki)")).when()
                .put("/api/v1/posts/" + t[1]).then().statusCode(200)
                .body("html", containsString("<em>kedua</em>")).body("edited", equalTo(true));
        as(null).when().get("/api/v1/threads/" + t[0]).then().body("title", equalTo("Edit saya (diperbaiki)"));

        as(null).when().delete("/api/v1/posts/" + t[1]).then().statusCode(401);
        as("warga2").when().delete("/api/v1/posts/" + t[1]).then().statusCode(403);
        as("warga1").when().delete("/api/v1/posts/" + t[1]).then().statusCode(204);
        as(null).when().get("/api/v1/threads/" + t[0]).then().statusCode(200)
                .body("posts.items[0].status", equalTo("DELETED")).body("posts.items[0].html", nullValue());
        as("warga1").body(Map.of("body", "setelah dihapus")).when().put("/api/v1/posts/" + t[1]).then().statusCode(409);
    }

    @jakarta.inject.Inject
    javax.sql.DataSource dataSource;

    @Test
    void theEditWindowCloses() throws Exception {
        long[] t = thread("warga2", "9901-RSUD", "Lama", "Ditulis lama");
        try (var c = dataSource.getConnection(); var s = c.createStatement()) {
            s.executeUpdate("UPDATE forum_post SET created_at = NOW(6) - INTERVAL 31 MINUTE WHERE id = " + t[1]);
            var rs = s.executeQuery("SELECT COUNT(*) FROM forum_post_edit WHERE post_id = " + t[1]);
            rs.next();
            assertEquals(0, rs.getInt(1));
        }
        as("warga2").body(Map.of("body", "terlambat")).when().put("/api/v1/posts/" + t[1]).then().statusCode(409)
                .body("detail", containsString("30")).body("detail", equalTo("Batas waktu ubah 30 menit sudah lewat"));
        as("warga2").header("Accept-Language", "en").body(Map.of("body", "terlambat")).when().put("/api/v1/posts/" + t[1])
                .then().statusCode(409).body("detail", equalTo("The 30-minute edit window has passed"));
    }

    @Test
    void editHistoryIsKept() throws Exception {
        long[] t = thread("warga2", "9901-RSUD", "Riwayat", "Satu");
        as("warga2").body(Map.of("body", "Dua")).when().put("/api/v1/posts/" + t[1]).then().statusCode(200);
        as("warga2").body(Map.of("body", "Tiga")).when().put("/api/v1/posts/" + t[1]).then().statusCode(200);
        try (var c = dataSource.getConnection(); var s = c.createStatement();
                var rs = s.executeQuery("SELECT body FROM forum_post_edit WHERE post_id = " + t[1] + " ORDER BY id")) {
            rs.next();
            assertEquals("Satu", rs.getString(1));
            rs.next();
            assertEquals("Dua", rs.getString(1));
        }
    }

    @Test
    void helpfulIsOncePerUserAndPost() {
        long[] t = thread("warga1", "1708-UMUM", "Berguna", "Info berguna");
        as(null).when().post("/api/v1/posts/" + t[1] + "/reactions").then().statusCode(401);
        for (String user : new String[] {"warga2", "petugas.dukcapil", "moderator1", "hr1", "admin1"}) {
            as(user).when().post("/api/v1/posts/" + t[1] + "/reactions").then().statusCode(200).body("mine", equalTo(true));
        }
        as("warga2").when().post("/api/v1/posts/" + t[1] + "/reactions").then().statusCode(200).body("helpful", equalTo(5));
        as("warga2").when().get("/api/v1/threads/" + t[0]).then()
                .body("posts.items[0].helpful", equalTo(5)).body("posts.items[0].reacted", equalTo(true));
    }

    @Test
    void searchFindsTitlesAndBodiesOfVisiblePostsOnly() {
        thread("warga2", "7602-UMUM", "Jembatan gantung rusak", "Jembatan di desa kami perlu perbaikan segera");
        as(null).when().get("/api/v1/search?q=jembatan").then().statusCode(200)
                .body("items.title", hasItem("Jembatan gantung rusak")).body("total", notNullValue());
        as(null).when().get("/api/v1/search?q=jembatan&page=abc").then().statusCode(422);
    }

    @Test
    void everyoneSeesOwnNotificationsOnly() {
        long[] t = thread("warga1", "1708-DUKCAPIL", "Tanya akta", "Syarat akta kelahiran?");
        reply("petugas.dukcapil", t[0], "Bawa surat keterangan lahir dan KK.");
        reply("warga2", t[0], "Saya juga ingin tahu.");
        as(null).when().get("/api/v1/me/notifications").then().statusCode(401);
        as("warga1").when().get("/api/v1/me/notifications").then().statusCode(200)
                .body("items.find { it.threadId == " + t[0] + " && it.kind == 'OFFICER_ANSWER' }", notNullValue())
                .body("items.find { it.threadId == " + t[0] + " && it.kind == 'REPLY' }", notNullValue());
        for (String user : new String[] {"warga2", "petugas.dukcapil", "moderator1", "hr1", "admin1"}) {
            as(user).when().get("/api/v1/me/notifications").then().statusCode(200)
                    .body("items.find { it.threadId == " + t[0] + " && it.kind == 'OFFICER_ANSWER' }", nullValue());
        }
    }

    @Test
    void citizensChooseAValidUniquePseudonymChangeableOnceAMonth() {
        as(null).body(Map.of("pseudonym", "Siapa")).when().put("/api/v1/me/pseudonym").then().statusCode(401);
        as("hr1").body(Map.of("pseudonym", "Siapa")).when().put("/api/v1/me/pseudonym").then().statusCode(403);
        as("warga1").body(Map.of("pseudonym", "suarakepahiang")).when().put("/api/v1/me/pseudonym").then().statusCode(409);
        as("warga1").body(Map.of("pseudonym", "Admin_Resmi")).when().put("/api/v1/me/pseudonym").then().statusCode(422);
        as("warga1").body(Map.of("pseudonym", "ab")).when().put("/api/v1/me/pseudonym").then().statusCode(422);
        as("warga1").body(Map.of("pseudonym", "WargaPeduli")).when().put("/api/v1/me/pseudonym").then().statusCode(200);
        as("warga2").body(Map.of("pseudonym", "SuaraKepahiang2")).when().put("/api/v1/me/pseudonym").then().statusCode(200)
                .body("pseudonym", equalTo("SuaraKepahiang2")).body("nextChangeFrom", notNullValue());
        as("warga2").body(Map.of("pseudonym", "SuaraKepahiang3")).when().put("/api/v1/me/pseudonym").then().statusCode(409)
                .body("errors.message", hasItem("too-soon"));
    }

    @Test
    void adminsManageCategories() {
        Map<String, Object> form = Map.of("code", "1708-PUSKESMAS", "name", "Puskesmas", "regionCode", "1708");
        as(null).body(form).when().post("/api/v1/forums").then().statusCode(401);
        for (String user : new String[] {"warga1", "petugas.dukcapil", "moderator1", "hr1"}) {
            as(user).body(form).when().post("/api/v1/forums").then().statusCode(403);
        }
        long id = as("admin1").body(form).when().post("/api/v1/forums").then().statusCode(201).extract().jsonPath().getLong("id");
        as("admin1").body(form).when().post("/api/v1/forums").then().statusCode(409);
        as("admin1").body(Map.of("code", "1708-PUSKESMAS", "name", "Puskesmas Kepahiang", "regionCode", "1708"))
                .when().put("/api/v1/forums/" + id).then().statusCode(200).body("name", equalTo("Puskesmas Kepahiang"));
    }

    @Test
    void aRegionalAdminManagesOnlyTheirOwnRegionsForums() {
        String unique = "F" + (System.nanoTime() % 100_000_000L);
        Map<String, Object> mamuju = Map.of("code", "7602-" + unique, "name", "Forum Mamuju", "regionCode", "7602");
        as("admin.kepahiang").body(mamuju).when().post("/api/v1/forums").then().statusCode(403)
                .body("type", equalTo("urn:suarawarga:problem:forbidden"))
                .body("detail", equalTo("Hanya admin wilayah 7602 yang dapat mengelola forumnya"));
        long mamujuForum = as("admin1").body(mamuju).when().post("/api/v1/forums").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        as("admin.kepahiang").body(Map.of("code", "7602-" + unique, "name", "Forum Mamuju Diubah", "regionCode", "7602"))
                .when().put("/api/v1/forums/" + mamujuForum).then().statusCode(403);
        // Taking Mamuju's forum into Kepahiang is a change of Mamuju's forum too.
        as("admin.kepahiang").body(Map.of("code", "7602-" + unique, "name", "Forum Mamuju", "regionCode", "1708"))
                .when().put("/api/v1/forums/" + mamujuForum).then().statusCode(403);

        Map<String, Object> kepahiang = Map.of("code", "1708-" + unique, "name", "Forum Kepahiang", "regionCode", "1708");
        long kepahiangForum = as("admin.kepahiang").body(kepahiang).when().post("/api/v1/forums").then().statusCode(201)
                .extract().jsonPath().getLong("id");
        as("admin.kepahiang").body(Map.of("code", "1708-" + unique, "name", "Forum Kepahiang Baru", "regionCode", "1708"))
                .when().put("/api/v1/forums/" + kepahiangForum).then().statusCode(200)
                .body("name", equalTo("Forum Kepahiang Baru"));
        as("admin.kepahiang").body(Map.of("code", "1708-" + unique, "name", "Forum Kepahiang", "regionCode", "7602"))
                .when().put("/api/v1/forums/" + kepahiangForum).then().statusCode(403);
        as("admin1").body(Map.of("code", "7602-" + unique, "name", "Forum Mamuju Diubah", "regionCode", "7602"))
                .when().put("/api/v1/forums/" + mamujuForum).then().statusCode(200);
    }

    @Test
    void reportsNeedALoginAndCountOncePerUser() {
        long[] t = thread("warga1", "7602-UMUM", "Dilaporkan sekali", "isi");
        report(null, t[1], "SPAM", null).then().statusCode(401);
        report("warga1", t[1], "SPAM", null).then().statusCode(422);
        report("warga2", t[1], "BOGUS", null).then().statusCode(422);
        report("warga2", t[1], "OTHER", null).then().statusCode(422).body("errors.field", hasItem("text"));
        report("warga2", t[1], "SPAM", null).then().statusCode(201).body("reports", equalTo(1));
        report("warga2", t[1], "ABUSE", null).then().statusCode(409);
        for (String user : new String[] {"petugas.dukcapil", "hr1"}) {
            report(user, t[1], "OFF_TOPIC", null).then().statusCode(201);
        }
    }

    /** The writes on someone else's item, and the role-only endpoints, for every role left out above. */
    @Test
    void everyRoleGetsWhatTheContractSaysOnOthersPostsAndRoleOnlyEndpoints() {
        long[] t = thread("warga1", "9901-UMUM", "Milik warga1", "isi");
        for (String user : new String[] {"warga2", "petugas.dukcapil", "moderator1", "hr1", "admin1"}) {
            as(user).body(Map.of("body", "bukan milik saya")).when().put("/api/v1/posts/" + t[1]).then().statusCode(403);
            as(user).when().delete("/api/v1/posts/" + t[1]).then().statusCode(403);
        }
        for (String user : new String[] {"moderator1", "admin1"}) {
            report(user, t[1], "OFF_TOPIC", null).then().statusCode(201);
        }
        for (String user : new String[] {"petugas.dukcapil", "moderator1", "hr1", "admin1"}) {
            as(user).body(Map.of("pseudonym", "BukanWarga")).when().put("/api/v1/me/pseudonym").then().statusCode(403);
            as(user).when().get("/api/v1/me/pseudonym").then().statusCode(403);
        }
        as("warga1").when().get("/api/v1/me/pseudonym").then().statusCode(200).body("pseudonym", equalTo("WargaPeduli"));
        for (String user : new String[] {"warga1", "petugas.dukcapil", "hr1"}) {
            as(user).when().get("/api/v1/moderation/banned-words").then().statusCode(403);
            as(user).body(Map.of("words", List.of("x"))).when().put("/api/v1/moderation/banned-words").then().statusCode(403);
        }
        as(null).when().get("/api/v1/me/pseudonym").then().statusCode(401);
        as(null).when().delete("/api/v1/posts/" + t[1]).then().statusCode(401);
    }
}
