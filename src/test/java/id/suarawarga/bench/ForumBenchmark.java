package id.suarawarga.bench;

import id.suarawarga.devsupport.AppProcess;
import id.suarawarga.devsupport.DatabaseServer;
import id.suarawarga.devsupport.DevSupport;
import id.suarawarga.devsupport.KeycloakServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;

/**
 * Issue 5's page benchmark, run by {@code bin/bench-forum} (never by {@code ./mvnw verify}): a thread of 5,000
 * posts in the production jar against MariaDB/MySQL, and the time to serve one page of it (first, middle, last),
 * as the server-rendered page and through the API. One client, requests one after another, so the figure is the
 * time of one page, not throughput. Prints the table docs/benchmarks.md quotes.
 */
public final class ForumBenchmark {

    static final int POSTS = Integer.getInteger("bench.forumPosts", 5_000);
    static final int RUNS = Integer.getInteger("bench.forumRuns", 201);
    static final int WARMUP = Integer.getInteger("bench.forumWarmup", 300);

    public static void main(String[] args) {
        BenchStack.main(String.format("SuaraWarga forum benchmark: one thread of %,d posts, %d measured requests per page",
                POSTS, RUNS), ForumBenchmark::run);
    }

    static void run() throws Exception {
        try (BenchStack stack = BenchStack.start("bench-forum")) {
            DatabaseServer db = stack.db;
            AppProcess app = stack.app;
            long thread = load(db);
            HttpClient http = HttpClient.newHttpClient();
            int last = (POSTS - 1) / 20;
            for (int i = 0; i < WARMUP; i++) {
                get(http, app.url() + "/threads/" + thread + "?page=" + (i % (last + 1)));
                get(http, app.url() + "/api/v1/threads/" + thread + "?page=" + (i % (last + 1)));
            }
            System.out.println();
            System.out.println("| request | page | median ms | p95 ms | max ms | bytes |");
            System.out.println("|---|---|---|---|---|---|");
            for (String path : List.of("/threads/", "/api/v1/threads/")) {
                for (int page : new int[] {0, last / 2, last}) {
                    String url = app.url() + path + thread + "?page=" + page;
                    long[] nanos = new long[RUNS];
                    int bytes = 0;
                    for (int i = 0; i < RUNS; i++) {
                        long s = System.nanoTime();
                        bytes = get(http, url);
                        nanos[i] = System.nanoTime() - s;
                    }
                    Arrays.sort(nanos);
                    System.out.printf("| GET %s{id}?page=%d | posts %d-%d of %,d | %.2f | %.2f | %.2f | %,d |%n", path, page,
                            page * 20 + 1, page * 20 + 20, POSTS, nanos[RUNS / 2] / 1e6, nanos[(int) (RUNS * 0.95)] / 1e6,
                            nanos[RUNS - 1] / 1e6, bytes);
                }
            }
            System.out.printf("app RSS after the run: %,d KB%n", stack.appRssKb());
        }
    }

    private static int get(HttpClient http, String url) throws Exception {
        HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
                HttpResponse.BodyHandlers.ofByteArray());
        if (r.statusCode() != 200) {
            throw new IllegalStateException(url + " answered " + r.statusCode());
        }
        return r.body().length;
    }

    /** A region, a forum, a pseudonymous citizen and a thread of POSTS posts, every tenth quoting the one before. */
    static long load(DatabaseServer db) throws Exception {
        long t0 = System.nanoTime();
        try (Connection c = DriverManager.getConnection(db.jdbcUrl() + "&rewriteBatchedStatements=true", db.username(),
                db.password())) {
            c.setAutoCommit(false);
            long thread;
            try (Statement s = c.createStatement()) {
                s.executeUpdate("INSERT INTO region (code, name, type, province) VALUES ('BENCHF', 'Bench', 'KOTA', 'Bench')");
                s.executeUpdate("INSERT INTO forum_category (code, name, region_id) SELECT 'BENCHF', 'Bench forum', id"
                        + " FROM region WHERE code = 'BENCHF'");
                s.executeUpdate("INSERT INTO forum_profile (username, pseudonym) VALUES ('bench1', 'BangkuPanjang'),"
                        + " ('bench2', 'KursiPlastik')");
                s.executeUpdate("INSERT INTO forum_thread (category_id, title, author) SELECT id, 'Topik 5.000 kiriman',"
                        + " 'bench1' FROM forum_category WHERE code = 'BENCHF'", Statement.RETURN_GENERATED_KEYS);
                try (ResultSet keys = s.getGeneratedKeys()) {
                    keys.next();
                    thread = keys.getLong(1);
                }
            }
            String body = "Antrean di loket pagi ini cukup panjang, tetapi petugas **ramah** dan menjelaskan syaratnya."
                    + " Saran saya: tambahkan papan informasi di depan.";
            String html = "<p>Antrean di loket pagi ini cukup panjang, tetapi petugas <strong>ramah</strong> dan menjelaskan"
                    + " syaratnya. Saran saya: tambahkan papan informasi di depan.</p>";
            try (PreparedStatement ps = c.prepareStatement("""
                    INSERT INTO forum_post (thread_id, position, author, author_kind, body, body_html, helpful_count)
                    VALUES (?, ?, ?, 'CITIZEN', ?, ?, ?)""")) {
                for (int i = 1; i <= POSTS; i++) {
                    ps.setLong(1, thread);
                    ps.setInt(2, i);
                    ps.setString(3, i % 2 == 0 ? "bench2" : "bench1");
                    ps.setString(4, body + " #" + i);
                    ps.setString(5, html + "<p>#" + i + "</p>");
                    ps.setInt(6, i % 7);
                    ps.addBatch();
                    if (i % 1000 == 0) {
                        ps.executeBatch();
                    }
                }
                ps.executeBatch();
            }
            try (Statement s = c.createStatement()) {
                s.executeUpdate("UPDATE forum_thread SET post_count = " + POSTS + ", first_post_id = (SELECT id FROM forum_post"
                        + " WHERE thread_id = " + thread + " AND position = 1) WHERE id = " + thread);
                s.executeUpdate("UPDATE forum_post p JOIN forum_post q ON q.thread_id = p.thread_id AND q.position = p.position - 1"
                        + " SET p.quote_post_id = q.id WHERE p.thread_id = " + thread + " AND p.position % 10 = 0");
            }
            c.commit();
            System.out.printf("loaded a thread of %,d posts in %.1f s%n", POSTS, (System.nanoTime() - t0) / 1e9);
            return thread;
        }
    }
}
