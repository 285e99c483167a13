package id.suarawarga.bench;

import static io.restassured.RestAssured.given;

import id.suarawarga.devsupport.AppProcess;
import id.suarawarga.devsupport.DatabaseServer;
import id.suarawarga.devsupport.DevSupport;
import id.suarawarga.devsupport.KeycloakServer;
import id.suarawarga.devsupport.Tokens;
import io.restassured.http.ContentType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * Simulation and benchmark of issue 6, run by {@code bin/bench --appraisal} (never by {@code ./mvnw verify}):
 * seeded random answers for three regencies and ~200 units over a year — {@code bench.quarterRows} (default
 * 1,000,000) in the benchmarked quarter and {@code bench.otherQuarterRows} (default 100,000) in each of the three
 * quarters before it, with comments, returning and new accounts, and a few brigades — then, through the packaged
 * app with a real HR token: compute of that quarter (goal ≤ 10 s), freeze, and reading the frozen scores
 * (goal ≤ 200 ms). Prints the figures docs/benchmarks.md quotes.
 */
public final class AppraisalBenchmark {

    static final int UNITS_PER_REGION = Integer.getInteger("bench.unitsPerRegion", 67);
    static final int QUARTER_ROWS = Integer.getInteger("bench.quarterRows", 1_000_000);
    static final int OTHER_QUARTER_ROWS = Integer.getInteger("bench.otherQuarterRows", 100_000);
    static final int RUNS = 21;
    static final ZoneId WIB = ZoneId.of("Asia/Jakarta");
    static final String[] WORDS = ("pelayanan petugas loket antrean cepat lambat ramah kasar ruang tunggu bersih kotor "
            + "informasi syarat jelas bingung biaya gratis pungutan parkir sempit luas online sistem error jaringan "
            + "dokter perawat obat resep pendaftaran jadwal tepat waktu terlambat sopan sabar membantu mudah sulit "
            + "formulir berkas dokumen tanda tangan stempel kepala dinas kecamatan desa kelurahan warga kami saya "
            + "anak ibu bapak lansia kursi roda akses toilet air listrik panas dingin").split(" ");

    public static void main(String[] args) {
        BenchStack.main(String.format("SuaraWarga appraisal benchmark: 3 regencies x %d units, %,d answers in the quarter, "
                + "%,d in each of the 3 quarters before", UNITS_PER_REGION, QUARTER_ROWS, OTHER_QUARTER_ROWS),
                AppraisalBenchmark::run);
    }

    static void run() throws Exception {
        try (BenchStack stack = BenchStack.start("bench-appraisal")) {
            DatabaseServer db = stack.db;
            KeycloakServer kc = stack.kc;
            AppProcess app = stack.app;
            LocalDate quarterStart = LocalDate.now(WIB).withDayOfMonth(1)
                    .withMonth(((LocalDate.now(WIB).getMonthValue() - 1) / 3) * 3 + 1).minusMonths(3);
            String quarter = quarterStart.getYear() + "-Q" + ((quarterStart.getMonthValue() - 1) / 3 + 1);
            long t0 = System.nanoTime();
            long rows = load(db, quarterStart);
            System.out.printf("loaded %,d answers (%s and the 3 quarters before) in %.1f s%n", rows, quarter,
                    (System.nanoTime() - t0) / 1e9);

            // the bench regions have no HR scope: the operator (admin1) works in every region. A period is one
            // regency's (issue 15), so this computes B0's units, still reading the whole quarter's answers.
            String hr = Tokens.passwordGrant(kc.realmUrl(), "suarawarga-cli", "admin1", "admin1");
            long period = given().baseUri(app.url()).auth().oauth2(hr).contentType(ContentType.JSON)
                    .header("Idempotency-Key", "bench-" + UUID.randomUUID())
                    .body(Map.of("period", quarter, "regionCode", "B0", "reviewWorkingDays", 0))
                    .when().post("/api/v1/appraisal/periods").then().statusCode(201).extract().jsonPath().getLong("id");
            System.out.println();
            System.out.println("| run | POST /api/v1/appraisal/periods/{id}/compute | counted | excluded |");
            System.out.println("|---|---|---|---|");
            List<Double> computeSeconds = new ArrayList<>();
            for (int run = 1; run <= 3; run++) {
                long s = System.nanoTime();
                var p = given().baseUri(app.url()).auth().oauth2(hr).contentType(ContentType.JSON)
                        .when().post("/api/v1/appraisal/periods/" + period + "/compute").then().statusCode(200)
                        .extract().jsonPath();
                double seconds = (System.nanoTime() - s) / 1e9;
                computeSeconds.add(seconds);
                System.out.printf("| %d | %.2f s | %,d | %,d |%n", run, seconds, p.getLong("answersCounted"),
                        p.getLong("answersExcluded"));
            }
            given().baseUri(app.url()).auth().oauth2(hr).contentType(ContentType.JSON)
                    .body(Map.of("closeReviewEarly", true))
                    .when().post("/api/v1/appraisal/periods/" + period + "/freeze").then().statusCode(200);
            String url = "/api/v1/appraisal/periods/" + period + "/scores?size=100&page=";
            for (int i = 0; i < 5; i++) {
                given().baseUri(app.url()).auth().oauth2(hr).when().get(url + (i % 3)).then().statusCode(200);
            }
            long[] nanos = new long[RUNS];
            for (int i = 0; i < RUNS; i++) {
                long s = System.nanoTime();
                given().baseUri(app.url()).auth().oauth2(hr).when().get(url + (i % 3)).then().statusCode(200);
                nanos[i] = System.nanoTime() - s;
            }
            Arrays.sort(nanos);
            double bestCompute = computeSeconds.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
            double worstCompute = computeSeconds.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
            System.out.printf("compute of %s over %,d answers: best %.2f s, worst %.2f s (goal <= 10 s)%n", quarter,
                    QUARTER_ROWS, bestCompute, worstCompute);
            System.out.printf("GET frozen scores (100 units per page, pages 0-2): median %.1f ms, max %.1f ms over %d runs "
                    + "(goal <= 200 ms)%n", nanos[RUNS / 2] / 1e6, nanos[RUNS - 1] / 1e6, RUNS);
            System.out.printf("app RSS after compute: %,d KB%n", stack.appRssKb());
        }
    }

    /** Regions, units and a year of answers written over JDBC, seeded (42) so every run loads the same data. */
    static long load(DatabaseServer db, LocalDate quarterStart) throws Exception {
        Random random = new Random(42);
        long[][] units = new long[3][UNITS_PER_REGION];
        long[][] services = new long[3][UNITS_PER_REGION];
        long[] regions = new long[3];
        try (Connection c = DriverManager.getConnection(db.jdbcUrl() + "&rewriteBatchedStatements=true", db.username(),
                db.password())) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute("SET unique_checks = 0");
                for (int r = 0; r < 3; r++) {
                    s.executeUpdate("INSERT INTO region (code, name, type, province) VALUES ('B" + r + "', 'Bench " + r
                            + "', 'KABUPATEN', 'Bench')", Statement.RETURN_GENERATED_KEYS);
                    regions[r] = generated(s);
                    for (int u = 0; u < UNITS_PER_REGION; u++) {
                        s.executeUpdate("INSERT INTO unit (code, name, type, region_id) VALUES ('B" + r + "-U" + u
                                + "', 'Unit " + u + "', 'DINAS', " + regions[r] + ")", Statement.RETURN_GENERATED_KEYS);
                        units[r][u] = generated(s);
                        s.executeUpdate("INSERT INTO public_service (code, name, unit_id) VALUES ('B" + r + "-U" + u
                                + "-S', 'Layanan " + u + "', " + units[r][u] + ")", Statement.RETURN_GENERATED_KEYS);
                        services[r][u] = generated(s);
                    }
                }
            }
            c.commit();
            long rows = 0;
            try (PreparedStatement ps = c.prepareStatement("""
                    INSERT INTO feedback (kind, unit_id, region_id, questionnaire_id, author_sub, dedupe_key, local_date,
                      created_at, u1, u2, u3, u4, u5, u6, u7, u8, u9, stars, comment, service_id)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
                // oldest quarter first, so ids follow time as they do in production
                for (int q = 3; q >= 0; q--) {
                    LocalDate start = quarterStart.minusMonths(3L * q);
                    int n = q == 0 ? QUARTER_ROWS : OTHER_QUARTER_ROWS;
                    long span = java.time.Duration.between(start.atStartOfDay(WIB), start.plusMonths(3).atStartOfDay(WIB))
                            .toSeconds() - 1;
                    long base = start.atStartOfDay(WIB).toEpochSecond();
                    long[] times = new long[n];
                    for (int i = 0; i < n; i++) {
                        times[i] = base + (long) (random.nextDouble() * span);
                    }
                    Arrays.sort(times);
                    for (int i = 0; i < n; i++) {
                        int r = random.nextInt(3);
                        int u = (int) Math.min(UNITS_PER_REGION - 1, Math.abs(random.nextGaussian()) * UNITS_PER_REGION / 2.5);
                        // 300,000 citizens, each answering now and then
                        String author = "c" + random.nextInt(300_000);
                        Instant at = Instant.ofEpochSecond(times[i]);
                        boolean rating = random.nextInt(5) == 0;
                        ps.setString(1, rating ? "RATING" : "SURVEY");
                        ps.setLong(2, units[r][u]);
                        ps.setLong(3, regions[r]);
                        ps.setObject(4, rating ? null : 1L);
                        ps.setString(5, author);
                        ps.setString(6, "bench:" + q + ":" + i);
                        ps.setDate(7, Date.valueOf(LocalDate.ofInstant(at, WIB)));
                        ps.setTimestamp(8, Timestamp.from(at));
                        int mood = 2 + random.nextInt(3);
                        for (int k = 0; k < 9; k++) {
                            ps.setObject(9 + k, rating ? null : Math.max(1, Math.min(4, mood + random.nextInt(3) - 1)));
                        }
                        ps.setObject(18, rating ? 1 + random.nextInt(5) : null);
                        ps.setString(19, random.nextInt(20) == 0 ? comment(random) : null);
                        ps.setObject(20, rating ? null : services[r][u]);
                        ps.addBatch();
                        if (++rows % 5000 == 0) {
                            ps.executeBatch();
                            c.commit();
                        }
                    }
                    ps.executeBatch();
                    c.commit();
                }
                // five brigades in the benchmarked quarter: 40 new accounts each, one unit, one hour
                for (int b = 0; b < 5; b++) {
                    long startSecond = quarterStart.plusDays(10 + 7L * b).atStartOfDay(WIB).toEpochSecond() + 3600;
                    for (int i = 0; i < 40; i++) {
                        Instant at = Instant.ofEpochSecond(startSecond + 90L * i);
                        ps.setString(1, "RATING");
                        ps.setLong(2, units[b % 3][b]);
                        ps.setLong(3, regions[b % 3]);
                        ps.setObject(4, null);
                        ps.setString(5, "brigade-" + b + "-" + i);
                        ps.setString(6, "bench:brigade:" + b + ":" + i);
                        ps.setDate(7, Date.valueOf(LocalDate.ofInstant(at, WIB)));
                        ps.setTimestamp(8, Timestamp.from(at));
                        for (int k = 0; k < 9; k++) {
                            ps.setObject(9 + k, null);
                        }
                        ps.setObject(18, 1);
                        ps.setString(19, "Kantor ini paling buruk se kabupaten jangan datang " + i);
                        ps.setObject(20, null);
                        ps.addBatch();
                        rows++;
                    }
                }
                ps.executeBatch();
                c.commit();
            }
            try (Statement s = c.createStatement()) {
                s.execute("ANALYZE TABLE feedback");
            }
            return rows;
        }
    }

    static String comment(Random random) {
        StringBuilder b = new StringBuilder();
        int words = 3 + random.nextInt(8);
        for (int i = 0; i < words; i++) {
            b.append(i == 0 ? "" : " ").append(WORDS[random.nextInt(WORDS.length)]);
        }
        return b.toString();
    }

    static long generated(Statement s) throws Exception {
        try (ResultSet rs = s.getGeneratedKeys()) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
