package id.suarawarga.bench;

import static io.restassured.RestAssured.given;

import id.suarawarga.devsupport.AppProcess;
import id.suarawarga.devsupport.DatabaseServer;
import id.suarawarga.devsupport.DevSupport;
import id.suarawarga.devsupport.KeycloakServer;
import id.suarawarga.devsupport.Tokens;
import io.restassured.http.ContentType;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Benchmarks of issue 4, run by {@code bin/bench} (never by {@code ./mvnw verify}): survey submission
 * throughput and latency through the packaged app next to the raw JDBC ceiling of the same rows measured in the
 * same run, and the IKM of a unit with 1,000,000 stored answers. Everything real: MariaDB/MySQL, Keycloak
 * tokens, the production jar. Prints the figures that docs/benchmarks.md quotes.
 */
public final class Benchmarks {

    static final int CLIENTS = Integer.getInteger("bench.clients", 32);
    static final int PER_CLIENT = Integer.getInteger("bench.perClient", 100);
    /** JDBC and app rounds alternate, so background noise on this shared machine hits both alike. */
    static final int ROUNDS = Integer.getInteger("bench.rounds", 5);
    /**
     * The JIT needs tens of thousands of requests before the app's CPU per request settles (2.3 → 1.4 ms over the
     * first 20,000 in one run; after the group commit, 0.9 ms over rounds 1-3 and 0.55 ms over rounds 4-5 of a run
     * that had warmed up with 19,200): measure a server that has run a while, as a portal in production has. The
     * raw JDBC side gets an unmeasured warm-up round of its own too (its threads run in this JVM, which warms up
     * as well: its CPU per commit fell from 0.65 to 0.13 ms over the five rounds of that run).
     */
    static final int WARMUP_PER_CLIENT = Integer.getInteger("bench.warmupPerClient", 1500);
    static final int BIG_ROWS = Integer.getInteger("bench.bigRows", 1_000_000);
    static final int IKM_RUNS = 21;
    /**
     * Each round also times the cheapest authenticated request, {@code GET /api/v1/me} (token, deleted-account
     * check, REST, JSON, no write): no submission can cost the app less, so it bounds what the ratio can reach.
     */
    static final boolean FLOOR = Boolean.parseBoolean(System.getProperty("bench.floor", "true"));

    public static void main(String[] args) {
        BenchStack.main(String.format("SuaraWarga benchmarks: %d clients, %d measured submissions each (+%d warm-up), "
                + "%,d stored answers", CLIENTS, PER_CLIENT, WARMUP_PER_CLIENT, BIG_ROWS), Benchmarks::run);
    }

    static void run() throws Exception {
        List<String> appArgs = new ArrayList<>(List.of("-Dsuarawarga.feedback.rollup-every=2s",
                "-Dsuarawarga.feedback.rollup-delay=1s"));
        // e.g. -Dbench.appArgs=-XX:StartFlightRecording=filename=target/bench/app.jfr,settings=profile
        String extra = System.getProperty("bench.appArgs", "").trim();
        if (!extra.isEmpty()) {
            appArgs.addAll(List.of(extra.split("\\s+")));
        }
        try (BenchStack stack = BenchStack.start("bench", appArgs.toArray(String[]::new))) {
            DatabaseServer db = stack.db;
            KeycloakServer kc = stack.kc;
            AppProcess app = stack.app;
            Fixture f = Fixture.create(app.url(), kc, CLIENTS, ROUNDS * PER_CLIENT + WARMUP_PER_CLIENT);
            submissions(app.url(), f, ROUNDS * PER_CLIENT, WARMUP_PER_CLIENT);
            for (int w = 0; w < 3; w++) {
                rawJdbc(db, f, -1 - w); // subjects and keys of their own ("raw--1-…"): unmeasured warm-up
            }
            if (FLOOR) {
                authenticatedGets(app.url(), f, PER_CLIENT * 3);
            }
            CpuMeter cpu = CpuMeter.of(app.pid());
            List<Double> ratios = new ArrayList<>();
            List<Double> appP99 = new ArrayList<>();
            List<String> cpuLines = new ArrayList<>();
            List<String> floorLines = new ArrayList<>();
            System.out.println();
            System.out.println("| round | measure | commits or requests/s | p50 ms | p99 ms |");
            System.out.println("|---|---|---|---|---|");
            for (int round = 0; round < ROUNDS; round++) {
                Map<String, Long> before = cpu.ticks();
                Result jdbc = rawJdbc(db, f, round);
                Map<String, Long> between = cpu.ticks();
                Result http = submissions(app.url(), f, round * PER_CLIENT, PER_CLIENT);
                Map<String, Long> after = cpu.ticks();
                Result floor = FLOOR ? authenticatedGets(app.url(), f, PER_CLIENT) : null;
                Map<String, Long> afterFloor = cpu.ticks();
                cpuLines.add(String.format("| %d | raw JDBC | %s |", round + 1, cpu.perRequest(before, between, CLIENTS * PER_CLIENT)));
                cpuLines.add(String.format("| %d | app | %s |", round + 1, cpu.perRequest(between, after, CLIENTS * PER_CLIENT)));
                if (floor != null) {
                    cpuLines.add(String.format("| %d | GET /api/v1/me | %s |", round + 1, cpu.perRequest(after, afterFloor, CLIENTS * PER_CLIENT)));
                    floorLines.add(String.format("| %d | GET /api/v1/me, %d clients | %,.0f | %.2f | %.2f | %.0f %% |",
                            round + 1, CLIENTS, floor.perSecond, floor.p50, floor.p99, 100 * floor.perSecond / jdbc.perSecond));
                }
                System.out.printf("| %d | raw JDBC: feedback row + idempotency row per commit, %d threads | %,.0f | %.2f | %.2f |%n",
                        round + 1, CLIENTS, jdbc.perSecond, jdbc.p50, jdbc.p99);
                System.out.printf("| %d | POST /api/v1/services/{id}/surveys through the app, %d clients | %,.0f | %.2f | %.2f |%n",
                        round + 1, CLIENTS, http.perSecond, http.p50, http.p99);
                ratios.add(http.perSecond / jdbc.perSecond);
                appP99.add(http.p99);
            }
            System.out.printf("median ratio app/JDBC: %.0f %% (goal >= 50 %%); median app p99: %.1f ms (goal <= 50 ms)%n",
                    100 * median(ratios), median(appP99));
            if (!floorLines.isEmpty()) {
                System.out.println();
                System.out.println("Floor: an authenticated request that writes nothing (token, deleted-account check, REST, JSON)");
                System.out.println("| round | measure | requests/s | p50 ms | p99 ms | of the round's JDBC ceiling |");
                System.out.println("|---|---|---|---|---|---|");
                floorLines.forEach(System.out::println);
            }
            System.out.println();
            System.out.println("CPU time per commit or request, ms (from /proc/<pid>/stat; \"bench\" is this load generator):");
            System.out.println("| round | measure | " + String.join(" | ", cpu.names()) + " |");
            System.out.println("|---|---|" + "---|".repeat(cpu.names().size()));
            cpuLines.forEach(System.out::println);
            System.out.printf("app RSS after load: %,d KB%n", stack.appRssKb());

            if (BIG_ROWS > 0) {
                bigUnitIkm(app.url(), db, f);
            }
        }
    }

    /** What the run needs: a unit with many services, and citizens with tokens. */
    record Fixture(long regionId, long unitId, List<Long> services, String realmUrl, List<String> usernames,
            long bigUnitId, long bigServiceId, long rawUnitId, long rawServiceId) {

        /** Tokens live five minutes in the demo realm, less than a whole run: a new one for each phase. */
        List<String> tokens() {
            return usernames.stream().map(u -> Tokens.passwordGrant(realmUrl, "suarawarga-cli", u, u)).toList();
        }

        static Fixture create(String app, KeycloakServer kc, int clients, int servicesNeeded) {
            String admin = Tokens.passwordGrant(kc.realmUrl(), "suarawarga-cli", "admin1", "admin1");
            post(app, admin, "/api/v1/regions", Map.of("code", "BENCH", "name", "Bench", "type", "KOTA", "province", "Bench"));
            long unit = post(app, admin, "/api/v1/units", Map.of("code", "BENCH-U", "name", "Bench unit", "type", "DINAS",
                    "regionCode", "BENCH"));
            long big = post(app, admin, "/api/v1/units", Map.of("code", "BENCH-BIG", "name", "Big unit", "type", "DINAS",
                    "regionCode", "BENCH"));
            long raw = post(app, admin, "/api/v1/units", Map.of("code", "BENCH-RAW", "name", "Raw JDBC unit",
                    "type", "DINAS", "regionCode", "BENCH"));
            long bigService = post(app, admin, "/api/v1/services", Map.of("code", "BENCH-BIG-S", "name", "Big", "unitId", big));
            long rawService = post(app, admin, "/api/v1/services", Map.of("code", "BENCH-RAW-S", "name", "Raw", "unitId", raw));
            List<Long> services = new ArrayList<>();
            long adminSince = System.nanoTime();
            for (int i = 0; i < servicesNeeded; i++) {
                // Tokens live five minutes; on a busy machine creating the services takes longer.
                if (System.nanoTime() - adminSince > Duration.ofMinutes(2).toNanos()) {
                    admin = Tokens.passwordGrant(kc.realmUrl(), "suarawarga-cli", "admin1", "admin1");
                    adminSince = System.nanoTime();
                }
                services.add(post(app, admin, "/api/v1/services", Map.of("code", "BENCH-S" + i, "name", "Service " + i,
                        "unitId", unit)));
            }
            String master = Tokens.passwordGrant(kc.baseUrl() + "/realms/master", "admin-cli", "admin", "admin");
            List<String> usernames = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                String username = "bench" + i;
                given().auth().oauth2(master).contentType(ContentType.JSON)
                        .body(Map.of("username", username, "enabled", true, "email", username + "@bench.local",
                                "emailVerified", true, "firstName", "Bench", "lastName", "User " + i,
                                "credentials", List.of(Map.of("type", "password", "value", username, "temporary", false))))
                        .when().post(kc.baseUrl() + "/admin/realms/suarawarga/users").then().statusCode(201);
                usernames.add(username);
            }
            long region = given().when().get(app + "/api/v1/regions/BENCH").then().extract().jsonPath().getLong("id");
            return new Fixture(region, unit, services, kc.realmUrl(), usernames, big, bigService, raw, rawService);
        }

        private static long post(String app, String token, String path, Map<String, Object> body) {
            return given().auth().oauth2(token).contentType(ContentType.JSON).body(body).when().post(app + path)
                    .then().statusCode(201).extract().jsonPath().getLong("id");
        }
    }

    record Result(double perSecond, double p50, double p99) {
        static Result of(long[] nanos, long elapsedNanos) {
            long[] sorted = nanos.clone();
            Arrays.sort(sorted);
            return new Result(nanos.length / (elapsedNanos / 1e9), sorted[sorted.length / 2] / 1e6,
                    sorted[(int) Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.99) - 1)] / 1e6);
        }
    }

    static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        sorted.sort(null);
        return sorted.get(sorted.size() / 2);
    }

    /** The ceiling: the same two rows per commit the app writes, straight over JDBC, same thread count. */
    static Result rawJdbc(DatabaseServer db, Fixture f, int round) throws Exception {
        int total = CLIENTS * PER_CLIENT;
        long[] nanos = new long[total];
        AtomicInteger next = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        List<Connection> connections = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
            Connection c = DriverManager.getConnection(db.jdbcUrl(), db.username(), db.password());
            c.setAutoCommit(false);
            connections.add(c);
        }
        long start = System.nanoTime();
        List<Future<?>> futures = new ArrayList<>();
        for (Connection c : connections) {
            futures.add(pool.submit(() -> {
                try (PreparedStatement fb = c.prepareStatement("""
                        INSERT INTO feedback (kind, service_id, unit_id, region_id, questionnaire_id, author_sub, author_name,
                          anonymous, dedupe_key, local_date, u1, u2, u3, u4, u5, u6, u7, u8, u9, age_band, gender, comment)
                        VALUES ('SURVEY', ?, ?, ?, 1, ?, 'Bench', FALSE, ?, ?, 4, 3, 3, 4, 2, 3, 4, 3, 4, '30_39', 'FEMALE', NULL)""");
                        PreparedStatement idem = c.prepareStatement("""
                        INSERT INTO idempotency_record (principal, idem_key, scope, request_hash, state, response_status,
                          response_body) VALUES (?, ?, 'POST raw', REPEAT('a', 64), 'DONE', 201, '{"id":1}')""")) {
                    int i;
                    while ((i = next.getAndIncrement()) < total) {
                        long t0 = System.nanoTime();
                        String sub = "raw-" + round + "-" + i;
                        fb.setLong(1, f.rawServiceId());
                        fb.setLong(2, f.rawUnitId());
                        fb.setLong(3, f.regionId());
                        fb.setString(4, sub);
                        fb.setString(5, "RAW:" + round + ":" + i);
                        fb.setDate(6, Date.valueOf(LocalDate.now()));
                        fb.executeUpdate();
                        idem.setString(1, sub);
                        idem.setString(2, UUID.randomUUID().toString());
                        idem.executeUpdate();
                        c.commit();
                        nanos[i] = System.nanoTime() - t0;
                    }
                }
                return null;
            }));
        }
        for (Future<?> fu : futures) {
            fu.get();
        }
        long elapsed = System.nanoTime() - start;
        pool.shutdown();
        for (Connection c : connections) {
            c.close();
        }
        return Result.of(nanos, elapsed);
    }

    /**
     * 32 citizens submit surveys concurrently, each to services it has not answered today, each with a new key.
     * Each client is one kept-alive HTTP/1.1 connection driven by {@link LeanHttp}: the load generator shares the
     * two cores with the app and the database, so it must cost as little CPU as the JDBC threads of the ceiling
     * do (java.net.http cost 0.4–0.9 ms of CPU per request here, as much as the database's work).
     */
    static Result submissions(String app, Fixture f, int offset, int perClient) throws Exception {
        byte[] body = """
                {"answers":{"U1":4,"U2":3,"U3":3,"U4":4,"U5":2,"U6":3,"U7":4,"U8":3,"U9":4},
                 "profile":{"ageBand":"30_39","gender":"FEMALE"},"anonymous":false}""".getBytes(StandardCharsets.UTF_8);
        return clients(app, f, perClient, 201, (http, token, client, j) -> http.post(
                "/api/v1/services/" + f.services().get(offset + j) + "/surveys", "Authorization: Bearer " + token
                        + "\r\nIdempotency-Key: " + UUID.randomUUID() + "\r\nContent-Type: application/json", body));
    }

    /** 32 clients, each its own token and kept-alive connection, GET /api/v1/me: the floor of any authenticated request. */
    static Result authenticatedGets(String app, Fixture f, int perClient) throws Exception {
        return clients(app, f, perClient, 200,
                (http, token, client, j) -> http.send("GET", "/api/v1/me", "Authorization: Bearer " + token, null));
    }

    /** The {@code j}-th request of one client, with its token, on its connection. */
    interface ClientRequest {
        LeanHttp.Answer send(LeanHttp http, String token, int client, int j) throws java.io.IOException;
    }

    /**
     * {@link #CLIENTS} clients at once, each a citizen with its own token and one kept-alive connection, each
     * sending {@code perClient} requests back to back; every answer must have status {@code expected}.
     */
    static Result clients(String app, Fixture f, int perClient, int expected, ClientRequest request) throws Exception {
        List<String> tokens = f.tokens();
        URI base = URI.create(app);
        long[] nanos = new long[CLIENTS * perClient];
        AtomicInteger failures = new AtomicInteger();
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        long start = System.nanoTime();
        List<Future<?>> futures = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            int clientIndex = c;
            futures.add(pool.submit(() -> {
                try (LeanHttp http = new LeanHttp(base.getHost(), base.getPort())) {
                    for (int j = 0; j < perClient; j++) {
                        long t0 = System.nanoTime();
                        LeanHttp.Answer answer = request.send(http, tokens.get(clientIndex), clientIndex, j);
                        nanos[clientIndex * perClient + j] = System.nanoTime() - t0;
                        if (answer.status() != expected && failures.incrementAndGet() < 5) {
                            System.out.println("unexpected " + answer.status() + " " + answer.body());
                        }
                    }
                }
                return null;
            }));
        }
        for (Future<?> fu : futures) {
            fu.get();
        }
        long elapsed = System.nanoTime() - start;
        pool.shutdown();
        if (failures.get() > 0) {
            throw new IllegalStateException(failures.get() + " requests did not get " + expected);
        }
        return Result.of(nanos, elapsed);
    }

    /**
     * Just enough HTTP/1.1 for the load: one kept-alive connection, requests written as bytes, the answer read by
     * Content-Length or chunks. Reconnects when the server closes. The answer's head is scanned as bytes in its own
     * unsynchronized buffer (no String per header line): the load generator shares the two cores with what it
     * measures, so every microsecond it spends is taken from the app.
     */
    static final class LeanHttp implements AutoCloseable {
        record Answer(int status, String body) {
        }

        private static final byte[] CONTENT_LENGTH = "content-length:".getBytes(StandardCharsets.ISO_8859_1);
        private static final byte[] TRANSFER_ENCODING = "transfer-encoding:".getBytes(StandardCharsets.ISO_8859_1);
        private static final byte[] CONNECTION = "connection:".getBytes(StandardCharsets.ISO_8859_1);

        private final String host;
        private final int port;
        private java.net.Socket socket;
        private java.io.OutputStream out;
        private java.io.InputStream in;
        private final byte[] buf = new byte[32 * 1024];
        private int pos;
        private int limit;
        private int lineFrom;

        LeanHttp(String host, int port) throws java.io.IOException {
            this.host = host;
            this.port = port;
            connect();
        }

        private void connect() throws java.io.IOException {
            socket = new java.net.Socket(host, port);
            socket.setTcpNoDelay(true);
            out = new java.io.BufferedOutputStream(socket.getOutputStream(), 4096);
            in = socket.getInputStream();
            pos = 0;
            limit = 0;
        }

        /** @param headers extra header lines joined by CRLF, without the final CRLF */
        Answer post(String path, String headers, byte[] body) throws java.io.IOException {
            return send("POST", path, headers, body);
        }

        /** @param body null for none */
        Answer send(String method, String path, String headers, byte[] body) throws java.io.IOException {
            String head = method + " " + path + " HTTP/1.1\r\nHost: " + host + ":" + port + "\r\n" + headers
                    + (body == null ? "" : "\r\nContent-Length: " + body.length) + "\r\n\r\n";
            out.write(head.getBytes(StandardCharsets.ISO_8859_1));
            if (body != null) {
                out.write(body);
            }
            out.flush();
            int lineEnd = lineEnd();
            int lineStart = lineFrom;
            int code = (buf[lineStart + 9] - '0') * 100 + (buf[lineStart + 10] - '0') * 10 + (buf[lineStart + 11] - '0');
            long length = -1;
            boolean chunked = false;
            boolean close = false;
            while (true) {
                lineEnd = lineEnd();
                lineStart = lineFrom;
                if (lineEnd == lineStart) {
                    break;
                }
                if (startsWithIgnoreCase(lineStart, lineEnd, CONTENT_LENGTH)) {
                    length = Long.parseLong(new String(buf, lineStart + CONTENT_LENGTH.length,
                            lineEnd - lineStart - CONTENT_LENGTH.length, StandardCharsets.ISO_8859_1).trim());
                } else if (startsWithIgnoreCase(lineStart, lineEnd, TRANSFER_ENCODING)) {
                    chunked = true; // the only transfer coding a server sends here
                } else if (startsWithIgnoreCase(lineStart, lineEnd, CONNECTION)) {
                    close = new String(buf, lineStart, lineEnd - lineStart, StandardCharsets.ISO_8859_1)
                            .toLowerCase(java.util.Locale.ROOT).contains("close");
                }
            }
            java.io.ByteArrayOutputStream content = new java.io.ByteArrayOutputStream();
            if (chunked) {
                for (long n = chunkSize(); n > 0; n = chunkSize()) {
                    readBody(content, n);
                    lineEnd();
                }
                lineEnd();
            } else if (length > 0) {
                readBody(content, length);
            }
            if (close) {
                close();
                connect();
            }
            return new Answer(code, content.toString(StandardCharsets.UTF_8));
        }

        /** Advances past the next CRLF; returns where the line ends and leaves its start in {@link #lineFrom}. */
        private int lineEnd() throws java.io.IOException {
            int scanned = 0; // bytes after pos known not to start a CRLF; fill() moves pos, not this offset
            while (true) {
                for (int i = pos + scanned; i + 1 < limit; i++) {
                    if (buf[i] == '\r' && buf[i + 1] == '\n') {
                        lineFrom = pos;
                        pos = i + 2;
                        return i;
                    }
                }
                scanned = Math.max(0, limit - pos - 1);
                if (!fill()) {
                    throw new java.io.EOFException("connection closed");
                }
            }
        }

        private long chunkSize() throws java.io.IOException {
            int end = lineEnd();
            String size = new String(buf, lineFrom, end - lineFrom, StandardCharsets.ISO_8859_1);
            int semicolon = size.indexOf(';');
            return Long.parseLong((semicolon < 0 ? size : size.substring(0, semicolon)).trim(), 16);
        }

        private void readBody(java.io.ByteArrayOutputStream content, long n) throws java.io.IOException {
            long left = n;
            while (left > 0) {
                if (pos == limit && !fill()) {
                    throw new java.io.EOFException("connection closed");
                }
                int take = (int) Math.min(left, limit - pos);
                content.write(buf, pos, take);
                pos += take;
                left -= take;
            }
        }

        /** Keeps the unread bytes, moved to the front, and reads more after them; false at end of stream. */
        private boolean fill() throws java.io.IOException {
            if (pos > 0) {
                System.arraycopy(buf, pos, buf, 0, limit - pos);
                limit -= pos;
                pos = 0;
            }
            if (limit == buf.length) {
                throw new java.io.IOException("answer head larger than " + buf.length + " bytes");
            }
            int read = in.read(buf, limit, buf.length - limit);
            if (read < 0) {
                return false;
            }
            limit += read;
            return true;
        }

        private boolean startsWithIgnoreCase(int from, int to, byte[] lowerPrefix) {
            if (to - from < lowerPrefix.length) {
                return false;
            }
            for (int i = 0; i < lowerPrefix.length; i++) {
                int c = buf[from + i];
                if (c >= 'A' && c <= 'Z') {
                    c += 'a' - 'A';
                }
                if (c != lowerPrefix[i]) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public void close() throws java.io.IOException {
            socket.close();
        }
    }

    /** 1,000,000 answers for one unit across a year, then the unit's IKM for the year and for a quarter. */
    static void bigUnitIkm(String app, DatabaseServer db, Fixture f) throws Exception {
        long t0 = System.nanoTime();
        try (Connection c = DriverManager.getConnection(db.jdbcUrl() + "&rewriteBatchedStatements=true", db.username(),
                db.password())) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute("SET unique_checks = 0");
            }
            try (PreparedStatement ps = c.prepareStatement("""
                    INSERT INTO feedback (kind, service_id, unit_id, region_id, questionnaire_id, author_sub, dedupe_key,
                      local_date, u1, u2, u3, u4, u5, u6, u7, u8, u9)
                    VALUES ('SURVEY', ?, ?, ?, 1, 'bulk', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
                java.util.Random random = new java.util.Random(42);
                // Closed days only (answers are always stamped with the day they arrive): the year up to the day
                // before yesterday.
                LocalDate last = LocalDate.now(java.time.ZoneId.of("Asia/Jakarta")).minusDays(2);
                LocalDate jan1 = last.withDayOfYear(1);
                int days = (int) java.time.temporal.ChronoUnit.DAYS.between(jan1, last) + 1;
                for (int i = 0; i < BIG_ROWS; i++) {
                    ps.setLong(1, f.bigServiceId());
                    ps.setLong(2, f.bigUnitId());
                    ps.setLong(3, f.regionId());
                    ps.setString(4, "BIG:" + i);
                    ps.setDate(5, Date.valueOf(jan1.plusDays(i % days)));
                    for (int k = 0; k < 9; k++) {
                        ps.setInt(6 + k, 1 + random.nextInt(4));
                    }
                    ps.addBatch();
                    if (i % 5000 == 4999) {
                        ps.executeBatch();
                        c.commit();
                    }
                }
                ps.executeBatch();
                c.commit();
            }
        }
        System.out.printf("%nloaded %,d answers for one unit in %.1f s%n", BIG_ROWS, (System.nanoTime() - t0) / 1e9);
        // Rows written behind the app's back: rebuild the daily totals from scratch, as an operator would after
        // a restore, and wait for the app's roll-up job (every 2 s here) to finish.
        long r0 = System.nanoTime();
        try (Connection c = DriverManager.getConnection(db.jdbcUrl(), db.username(), db.password());
                Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE feedback_rollup SET complete_before = '2000-01-01' WHERE id = 1");
            LocalDate expected = LocalDate.now(java.time.ZoneId.of("Asia/Jakarta")).minusDays(1);
            while (true) {
                try (var rs = s.executeQuery("SELECT complete_before FROM feedback_rollup WHERE id = 1")) {
                    rs.next();
                    if (!rs.getDate(1).toLocalDate().isBefore(expected)) {
                        break;
                    }
                }
                Thread.sleep(200);
            }
        }
        System.out.printf("daily totals rebuilt by the app's roll-up job within %.1f s%n", (System.nanoTime() - r0) / 1e9);
        String year = String.valueOf(LocalDate.now().getYear());
        for (String period : List.of(year, year + "-Q2", year + "-11")) {
            String url = app + "/api/v1/units/" + f.bigUnitId() + "/ikm?period=" + period;
            for (int i = 0; i < 3; i++) {
                given().when().get(url).then().statusCode(200);
            }
            long[] nanos = new long[IKM_RUNS];
            long respondents = 0;
            for (int i = 0; i < IKM_RUNS; i++) {
                long s = System.nanoTime();
                respondents = given().when().get(url).then().statusCode(200).extract().jsonPath().getLong("respondents");
                nanos[i] = System.nanoTime() - s;
            }
            Arrays.sort(nanos);
            System.out.printf("GET /api/v1/units/{id}/ikm?period=%s over %,d respondents: median %.1f ms, max %.1f ms (%d runs)%n",
                    period, respondents, nanos[IKM_RUNS / 2] / 1e6, nanos[IKM_RUNS - 1] / 1e6, IKM_RUNS);
        }
    }

    /**
     * CPU time (user + system) of the processes that share this machine during a run: the app, the database
     * server and this load generator. Tells whether a slow figure comes from the app's own work or from the
     * others it competes with for the same cores.
     */
    record CpuMeter(Map<String, Long> pids) {
        static CpuMeter of(long appPid) {
            Map<String, Long> pids = new java.util.LinkedHashMap<>();
            pids.put("app", appPid);
            try (var procs = Files.list(Path.of("/proc"))) {
                procs.filter(p -> p.getFileName().toString().matches("\\d+")).forEach(p -> {
                    try {
                        String comm = Files.readString(p.resolve("comm")).trim();
                        if (comm.equals("mariadbd") || comm.equals("mysqld")) {
                            pids.put("database", Long.parseLong(p.getFileName().toString()));
                        }
                    } catch (Exception ignored) {
                        // the process ended while we looked
                    }
                });
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            pids.put("bench", ProcessHandle.current().pid());
            return new CpuMeter(pids);
        }

        List<String> names() {
            return List.copyOf(pids.keySet());
        }

        Map<String, Long> ticks() {
            Map<String, Long> ticks = new java.util.LinkedHashMap<>();
            pids.forEach((name, pid) -> {
                try {
                    String stat = Files.readString(Path.of("/proc/" + pid + "/stat"));
                    String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    ticks.put(name, Long.parseLong(f[11]) + Long.parseLong(f[12])); // utime, stime
                } catch (Exception e) {
                    ticks.put(name, 0L);
                }
            });
            return ticks;
        }

        /** Clock ticks are 10 ms on Linux (USER_HZ = 100). */
        String perRequest(Map<String, Long> from, Map<String, Long> to, int requests) {
            List<String> cells = new ArrayList<>();
            for (String name : pids.keySet()) {
                cells.add(String.format("%.2f", (to.get(name) - from.get(name)) * 10.0 / requests));
            }
            return String.join(" | ", cells);
        }
    }
}
