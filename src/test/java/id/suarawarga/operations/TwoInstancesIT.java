package id.suarawarga.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import id.suarawarga.devsupport.AppProcess;
import id.suarawarga.devsupport.DatabaseServer;
import id.suarawarga.devsupport.DevSupport;
import id.suarawarga.devsupport.ItKeycloak;
import id.suarawarga.devsupport.KeycloakServer;
import id.suarawarga.devsupport.Tokens;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Fault 3 of issue 8: two packaged app processes on one database and one Keycloak, requests alternating between
 * them, one after another and at the same moment. An Idempotency-Key counts once whichever instance gets it, and
 * a per-user daily limit (new accounts' forum threads, lowered to {@value #THREAD_LIMIT} on both) lets exactly
 * that many through in total. Figures go to {@code target/reliability/two-instances.txt} (docs/reliability.md).
 */
class TwoInstancesIT {

    static final int THREAD_LIMIT = 5;
    static final ObjectMapper JSON = new ObjectMapper();
    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    static final List<String> FIGURES = new ArrayList<>();

    static DatabaseServer database;
    static KeycloakServer keycloak;
    static AppProcess a;
    static AppProcess b;
    static List<Long> services = new ArrayList<>();
    static long forum;

    @BeforeAll
    static void start() throws Exception {
        Path project = DevSupport.projectDir();
        database = DatabaseServer.forTests();
        keycloak = ItKeycloak.get();
        String limit = "-Dsuarawarga.forum.new-account-threads-per-day=" + THREAD_LIMIT;
        // Both start at once, as after a deployment: their Flyway runs take turns on the database's lock.
        ExecutorService starter = Executors.newFixedThreadPool(2);
        Future<AppProcess> first = starter.submit(() -> AppProcess.start(database, keycloak.realmUrl(),
                project.resolve("target/two-instances-a.log"), limit));
        Future<AppProcess> second = starter.submit(() -> AppProcess.start(database, keycloak.realmUrl(),
                project.resolve("target/two-instances-b.log"), limit));
        try {
            a = first.get(180, TimeUnit.SECONDS);
        } finally {
            b = second.get(180, TimeUnit.SECONDS);
            starter.shutdown();
        }
        database.loadDemoCatalogue();
        try (Connection c = database.connection(); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("SELECT id FROM public_service ORDER BY id")) {
                while (rs.next()) {
                    services.add(rs.getLong(1));
                }
            }
            try (ResultSet rs = s.executeQuery("SELECT id FROM forum_category WHERE code = '9901-UMUM'")) {
                rs.next();
                forum = rs.getLong(1);
            }
        }
    }

    @AfterAll
    static void stop() throws Exception {
        if (!FIGURES.isEmpty()) {
            String text = "Two app instances on one database (TwoInstancesIT), " + Instant.now() + "\n"
                    + String.join("\n", FIGURES) + "\n";
            System.out.println(text);
            Path out = DevSupport.projectDir().resolve("target/reliability/two-instances.txt");
            Files.createDirectories(out.getParent());
            Files.writeString(out, text);
        }
        for (AppProcess app : new AppProcess[] {a, b}) {
            if (app != null) {
                app.close();
            }
        }
        if (database != null) {
            database.stop();
        }
    }

    record Answer(String instance, int status, String body, boolean replayed, String retryAfter) {
        long id() throws IOException {
            return JSON.readTree(body).get("id").asLong();
        }
    }

    @Test
    void anIdempotencyKeyCountsOnceAcrossBothInstances() throws Exception {
        String user = Tokens.newCitizen(keycloak.baseUrl(), "twin");
        String token = Tokens.passwordGrant(keycloak.realmUrl(), "suarawarga-cli", user, user);
        int sequential = 10;
        int concurrent = 20;
        // One after the other: the second instance answers what the first stored.
        for (int i = 0; i < sequential; i++) {
            String key = "twin-seq-" + i + "-" + UUID.randomUUID();
            AppProcess first = i % 2 == 0 ? a : b;
            AppProcess second = i % 2 == 0 ? b : a;
            Answer one = survey(first, token, services.get(i), key, 4);
            Answer two = survey(second, token, services.get(i), key, 4);
            assertEquals(201, one.status(), one.body());
            assertEquals(201, two.status(), two.body());
            assertEquals(one.id(), two.id(), "the same answer from the other instance");
            assertFalse(one.replayed());
            assertTrue(two.replayed(), "the other instance replays the stored answer");
        }
        // The same key with another body, on the other instance: refused, nothing counted.
        String reused = "twin-seq-0-reuse-" + UUID.randomUUID();
        assertEquals(201, survey(a, token, services.get(sequential), reused, 4).status());
        Answer other = survey(b, token, services.get(sequential), reused, 2);
        assertEquals(422, other.status(), other.body());
        assertTrue(other.body().contains("idempotency-key-reused"), other.body());

        // At the same moment: each key is sent to both instances at once, four keys at a time.
        ExecutorService pool = Executors.newFixedThreadPool(8);
        int pairs = 0;
        try {
            for (int round = 0; round < concurrent / 4; round++) {
                List<List<Future<Answer>>> sent = new ArrayList<>();
                CountDownLatch go = new CountDownLatch(1);
                for (int j = 0; j < 4; j++) {
                    int n = sequential + 1 + round * 4 + j;
                    String key = "twin-par-" + n + "-" + UUID.randomUUID();
                    sent.add(List.of(pool.submit(() -> {
                        go.await();
                        return survey(a, token, services.get(n), key, 3);
                    }), pool.submit(() -> {
                        go.await();
                        return survey(b, token, services.get(n), key, 3);
                    })));
                }
                go.countDown();
                for (List<Future<Answer>> pair : sent) {
                    Answer viaA = pair.get(0).get(60, TimeUnit.SECONDS);
                    Answer viaB = pair.get(1).get(60, TimeUnit.SECONDS);
                    assertEquals(201, viaA.status(), viaA.body());
                    assertEquals(201, viaB.status(), viaB.body());
                    assertEquals(viaA.id(), viaB.id(), "both instances give the same answer");
                    int fresh = (viaA.replayed() ? 0 : 1) + (viaB.replayed() ? 0 : 1);
                    assertEquals(1, fresh, "exactly one of the two did the work");
                    pairs++;
                }
            }
        } finally {
            pool.shutdown();
        }
        int keys = sequential + 1 + concurrent;
        try (Connection c = database.connection(); PreparedStatement s = c.prepareStatement("""
                SELECT COUNT(*) FROM feedback WHERE author_sub =
                    (SELECT DISTINCT principal FROM idempotency_record WHERE idem_key = ?)""")) {
            s.setString(1, reused);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                assertEquals(keys, rs.getInt(1), "one survey row per key, whichever instance got it");
            }
        }
        FIGURES.add("idempotency: " + sequential + " keys sent to A then B (or B then A) -> " + sequential
                + " rows, every second answer replayed; " + pairs + " keys sent to A and B at the same moment -> "
                + pairs + " rows, each pair the same id with exactly one replay; 1 key reused with another body on"
                + " the other instance -> 422; survey rows of the user: " + keys + " = keys");
    }

    @Test
    void aDailyLimitHoldsAcrossBothInstances() throws Exception {
        // One after the other, alternating.
        String one = Tokens.newCitizen(keycloak.baseUrl(), "twinlimit");
        String tokenOne = citizenWithPseudonym(one);
        List<Answer> seq = new ArrayList<>();
        for (int i = 0; i < THREAD_LIMIT + 4; i++) {
            seq.add(thread(i % 2 == 0 ? a : b, tokenOne, "seq " + i));
        }
        for (int i = 0; i < seq.size(); i++) {
            assertEquals(i < THREAD_LIMIT ? 201 : 429, seq.get(i).status(), i + ": " + seq.get(i).body());
        }
        assertTrue(seq.stream().filter(x -> x.status() == 429).map(Answer::instance).distinct().count() == 2,
                "both instances refuse once the limit is used");
        assertTrue(seq.stream().filter(x -> x.status() == 429).allMatch(x -> x.retryAfter() != null));
        assertEquals(THREAD_LIMIT, threadsOf(one));

        // All at once: 16 requests, half to each instance.
        String two = Tokens.newCitizen(keycloak.baseUrl(), "twinlimit");
        String tokenTwo = citizenWithPseudonym(two);
        int parallel = 16;
        ExecutorService pool = Executors.newFixedThreadPool(parallel);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Answer>> futures = new ArrayList<>();
        for (int i = 0; i < parallel; i++) {
            AppProcess app = i % 2 == 0 ? a : b;
            int n = i;
            Callable<Answer> call = () -> {
                go.await();
                return thread(app, tokenTwo, "par " + n);
            };
            futures.add(pool.submit(call));
        }
        go.countDown();
        List<Answer> par = new ArrayList<>();
        for (Future<Answer> f : futures) {
            par.add(f.get(60, TimeUnit.SECONDS));
        }
        pool.shutdown();
        Map<String, Long> byStatus = new TreeMap<>(par.stream()
                .collect(Collectors.groupingBy(x -> x.instance() + " " + x.status(), Collectors.counting())));
        long created = par.stream().filter(x -> x.status() == 201).count();
        long refused = par.stream().filter(x -> x.status() == 429).count();
        assertEquals(parallel, created + refused, "only 201 or 429: " + byStatus + " "
                + par.stream().filter(x -> x.status() != 201 && x.status() != 429).map(Answer::body).findFirst()
                        .orElse(""));
        assertEquals(THREAD_LIMIT, created, "exactly the limit across both instances: " + byStatus);
        assertEquals(THREAD_LIMIT, threadsOf(two));
        // And the refusal holds on both afterwards.
        assertEquals(429, thread(a, tokenTwo, "after").status());
        assertEquals(429, thread(b, tokenTwo, "after").status());

        FIGURES.add("daily limit " + THREAD_LIMIT + " threads (new account): " + seq.size()
                + " requests alternating A/B one after another -> statuses "
                + seq.stream().map(x -> x.instance() + x.status()).toList() + "; " + parallel
                + " requests at once, half to each -> " + byStatus + "; threads stored: " + THREAD_LIMIT
                + " per user");
    }

    private String citizenWithPseudonym(String user) throws Exception {
        String token = Tokens.passwordGrant(keycloak.realmUrl(), "suarawarga-cli", user, user);
        String pseudonym = "Kembar" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(a.url() + "/api/v1/me/pseudonym"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString("{\"pseudonym\":\"" + pseudonym + "\"}")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, r.statusCode(), r.body());
        return token;
    }

    private static int threadsOf(String user) throws Exception {
        try (Connection c = database.connection();
                PreparedStatement s = c.prepareStatement("SELECT COUNT(*) FROM forum_thread WHERE author = ?")) {
            s.setString(1, user);
            try (ResultSet rs = s.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    private static Answer survey(AppProcess app, String token, long service, String key, int score) throws Exception {
        String answers = String.join(",", java.util.stream.IntStream.rangeClosed(1, 9)
                .mapToObj(i -> "\"U" + i + "\":" + score).toList());
        return post(app, "/api/v1/services/" + service + "/surveys", token, key,
                "{\"answers\":{" + answers + "},\"anonymous\":false}");
    }

    private static Answer thread(AppProcess app, String token, String title) throws Exception {
        return post(app, "/api/v1/forums/" + forum + "/threads", token, "twin-thread-" + UUID.randomUUID(),
                "{\"title\":\"Antrean " + title + "\",\"body\":\"Pengalaman saya di loket hari ini.\"}");
    }

    private static Answer post(AppProcess app, String path, String token, String key, String body) throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(app.url() + path))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .header("Idempotency-Key", key)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        return new Answer(app == a ? "A" : "B", r.statusCode(), r.body(),
                r.headers().firstValue("Idempotent-Replayed").isPresent(),
                r.headers().firstValue("Retry-After").orElse(null));
    }
}
