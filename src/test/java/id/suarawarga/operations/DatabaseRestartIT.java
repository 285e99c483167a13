package id.suarawarga.operations;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
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
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Fault 1 of issue 8: MariaDB restarts while 32 clients submit SKM surveys to the packaged app. The database is an
 * embedded MariaDB of this test alone (own port, own data dir), stopped and started again on the same port and
 * data dir; the app keeps running. Every 201 must be a row afterwards, every failed request retried with its
 * Idempotency-Key must count once, the errors of the outage must be 503 problem+json, and the app must answer
 * 201 again once the database is back. The figures go to {@code target/reliability/database-restart.txt}
 * (docs/reliability.md).
 */
class DatabaseRestartIT {

    static final int CLIENTS = 32;
    static final Duration DOWN = Duration.ofSeconds(3);
    static final long RETRY_PAUSE_MS = 200;
    static final long THINK_MS = 50;
    static final ObjectMapper JSON = new ObjectMapper();

    static DatabaseServer database;
    static KeycloakServer keycloak;
    static AppProcess app;
    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    @BeforeAll
    static void start() throws Exception {
        Path project = DevSupport.projectDir();
        database = DatabaseServer.embeddedOnly(project.resolve("target/embedded-mariadb-restart"), "suarawarga_restart");
        keycloak = ItKeycloak.get();
        app = AppProcess.start(database, keycloak.realmUrl(), project.resolve("target/database-restart-app.log"));
        database.loadDemoCatalogue();
    }

    @AfterAll
    static void stop() throws Exception {
        if (app != null) {
            app.close();
        }
        if (database != null) {
            database.stop();
        }
    }

    /** One HTTP attempt: which key, when it started and ended (ns since the run began), what came back. */
    record Attempt(int client, String key, long startNs, long endNs, int status, String contentType, String body,
            boolean replayed) {
    }

    @Test
    void submissionsSurviveADatabaseRestartAndCountOnce() throws Exception {
        List<Long> services = new ArrayList<>();
        try (Connection c = database.connection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT id FROM public_service ORDER BY id")) {
            while (rs.next()) {
                services.add(rs.getLong(1));
            }
        }
        assertTrue(services.size() >= 50, "demo catalogue loaded: " + services.size());
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
            String user = Tokens.newCitizen(keycloak.baseUrl(), "restart");
            tokens.add(Tokens.passwordGrant(keycloak.realmUrl(), "suarawarga-cli", user, user));
        }

        List<Attempt> attempts = new CopyOnWriteArrayList<>();
        Map<String, Long> keyToId = new ConcurrentHashMap<>();
        Set<String> keys = ConcurrentHashMap.newKeySet();
        Set<String> abandoned = ConcurrentHashMap.newKeySet();
        AtomicBoolean stopping = new AtomicBoolean();
        long t0 = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        List<Future<?>> clients = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            int client = c;
            clients.add(pool.submit(() -> {
                for (int i = 0; i < services.size() && !stopping.get(); i++) {
                    long service = services.get((i + client * 3) % services.size());
                    String key = "restart-" + client + "-" + i + "-" + UUID.randomUUID().toString().substring(0, 8);
                    keys.add(key);
                    long giveUp = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
                    while (true) {
                        Attempt a = submit(client, tokens.get(client), service, key, t0);
                        attempts.add(a);
                        if (a.status() == 201) {
                            long id = JSON.readTree(a.body()).get("id").asLong();
                            Long earlier = keyToId.putIfAbsent(key, id);
                            assertEquals(earlier == null ? id : earlier, id, "a retry of " + key + " got another id");
                            break;
                        }
                        if (System.nanoTime() > giveUp) {
                            abandoned.add(key);
                            break;
                        }
                        Thread.sleep(RETRY_PAUSE_MS);
                    }
                    Thread.sleep(THINK_MS);
                }
                return null;
            }));
        }

        // Phases by progress, not by the clock: a loaded machine may need many seconds for the first answers.
        awaitSuccesses(attempts, 0, CLIENTS, "before the restart");
        long stopBegin = System.nanoTime() - t0;
        database.stopServer();
        long stopped = System.nanoTime() - t0;
        // A page that needs the database, during the outage: a kind page, no stack trace.
        given().when().get(app.url() + "/regions/9901").then().statusCode(503)
                .body(containsString("Basis data")).body(not(containsString("Exception")));
        // Readiness says so too (Kubernetes stops sending traffic); liveness does not ask for a restart.
        assertEquals(503, given().when().get(app.url() + "/q/health/ready").then().extract().statusCode());
        assertEquals(200, given().when().get(app.url() + "/q/health/live").then().extract().statusCode());
        Thread.sleep(DOWN.toMillis());
        long startBegin = System.nanoTime() - t0;
        database.startServer();
        long started = System.nanoTime() - t0;
        awaitSuccesses(attempts, started, CLIENTS, "after the restart");
        stopping.set(true);
        for (Future<?> f : clients) {
            f.get(120, TimeUnit.SECONDS);
        }
        pool.shutdown();
        long end = System.nanoTime() - t0;

        // --- What the clients saw --------------------------------------------------------------------------
        List<Attempt> errors = attempts.stream().filter(a -> a.status() != 201).toList();
        Map<Integer, Long> errorsByStatus = new TreeMap<>(errors.stream()
                .collect(Collectors.groupingBy(Attempt::status, Collectors.counting())));
        long firstError = errors.stream().mapToLong(Attempt::endNs).min().orElse(-1);
        long lastError = errors.stream().mapToLong(Attempt::endNs).max().orElse(-1);
        long first201AfterStart = attempts.stream().filter(a -> a.status() == 201 && a.startNs() >= started)
                .mapToLong(Attempt::endNs).min().orElse(-1);
        long replays = attempts.stream().filter(Attempt::replayed).count();
        long okBefore = attempts.stream().filter(a -> a.status() == 201 && a.endNs() < stopBegin).count();
        long errorsBeforeStop = errors.stream().filter(a -> a.endNs() < stopBegin).count();
        long okAfter = attempts.stream().filter(a -> a.status() == 201 && a.startNs() >= started).count();
        Map<String, Integer> triesPerKey = new HashMap<>();
        attempts.forEach(a -> triesPerKey.merge(a.key(), 1, Integer::sum));
        int maxTries = triesPerKey.values().stream().mapToInt(Integer::intValue).max().orElse(0);
        long retriedKeys = triesPerKey.values().stream().filter(n -> n > 1).count();

        // --- What the database holds -----------------------------------------------------------------------
        Set<Long> rowIds = new HashSet<>();
        int records;
        try (Connection c = database.connection(); Statement s = c.createStatement()) {
            try (ResultSet rs = s.executeQuery("""
                    SELECT f.id FROM feedback f
                    WHERE f.kind = 'SURVEY' AND f.author_sub IN
                          (SELECT principal FROM idempotency_record WHERE idem_key LIKE 'restart-%')""")) {
                while (rs.next()) {
                    rowIds.add(rs.getLong(1));
                }
            }
            try (ResultSet rs = s.executeQuery("""
                    SELECT COUNT(*) FROM idempotency_record
                    WHERE idem_key LIKE 'restart-%' AND state = 'DONE' AND response_status = 201""")) {
                rs.next();
                records = rs.getInt(1);
            }
        }

        String figures = String.join("\n",
                "Database restart under load (DatabaseRestartIT), " + Instant.now(),
                "clients: " + CLIENTS + ", services: " + services.size(),
                "submissions (distinct Idempotency-Keys): " + keys.size(),
                "HTTP requests: " + attempts.size() + " (201: " + (attempts.size() - errors.size()) + ", of which "
                        + replays + " replayed; errors: " + errors.size() + ")",
                "201 before the stop: " + okBefore + ", 201 sent after the database was back: " + okAfter,
                "errors by status: " + errorsByStatus + " (" + errorsBeforeStop + " of them before the stop)",
                "keys retried: " + retriedKeys + ", most attempts for one key: " + maxTries,
                "keys abandoned after 90 s: " + abandoned.size(),
                "feedback rows of these submissions: " + rowIds.size() + ", idempotency records DONE/201: " + records,
                String.format("database stop took %.2f s, down %.2f s, start took %.2f s", seconds(stopped - stopBegin),
                        seconds(startBegin - stopped), seconds(started - startBegin)),
                String.format("first error answered at %+.2f s, last error at %+.2f s (relative to the stop)",
                        seconds(firstError - stopBegin), seconds(lastError - stopBegin)),
                String.format("first 201 of a request sent after the database was back: %.2f s after it was back",
                        seconds(first201AfterStart - started)),
                String.format("clients without a 201 (stop -> first 201 after the start): %.2f s; whole run %.2f s",
                        seconds(first201AfterStart - stopBegin), seconds(end)),
                "app process " + app.pid() + " never restarted");
        System.out.println(figures);
        Path out = DevSupport.projectDir().resolve("target/reliability/database-restart.txt");
        Files.createDirectories(out.getParent());
        Files.writeString(out, figures + "\n");

        assertTrue(okBefore > 0, "submissions went through before the restart");
        assertTrue(!errors.isEmpty(), "the restart was seen by the clients (else nothing was tested)");
        List<Attempt> badErrors = errors.stream().filter(a -> a.status() != 503
                || !String.valueOf(a.contentType()).startsWith("application/problem+json")
                || !a.body().contains("urn:suarawarga:problem:unavailable") || a.body().contains("Exception"))
                .toList();
        assertTrue(badErrors.isEmpty(), "outage errors must be 503 problem+json, got e.g. "
                + badErrors.stream().limit(3).map(a -> a.status() + " " + a.contentType() + " " + abbreviate(a.body()))
                        .toList());
        assertTrue(abandoned.isEmpty(), "every failed submission succeeds when retried with its key: " + abandoned);
        assertEquals(keys, keyToId.keySet(), "every key got its 201");
        assertTrue(first201AfterStart > 0 && okAfter > 0, "the app answers 201 again without a restart");
        assertEquals(new HashSet<>(keyToId.values()), rowIds, "every 201 is a row, and there is no row without a 201");
        assertEquals(keys.size(), rowIds.size(), "one row per key: retries counted once");
        assertEquals(keys.size(), records, "one stored answer per key");
        assertEquals(200, given().when().get(app.url() + "/q/health/ready").then().extract().statusCode());
    }

    private static Attempt submit(int client, String token, long service, String key, long t0) {
        String body = "{\"answers\":{\"U1\":4,\"U2\":3,\"U3\":4,\"U4\":3,\"U5\":4,\"U6\":4,\"U7\":3,\"U8\":4,\"U9\":3},"
                + "\"profile\":{\"ageBand\":\"30_39\",\"gender\":\"FEMALE\"},\"anonymous\":false}";
        HttpRequest request = HttpRequest.newBuilder(URI.create(app.url() + "/api/v1/services/" + service + "/surveys"))
                .timeout(Duration.ofSeconds(60))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .header("Idempotency-Key", key)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        long start = System.nanoTime() - t0;
        try {
            HttpResponse<String> r = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            return new Attempt(client, key, start, System.nanoTime() - t0, r.statusCode(),
                    r.headers().firstValue("Content-Type").orElse(null), r.body(),
                    r.headers().firstValue("Idempotent-Replayed").isPresent());
        } catch (IOException e) {
            return new Attempt(client, key, start, System.nanoTime() - t0, -1, null, e.toString(), false);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Attempt(client, key, start, System.nanoTime() - t0, -2, null, e.toString(), false);
        }
    }

    /** Waits until {@code n} requests sent at or after {@code sentFrom} got 201 (at most 120 s). */
    private static void awaitSuccesses(List<Attempt> attempts, long sentFrom, int n, String when)
            throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (attempts.stream().filter(a -> a.status() == 201 && a.startNs() >= sentFrom).count() < n) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("fewer than " + n + " submissions got 201 " + when + " within 120 s");
            }
            Thread.sleep(100);
        }
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }

    private static String abbreviate(String s) {
        return s == null || s.length() <= 300 ? s : s.substring(0, 300) + "...";
    }
}
