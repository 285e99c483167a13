package id.suarawarga.identity;

import static io.restassured.RestAssured.given;

import id.suarawarga.devsupport.RealmRoles;
import id.suarawarga.devsupport.Tokens;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;

/**
 * The real objects the authorization matrix calls its endpoints on, made once per run through the API as the right
 * role (plus a few past answers written into MariaDB, as {@code AppraisalApiTest} does, so that a period has
 * exclusions). A placeholder {@code ${name}} in the matrix table names one of them; the "fresh" ones make a new
 * object for every cell, so that one role's successful delete or decision does not decide the next role's cell.
 */
final class MatrixFixture {

    /** Quarters no other test uses; {@code ${newPeriod}} and {@code ${freshPeriod}} take the next one. */
    private static final AtomicInteger NEXT_QUARTER = new AtomicInteger();
    private static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Za-z]+)}");

    /** The users behind the nine columns (anonymous: null). */
    final Map<String, String> users = new java.util.LinkedHashMap<>();
    private final Map<String, String> values = new HashMap<>();
    private final Map<String, Supplier<String>> fresh = new HashMap<>();
    private final DataSource ds;
    final String run = UUID.randomUUID().toString().substring(0, 6);

    String citizen;
    String citizenB;
    String otherOfficer;
    String otherModerator;
    /** A moderator of region A (Kepahiang) only: the moderator column. */
    String moderatorA;
    /** The scratch region the operator grants the admin column (see {@link #build()}); revoked by {@link #close()}. */
    String scratchRegion;
    long unit;
    long otherUnit;
    long service;
    long thread;
    long period;

    MatrixFixture(DataSource ds) {
        this.ds = ds;
    }

    static RequestSpecification as(String user) {
        RequestSpecification spec = given().contentType(ContentType.JSON).header("Idempotency-Key", "m-" + UUID.randomUUID());
        return user == null ? spec : spec.auth().oauth2(Tokens.of(user));
    }

    MatrixFixture build() throws Exception {
        citizen = Tokens.newCitizen("mx-a");
        citizenB = Tokens.newCitizen("mx-b");
        otherOfficer = Tokens.newCitizen("mx-officer");
        otherModerator = Tokens.newCitizen("mx-moderator");
        moderatorA = Tokens.newCitizen("mx-moda");
        RealmRoles.replace(otherOfficer, "officer");
        RealmRoles.replace(otherModerator, "moderator");
        RealmRoles.replace(moderatorA, "moderator");

        unit = unitId("1708", "1708-DUKCAPIL");
        otherUnit = unitId("1708", "1708-DPMPTSP");
        service = firstService(unit);
        long otherService = firstService(otherUnit);
        // Region B (Mamuju): the other officer serves one of its units (an officer of B, issue 15).
        long unitB = unitId("7602", "7602-DUKCAPIL");
        long serviceB = firstService(unitB);
        as("admin1").body(Map.of("unitIds", List.of(unitB), "reason", "matrix")).when()
                .put("/api/v1/staff/" + otherOfficer + "/scopes/officer").then().statusCode(200);
        as("admin1").body(Map.of("regions", List.of("7602"))).when().put("/api/v1/moderators/" + otherModerator + "/regions")
                .then().statusCode(200);
        as("admin1").body(Map.of("regions", List.of("1708"), "reason", "matrix")).when()
                .put("/api/v1/staff/" + moderatorA + "/scopes/moderator").then().statusCode(200);

        users.put("anonymous", null);
        users.put("citizen", citizen);
        users.put("officer", "petugas.dukcapil");
        users.put("other-officer", otherOfficer);
        users.put("moderator", moderatorA);
        users.put("hr", "hr.kepahiang");
        users.put("other-hr", "hr.mamuju");
        users.put("admin", "admin.kepahiang");
        users.put("operator", "admin1");

        // Citizens need a forum pseudonym before they write.
        for (String c : List.of(citizen, citizenB)) {
            as(c).body(Map.of("pseudonym", pseudonymOf(c))).when().put("/api/v1/me/pseudonym").then().statusCode(200);
            // not a "new account" (whose daily limit of 10 posts the fresh posts below would exceed)
            sql("UPDATE forum_profile SET created_at = NOW(6) - INTERVAL 2 DAY WHERE username = ?", c);
        }

        // Catalogue objects an admin may change without touching the demo data other tests read: a scratch region
        // the operator makes part of region A for the admin column (so admin.kepahiang is its admin, and is seen
        // allowed in their own region), and a second one that stays outside every column but the operator's.
        String region = ("MX" + run).toUpperCase();
        scratchRegion = region;
        long[] scratch = scratchCatalogue(region, "Kabupaten Matriks");
        long scratchUnit = scratch[0];
        long scratchService = scratch[1];
        long scratchForum = scratch[2];
        as("admin1").body(Map.of("regions", List.of("1708", region), "reason", "matrix: the run's scratch region")).when()
                .put("/api/v1/staff/admin.kepahiang/scopes/admin").then().statusCode(200);
        String regionB = ("MXB" + run).toUpperCase();
        long[] scratchB = scratchCatalogue(regionB, "Kabupaten Matriks Lain");

        // A Kepahiang forum and holidays the admin pages may change without touching the demo data (issue 15).
        long kepahiangForum = as("admin1").body(Map.of("code", region + "-KFORUM", "name", "Forum Matriks Kepahiang",
                "regionCode", "1708")).when().post("/api/v1/forums").then().statusCode(201).extract().jsonPath().getLong("id");

        // Forum: a thread and a reply by the citizen column's user, a reply by another citizen; one in another region.
        long forum = forumId("1708-UMUM");
        JsonPath t = as(citizen).body(Map.of("title", "Antrean KTP " + run, "body", "Antrean panjang sekali."))
                .when().post("/api/v1/forums/" + forum + "/threads").then().statusCode(201).extract().jsonPath();
        thread = t.getLong("threadId");
        long post = reply(citizen, thread);
        long othersPost = reply(citizenB, thread);
        JsonPath t2 = as(citizenB).body(Map.of("title", "Jalan rusak " + run, "body", "Di depan pasar."))
                .when().post("/api/v1/forums/" + forumId("7602-UMUM") + "/threads").then().statusCode(201).extract().jsonPath();

        // Feedback: a rating with a public comment by the citizen, another by citizen B, on the officer's unit.
        long feedback = rating(citizen, unit, service, "Loket ramah " + run);
        long othersFeedback = rating(citizenB, unit, service, "Antrean tertib " + run);
        long otherUnitsFeedback = rating(citizenB, otherUnit, otherService, "Perizinan cepat " + run);
        long feedbackB = rating(citizenB, unitB, serviceB, "Dukcapil Mamuju ramah " + run);

        // Appraisal: a computed quarter in review, with answers of which a burst of new accounts is excluded.
        String quarter = nextQuarter();
        Instant start = LocalDate.parse(quarter.substring(0, 4) + "-" + month(quarter) + "-01").atStartOfDay(WIB).toInstant();
        long regionId = Long.parseLong(scalar("SELECT region_id FROM unit WHERE id = ?", unit));
        for (int i = 0; i < 12; i++) {
            insertRating(unit, regionId, "burst" + run + i, start.plus(Duration.ofDays(20)).plus(Duration.ofMinutes(5L * i)),
                    "Pelayanan buruk sekali, kantor ini harus ditutup " + i);
        }
        period = as("hr1").body(Map.of("period", quarter, "regionCode", "1708", "reviewWorkingDays", 10)).when().post("/api/v1/appraisal/periods")
                .then().statusCode(201).extract().jsonPath().getLong("id");
        as("hr1").when().post("/api/v1/appraisal/periods/" + period + "/compute").then().statusCode(200);

        long frozenPeriod = computedPeriod();
        // A Mamuju period in review: region B's HR and the officer of B read its draft of the officer's unit.
        long periodB = as("hr.mamuju").body(Map.of("period", nextQuarter(), "regionCode", "7602", "reviewWorkingDays", 10))
                .when().post("/api/v1/appraisal/periods").then().statusCode(201).extract().jsonPath().getLong("id");
        as("hr.mamuju").when().post("/api/v1/appraisal/periods/" + periodB + "/compute").then().statusCode(200);
        as("hr1").body(Map.of("closeReviewEarly", true)).when().post("/api/v1/appraisal/periods/" + frozenPeriod + "/freeze")
                .then().statusCode(200);

        String planPeriod = "2024-Q4";
        as("admin1").body(Map.of("text", "Menambah loket.")).when()
                .put("/api/v1/services/" + service + "/improvement-plans/" + planPeriod).then().statusCode(200);

        values.put("unit", "" + unit);
        values.put("otherUnit", "" + otherUnit);
        values.put("service", "" + service);
        values.put("otherService", "" + otherService);
        values.put("region", "1708");
        values.put("scratchRegion", region);
        values.put("scratchUnit", "" + scratchUnit);
        values.put("scratchService", "" + scratchService);
        values.put("forum", "" + forum);
        values.put("scratchForum", "" + scratchForum);
        values.put("scratchRegionB", regionB);
        values.put("scratchUnitB", "" + scratchB[0]);
        values.put("scratchServiceB", "" + scratchB[1]);
        values.put("scratchForumB", "" + scratchB[2]);
        values.put("unitB", "" + unitB);
        values.put("serviceB", "" + serviceB);
        values.put("feedbackB", "" + feedbackB);
        values.put("periodB", "" + periodB);
        values.put("grantee", "mx-grantee-" + run);
        values.put("kepahiangForum", "" + kepahiangForum);
        values.put("kepahiangForumCode", region + "-KFORUM");
        values.put("thread", "" + thread);
        values.put("otherRegionThread", "" + t2.getLong("threadId"));
        values.put("otherRegionPost", "" + t2.getLong("id"));
        values.put("post", "" + post);
        values.put("othersPost", "" + othersPost);
        values.put("feedback", "" + feedback);
        values.put("othersFeedback", "" + othersFeedback);
        values.put("otherUnitsFeedback", "" + otherUnitsFeedback);
        values.put("period", "" + period);
        values.put("frozenPeriod", "" + frozenPeriod);
        values.put("planPeriod", planPeriod);
        values.put("citizenPseudonym", pseudonymOf(citizen));
        values.put("citizen", citizen);
        values.put("citizenB", citizenB);
        values.put("otherOfficer", otherOfficer);
        values.put("otherModerator", otherModerator);
        values.put("bannedWords", as("admin1").when().get("/api/v1/moderation/banned-words").then().statusCode(200)
                .extract().jsonPath().prettify().replaceAll("\\s+", " "));
        fresh.put("uuid", () -> UUID.randomUUID().toString());
        fresh.put("unique", () -> ("MX" + UUID.randomUUID().toString().substring(0, 8)).toUpperCase());
        fresh.put("newPeriod", MatrixFixture::nextQuarter);
        fresh.put("freshPeriod", () -> "" + computedPeriod());
        fresh.put("freshPost", () -> "" + reply(citizen, thread));
        fresh.put("freshOthersPost", () -> "" + reply(citizenB, thread));
        fresh.put("freshObjection", () -> "" + as("petugas.dukcapil").body(Map.of("text", "Keberatan " + run))
                .when().post("/api/v1/appraisal/periods/" + period + "/units/" + unit + "/objections")
                .then().statusCode(201).extract().jsonPath().getLong("id"));
        fresh.put("freshExclusion", () -> "" + as("hr1").when()
                .get("/api/v1/appraisal/periods/" + period + "/units/" + unit + "?size=100").then().statusCode(200)
                .extract().jsonPath().getLong("exclusions.find { it.active }.id"));
        fresh.put("freshFeedback", () -> "" + insertRating(otherUnit, regionId, citizenB, Instant.now(),
                "Komentar untuk dilaporkan " + UUID.randomUUID()));
        fresh.put("holidayDay", MatrixFixture::farDay);
        fresh.put("freshHoliday", () -> {
            String name = "Libur matriks " + UUID.randomUUID();
            try {
                sql("INSERT INTO holiday (region_id, day, name) VALUES ((SELECT id FROM region WHERE code = '1708'), ?, ?)",
                        farDay(), name);
                return scalar("SELECT id FROM holiday WHERE name = ?", name);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        fresh.put("pseudonym", () -> "Mx" + UUID.randomUUID().toString().substring(0, 8));
        paperBatches(region);
        visitCodes(region);
        kiosks(unitB);
        return this;
    }

    /** Takes back the scratch region from admin.kepahiang, whom other tests read as the admin of Kepahiang only. */
    void close() {
        if (scratchRegion != null) {
            as("admin1").body(Map.of("regions", List.of("1708"), "reason", "matrix: run over")).when()
                    .put("/api/v1/staff/admin.kepahiang/scopes/admin").then().statusCode(200);
        }
    }

    /** A region made by the operator with a unit, a service and a forum: their ids. */
    private static long[] scratchCatalogue(String region, String name) {
        as("admin1").body(Map.of("code", region, "name", name, "type", "KABUPATEN", "province", "Bengkulu"))
                .when().post("/api/v1/regions").then().statusCode(201);
        long unit = as("admin1").body(Map.of("code", region + "-DINAS", "name", "Dinas Matriks", "type", "DINAS",
                "regionCode", region)).when().post("/api/v1/units").then().statusCode(201).extract().jsonPath().getLong("id");
        long service = as("admin1").body(Map.of("code", region + "-LAYANAN", "name", "Layanan Matriks",
                "unitId", unit)).when().post("/api/v1/services").then().statusCode(201).extract().jsonPath().getLong("id");
        long forum = as("admin1").body(Map.of("code", region + "-FORUM", "name", "Forum Matriks", "regionCode", region))
                .when().post("/api/v1/forums").then().statusCode(201).extract().jsonPath().getLong("id");
        return new long[] {unit, service, forum};
    }

    /**
     * Paper questionnaires (issue 16): a DUKCAPIL service of the run's own (so counted sheets, dated in January 2025,
     * touch no answers another test counts) and batches in each state a cell needs. The operator types the first
     * entry of the double-entry batches, so the operator's cell of the second entry is the "another person" refusal.
     */
    private void paperBatches(String region) {
        long paperService = as("admin1").body(Map.of("code", region + "-PAPER", "name", "Layanan Kertas Matriks",
                "unitId", unit)).when().post("/api/v1/services").then().statusCode(201).extract().jsonPath().getLong("id");
        values.put("paperService", "" + paperService);
        values.put("paperBatch", "" + paperBatch(paperService, 2, false));
        fresh.put("freshPaperBatch", () -> "" + paperBatch(paperService, 2, false));
        fresh.put("freshFullPaperBatch", () -> {
            long id = paperBatch(paperService, 1, false);
            paperRows("petugas.dukcapil", id, "rows", Map.of("digits", "434433423"));
            return "" + id;
        });
        fresh.put("freshDoubleBatch", () -> {
            long id = paperBatch(paperService, 1, true);
            paperRows("admin1", id, "rows", Map.of("digits", "444444444"));
            return "" + id;
        });
        fresh.put("freshDifferingBatch", () -> {
            long id = paperBatch(paperService, 1, true);
            paperRows("admin1", id, "rows", Map.of("digits", "444444444"));
            paperRows("admin.kepahiang", id, "verification", Map.of("digits", "434444444"));
            return "" + id;
        });
    }

    /**
     * Visit codes (issue 16): a DUKCAPIL service of the run's own, an open code, a batch, and a fresh code per cell
     * for the answer (each answer uses its code up).
     */
    private void visitCodes(String region) {
        long visitService = as("admin1").body(Map.of("code", region + "-VISIT", "name", "Layanan Kunjungan Matriks",
                "unitId", unit)).when().post("/api/v1/services").then().statusCode(201).extract().jsonPath().getLong("id");
        values.put("visitService", "" + visitService);
        values.put("visitCode", visitCode(visitService));
        values.put("visitBatch", "" + as("admin1").body(Map.of("count", 2)).when()
                .post("/api/v1/services/" + visitService + "/visit-batches").then().statusCode(201)
                .extract().jsonPath().getLong("id"));
        fresh.put("freshVisitCode", () -> visitCode(visitService));
        fresh.put("freshAnsweredVisitCode", () -> {
            String code = visitCode(visitService);
            given().contentType(ContentType.JSON).body(Map.of("answers", Map.of("U1", 4, "U2", 4, "U3", 4, "U4", 4,
                    "U5", 4, "U6", 4, "U7", 4, "U8", 4, "U9", 4))).when().post("/api/v1/visits/" + code + "/survey")
                    .then().statusCode(201);
            return code;
        });
    }

    private static String visitCode(long service) {
        return as("admin1").body(Map.of()).when().post("/api/v1/services/" + service + "/visits").then().statusCode(201)
                .extract().jsonPath().getString("code").replace("-", "");
    }

    /**
     * Counter kiosks (issue 16): fresh ones per cell of the officer's unit and of region B's (the revocations), and a
     * fresh pairing code of the officer's unit for each cell of the tablet's pairing form. None of them takes an answer.
     */
    private void kiosks(long unitB) {
        fresh.put("freshKiosk", () -> "" + kiosk(unit).getLong("id"));
        fresh.put("freshKioskB", () -> "" + kiosk(unitB).getLong("id"));
        fresh.put("freshPairingCode", () -> kiosk(unit).getString("pairingCode"));
    }

    private static JsonPath kiosk(long unit) {
        return as("admin1").body(Map.of("unitId", unit, "name", "Loket Matriks")).when().post("/api/v1/kiosks")
                .then().statusCode(201).extract().jsonPath();
    }

    private static long paperBatch(long service, int sheets, boolean doubleEntry) {
        return as("admin1").body(Map.of("collectedFrom", "2025-01-01", "collectedTo", "2025-01-07", "collectedBy", "Loket",
                "sheets", sheets, "doubleEntry", doubleEntry)).when().post("/api/v1/services/" + service + "/paper-batches")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    private static void paperRows(String user, long batch, String step, Map<String, Object> row) {
        as(user).body(Map.of("rows", List.of(row))).when().post("/api/v1/paper-batches/" + batch + "/" + step)
                .then().statusCode(201);
    }

    /**
     * {@code ${name}} replaced by the object's id or value. A "fresh" name makes a new object each time when
     * {@code forSuccess}; a cell expected to be refused gets one stand-in per name instead (cheaper, and should the
     * refusal fail, that cell shows it anyway).
     */
    String resolve(String template, boolean forSuccess) {
        Matcher m = PLACEHOLDER.matcher(template);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(value(m.group(1), forSuccess)));
        }
        m.appendTail(out);
        return out.toString();
    }

    private final Map<String, String> standIns = new HashMap<>();

    String value(String name, boolean forSuccess) {
        Supplier<String> f = fresh.get(name);
        if (f != null) {
            return forSuccess ? f.get() : standIns.computeIfAbsent(name, n -> f.get());
        }
        String v = values.get(name);
        if (v == null) {
            throw new IllegalArgumentException("No fixture object ${" + name + "}; known: " + values.keySet() + " "
                    + fresh.keySet());
        }
        return v;
    }

    /**
     * The default object of a path parameter, by the path segment before it ({@code /units/{id}} → the officer's
     * unit): a new endpoint under a known resource needs no fixture code, only its row.
     */
    static String defaultFor(String path, String param) {
        String[] segments = path.split("/");
        for (int i = 1; i < segments.length; i++) {
            if (segments[i].equals("{" + param + "}")) {
                String before = segments[i - 1];
                return switch (before) {
                    case "regions" -> "${scratchRegion}";
                    case "units" -> "${unit}";
                    case "services" -> "${service}";
                    case "forums" -> "${forum}";
                    case "threads" -> "${thread}";
                    case "posts" -> "${post}";
                    case "feedback" -> "${feedback}";
                    case "periods", "appraisal" -> "${period}";
                    case "objections" -> "${freshObjection}";
                    case "exclusions" -> "${freshExclusion}";
                    case "officers" -> "${otherOfficer}";
                    case "moderators" -> "${otherModerator}";
                    case "improvement-plans", "service-users" -> "${planPeriod}";
                    case "paper-batches", "paper" -> "${paperBatch}";
                    case "visits", "v" -> "${visitCode}";
                    case "batches" -> "${visitBatch}";
                    case "kiosks" -> "${freshKiosk}";
                    default -> throw new IllegalArgumentException("No default object for {" + param + "} in " + path
                            + ": give one in the row's args column, e.g. " + param + "=${unit}");
                };
            }
        }
        throw new IllegalArgumentException("{" + param + "} not in " + path);
    }

    /** A day far in the future (a holiday there moves no deadline another test reads), rarely the same twice. */
    static String farDay() {
        return LocalDate.of(2090, 1, 1).plusDays(java.util.concurrent.ThreadLocalRandom.current().nextInt(3650)).toString();
    }

    static String pseudonymOf(String username) {
        return "Mx" + username.replaceAll("[^a-z0-9]", "");
    }

    private long computedPeriod() {
        long id = as("hr1").body(Map.of("period", nextQuarter(), "regionCode", "1708", "reviewWorkingDays", 10))
                .when().post("/api/v1/appraisal/periods").then().statusCode(201).extract().jsonPath().getLong("id");
        as("hr1").when().post("/api/v1/appraisal/periods/" + id + "/compute").then().statusCode(200);
        return id;
    }

    private static String nextQuarter() {
        int n = NEXT_QUARTER.getAndIncrement();
        return (2003 + n / 4) + "-Q" + (n % 4 + 1);
    }

    private static String month(String quarter) {
        int q = quarter.charAt(quarter.length() - 1) - '0';
        return String.format("%02d", 3 * q - 2);
    }

    static long reply(String user, long thread) {
        return as(user).body(Map.of("body", "Balasan " + UUID.randomUUID())).when().post("/api/v1/threads/" + thread + "/posts")
                .then().statusCode(201).extract().jsonPath().getLong("id");
    }

    static long rating(String user, long unit, long service, String comment) {
        return as(user).body(Map.of("stars", 4, "comment", comment, "serviceId", service)).when()
                .post("/api/v1/units/" + unit + "/ratings").then().statusCode(201).extract().jsonPath().getLong("id");
    }

    static long unitId(String regionCode, String unitCode) {
        return given().when().get("/api/v1/regions/" + regionCode + "/units?size=100").then().statusCode(200)
                .extract().jsonPath().getLong("items.find { it.code == '" + unitCode + "' }.id");
    }

    static long firstService(long unit) {
        return given().when().get("/api/v1/units/" + unit + "/services?size=100").then().statusCode(200)
                .extract().jsonPath().getLong("items[0].id");
    }

    static long forumId(String code) {
        return given().when().get("/api/v1/forums?size=100").then().statusCode(200).extract().jsonPath()
                .getLong("items.find { it.code == '" + code + "' }.id");
    }

    /** A rating with a public comment written straight into MariaDB; answers its id. */
    private long insertRating(long unit, long region, String author, Instant at, String comment) {
        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement("""
                INSERT INTO feedback (service_id, kind, unit_id, region_id, questionnaire_id, author_sub, author_name, anonymous,
                  dedupe_key, local_date, created_at, stars, comment)
                VALUES (NULL, 'RATING', ?, ?, NULL, ?, ?, FALSE, ?, ?, ?, 1, ?)""", Statement.RETURN_GENERATED_KEYS)) {
            ps.setLong(1, unit);
            ps.setLong(2, region);
            ps.setString(3, author);
            ps.setString(4, "Warga " + author);
            ps.setString(5, "mx-" + UUID.randomUUID());
            ps.setObject(6, LocalDate.ofInstant(at, WIB));
            ps.setTimestamp(7, Timestamp.from(at));
            ps.setString(8, comment);
            ps.executeUpdate();
            var keys = ps.getGeneratedKeys();
            keys.next();
            return keys.getLong(1);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    void sql(String sql, Object... params) throws Exception {
        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            ps.executeUpdate();
        }
    }

    String scalar(String sql, Object... params) throws Exception {
        try (Connection c = ds.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) {
                ps.setObject(i + 1, params[i]);
            }
            var rs = ps.executeQuery();
            return rs.next() ? rs.getString(1) : null;
        }
    }
}
