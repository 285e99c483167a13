package id.suarawarga.bench;

import static io.restassured.RestAssured.given;

import id.suarawarga.bench.Benchmarks.Fixture;
import id.suarawarga.bench.Benchmarks.Result;
import id.suarawarga.devsupport.Tokens;
import io.restassured.http.ContentType;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Issue 16: account-free answers by visit code ({@code POST /api/v1/visits/{code}/survey}, no token) against the
 * account path ({@code POST /api/v1/services/{id}/surveys}) through the packaged app, 32 clients each, in
 * alternating rounds of one run, with the raw JDBC ceiling of section 1 beside them. The goal: the visit path
 * reaches at least the account path's throughput. {@code bin/bench --visits} (docs/benchmarks.md §6).
 */
public final class VisitBenchmark {

    static final int CLIENTS = Benchmarks.CLIENTS;
    static final int PER_CLIENT = Benchmarks.PER_CLIENT;
    static final int ROUNDS = Benchmarks.ROUNDS;
    static final int WARMUP_PER_CLIENT = Integer.getInteger("bench.warmupPerClient", 500);

    private VisitBenchmark() {
    }

    public static void main(String[] args) {
        BenchStack.main(String.format("SuaraWarga visit-code benchmark: %d clients, %d rounds of %d answers each per path "
                + "(+%d warm-up)", CLIENTS, ROUNDS, PER_CLIENT, WARMUP_PER_CLIENT), VisitBenchmark::run);
    }

    static void run() throws Exception {
        try (BenchStack stack = BenchStack.start("bench", "-Dsuarawarga.feedback.rollup-every=2s",
                "-Dsuarawarga.feedback.rollup-delay=1s")) {
            String app = stack.app.url();
            int perPath = ROUNDS * PER_CLIENT + WARMUP_PER_CLIENT;
            Fixture f = Fixture.create(app, stack.kc, CLIENTS, perPath);
            List<String> codes = codes(app, stack, f.services().get(0), CLIENTS * perPath);
            // warm-up of both paths (unmeasured)
            Benchmarks.submissions(app, f, ROUNDS * PER_CLIENT, WARMUP_PER_CLIENT);
            visits(app, f, codes, ROUNDS * PER_CLIENT, WARMUP_PER_CLIENT);
            Benchmarks.rawJdbc(stack.db, f, -1);
            List<Double> ratios = new ArrayList<>();
            List<Double> visitRates = new ArrayList<>();
            List<Double> accountRates = new ArrayList<>();
            System.out.println();
            System.out.println("| round | measure | requests or commits/s | p50 ms | p99 ms |");
            System.out.println("|---|---|---|---|---|");
            for (int round = 0; round < ROUNDS; round++) {
                Result jdbc = Benchmarks.rawJdbc(stack.db, f, round);
                Result account = Benchmarks.submissions(app, f, round * PER_CLIENT, PER_CLIENT);
                Result visit = visits(app, f, codes, round * PER_CLIENT, PER_CLIENT);
                System.out.printf("| %d | raw JDBC: feedback row + idempotency row per commit, %d threads | %,.0f | %.2f | %.2f |%n",
                        round + 1, CLIENTS, jdbc.perSecond(), jdbc.p50(), jdbc.p99());
                System.out.printf("| %d | account: POST /api/v1/services/{id}/surveys, %d clients | %,.0f | %.2f | %.2f |%n",
                        round + 1, CLIENTS, account.perSecond(), account.p50(), account.p99());
                System.out.printf("| %d | visit code: POST /api/v1/visits/{code}/survey, %d clients | %,.0f | %.2f | %.2f |%n",
                        round + 1, CLIENTS, visit.perSecond(), visit.p50(), visit.p99());
                ratios.add(visit.perSecond() / account.perSecond());
                visitRates.add(visit.perSecond());
                accountRates.add(account.perSecond());
            }
            System.out.printf("median visit-code path %,.0f/s, account path %,.0f/s; median ratio visit/account: %.0f %% "
                    + "(goal >= 100 %%)%n", Benchmarks.median(visitRates), Benchmarks.median(accountRates),
                    100 * Benchmarks.median(ratios));
            System.out.printf("app RSS after load: %,d KB%n", stack.appRssKb());
        }
    }

    /** {@code n} codes for {@code service}, made by the operator in batches of 500. */
    static List<String> codes(String app, BenchStack stack, long service, int n) {
        List<String> codes = new ArrayList<>(n);
        long since = System.nanoTime();
        String admin = Tokens.passwordGrant(stack.kc.realmUrl(), "suarawarga-cli", "admin1", "admin1");
        while (codes.size() < n) {
            if (System.nanoTime() - since > 120_000_000_000L) {
                admin = Tokens.passwordGrant(stack.kc.realmUrl(), "suarawarga-cli", "admin1", "admin1");
                since = System.nanoTime();
            }
            List<String> batch = given().auth().oauth2(admin).contentType(ContentType.JSON)
                    .body(Map.of("count", Math.min(500, n - codes.size()), "expiresInDays", 1))
                    .when().post(app + "/api/v1/services/" + service + "/visit-batches").then().statusCode(201)
                    .extract().jsonPath().getList("codes");
            batch.forEach(c -> codes.add(c.replace("-", "")));
        }
        return codes;
    }

    /** Each client answers its own codes, no token; the codes of client c are {@code c * perPath + offset + j}. */
    static Result visits(String app, Fixture f, List<String> codes, int offset, int perClient) throws Exception {
        byte[] body = """
                {"answers":{"U1":4,"U2":3,"U3":3,"U4":4,"U5":2,"U6":3,"U7":4,"U8":3,"U9":4},
                 "profile":{"ageBand":"30_39","gender":"FEMALE"}}""".getBytes(StandardCharsets.UTF_8);
        int perPath = codes.size() / CLIENTS;
        return Benchmarks.clients(app, f, perClient, 201, (http, token, client, j) -> http.post("/api/v1/visits/"
                + codes.get(client * perPath + offset + j) + "/survey", "Content-Type: application/json", body));
    }
}
