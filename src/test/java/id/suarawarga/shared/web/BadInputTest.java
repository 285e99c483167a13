package id.suarawarga.shared.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.suarawarga.devsupport.ApiEndpoints;
import id.suarawarga.devsupport.ApiEndpoints.Endpoint;
import id.suarawarga.devsupport.Browser;
import id.suarawarga.devsupport.RawHttp;
import id.suarawarga.devsupport.Tokens;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.net.URL;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.htmlunit.WebClient;
import org.htmlunit.html.HtmlInput;
import org.htmlunit.html.HtmlPage;
import org.htmlunit.util.Cookie;
import org.junit.jupiter.api.Test;

/**
 * Issue 8, bad input: a corpus of malformed, oversized, mistyped and hostile requests sent to every operation of
 * the live OpenAPI document (API and pages, so new endpoints are covered the day they land), anonymously and
 * with the roles that pass authorization, so the input reaches validation and business code. Every answer must
 * be below 500, carry no stack trace, be problem+json of the documented shape under /api, and never echo markup
 * unescaped. All failures of a run are reported together as one table.
 */
@QuarkusTest
class BadInputTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String NONEXISTENT = "987654321";
    private static final List<String> STACK_MARKERS = List.of("Exception", "at io.", "at java.", "\tat ",
            "org.hibernate", "java.lang", "SQLState", "Caused by");
    /** Markup from the corpus that must never come back unescaped in HTML (or SVG, or untyped text). */
    private static final List<String> MARKUP = List.of("<script>alert(1)", "<img src=x onerror", "<svg onload");

    /** The cases an anonymous caller of a protected endpoint gets: those handled before authorization. */
    private static final Pattern BEFORE_SECURITY = Pattern.compile("^(header|initial line|bearer|body oversized"
            + "|json deep|json invalid utf-8|form bad percent|form 2000|query unknown"
            + "|path \\w+=(traversal|nul|very-long|2\\^63|bad-percent|script|bad-utf8))");

    /** Cases past a documented limit (docs/api.md, "Limits") and the only answers they may get. */
    private static final Map<String, Set<Integer>> EXPECTED = Map.of(
            "body oversized", Set.of(413),
            // The server stops reading at the limit: a form is refused 413, JSON cut there is malformed (400).
            "body chunked oversized", Set.of(413, 400),
            "header oversized", Set.of(431),
            "headers many", Set.of(431),
            "initial line too long", Set.of(414),
            "json deep arrays", Set.of(400, 401, 403),
            "json deep objects", Set.of(400, 401, 403),
            "json nesting 33", Set.of(400, 401, 403),
            "form 2000 fields", Set.of(400, 302, 401, 403));

    private static final Map<String, String> PAYLOADS = new LinkedHashMap<>();

    static {
        PAYLOADS.put("sql-or", "' OR 1=1 --");
        PAYLOADS.put("sql-drop", "x'); DROP TABLE region; --");
        PAYLOADS.put("script", "<script>alert(1)</script>");
        PAYLOADS.put("img-attr", "\"><img src=x onerror=alert(1)>");
        PAYLOADS.put("svg", "'><svg onload=alert(1)>");
        PAYLOADS.put("nul", "a\u0000b");
        PAYLOADS.put("lone-surrogate", "x\ud800y");
        PAYLOADS.put("rtl-override", "\u202Egnp.exe");
        PAYLOADS.put("combining", "Z" + "\u0351\u0352\u0353\u0354".repeat(100));
        PAYLOADS.put("emoji-4byte", "😀👍🏽𝕳");
        PAYLOADS.put("zwj", "👩\u200D👩\u200D👧\u200D👦\u200B\uFEFF");
        PAYLOADS.put("controls", "\u0001\u0008\u001b[31m\u007f\uFFFF");
        PAYLOADS.put("path", "../../../etc/passwd");
        PAYLOADS.put("long", "a".repeat(12_000));
        PAYLOADS.put("whitespace", " \t\n ");
    }

    /** Junk in place of a path parameter: traversal, NUL, overflow, not a number, hostile text. */
    private static final Map<String, String> PATH_JUNK = new LinkedHashMap<>();

    static {
        PATH_JUNK.put("traversal", "..%2F..%2Fetc%2Fpasswd");
        PATH_JUNK.put("dot-encoded", "%2e%2e%2f");
        PATH_JUNK.put("raw-dots", "../..");
        PATH_JUNK.put("nul", "1%00");
        PATH_JUNK.put("very-long", "9".repeat(2_000));
        PATH_JUNK.put("negative", "-1");
        PATH_JUNK.put("zero", "0");
        PATH_JUNK.put("2^63", "9223372036854775808");
        PATH_JUNK.put("long-max", "9223372036854775807");
        PATH_JUNK.put("non-numeric", "abc");
        PATH_JUNK.put("float", "1e99");
        PATH_JUNK.put("sql", "1%27%20OR%201%3D1%20--");
        PATH_JUNK.put("script", "%3Cscript%3Ealert(1)%3C%2Fscript%3E");
        PATH_JUNK.put("bad-utf8", "%FF%FE");
        PATH_JUNK.put("lone-surrogate-utf8", "%ED%A0%80");
        PATH_JUNK.put("emoji", "%F0%9F%98%80");
        PATH_JUNK.put("bad-percent", "%ZZ");
    }

    private static final List<String> NUMBER_JUNK = List.of("-1", "0", "2147483648", "9223372036854775808", "1e99",
            "abc", "", "%00", "1.5");

    private static final Map<String, String> QUERY_JUNK = new LinkedHashMap<>();

    static {
        QUERY_JUNK.put("sql", enc(PAYLOADS.get("sql-or")));
        QUERY_JUNK.put("script", enc(PAYLOADS.get("script")));
        QUERY_JUNK.put("img-attr", enc(PAYLOADS.get("img-attr")));
        QUERY_JUNK.put("nul", "a%00b");
        QUERY_JUNK.put("bad-utf8", "%FF%FE");
        QUERY_JUNK.put("lone-surrogate-utf8", "%ED%A0%80");
        QUERY_JUNK.put("rtl-emoji", enc("\u202E😀\u200D"));
        QUERY_JUNK.put("long", "a".repeat(3_000));
        QUERY_JUNK.put("2^63", "9223372036854775808");
        QUERY_JUNK.put("negative", "-1");
        QUERY_JUNK.put("bad-percent", "%ZZ");
        QUERY_JUNK.put("empty", "");
    }

    /** JSON values of every type, to put where a field expects another one. */
    private static final Map<String, String> JSON_VALUES = new LinkedHashMap<>();

    static {
        JSON_VALUES.put("string", "\"teks\"");
        JSON_VALUES.put("integer", "123");
        JSON_VALUES.put("float", "1.5");
        JSON_VALUES.put("boolean", "true");
        JSON_VALUES.put("array", "[1,\"a\"]");
        JSON_VALUES.put("object", "{\"a\":1}");
        JSON_VALUES.put("null", "null");
        JSON_VALUES.put("2^63", "9223372036854775808");
        JSON_VALUES.put("1e999", "1e999");
        JSON_VALUES.put("negative", "-1");
    }

    @TestHTTPResource("/account")
    URL account;

    @TestHTTPResource("/")
    URL home;

    /** Who sends: its name, the header lines that identify it, and (pages) its CSRF token. */
    /** Operations that delete the caller's own account (privacy/PrivacyApi, PrivacyPages). */
    static final Set<String> ACCOUNT_ENDING = Set.of("DELETE /api/v1/me", "POST /account/delete");

    record Caller(String name, List<String> headers, String csrf, boolean page) {
    }

    record Probe(String endpoint, String caseName, String caller, String method, String target, List<String> headers,
            byte[] body, boolean beforeRouting) {
    }

    record Failure(String endpoint, String caseName, String caller, int status, String problem, String excerpt) {
    }

    @Test
    void everyEndpointAnswersBadInputWithoutServerErrorsStackTracesOrEchoedMarkup() throws Exception {
        long started = System.nanoTime();
        int port = home.getPort();
        String admin = Tokens.of("admin1");
        Fixtures fx = fixtures(admin);
        String bannedWords = given().auth().oauth2(admin).when().get("/api/v1/moderation/banned-words")
                .then().statusCode(200).extract().asString();

        List<Endpoint> endpoints = ApiEndpoints.fromRunningApp();
        JsonNode openApi = JSON.readTree(given().accept("application/json").when().get("/q/openapi?format=json")
                .then().statusCode(200).extract().asString());

        Caller anonymous = anonymousCaller(port);
        List<Caller> apiRoles = new ArrayList<>();
        apiRoles.add(new Caller("citizen", List.of("Authorization: Bearer " + Tokens.of(fx.citizen)), null, false));
        for (String user : List.of("petugas.dukcapil", "moderator1", "hr1", "admin1")) {
            apiRoles.add(new Caller(user, List.of("Authorization: Bearer " + Tokens.of(user)), null, false));
        }
        ExecutorService pool = Executors.newFixedThreadPool(12);
        // Logging in through Keycloak's form takes a while per person: all at once.
        List<java.util.concurrent.Future<Caller>> sessions = new ArrayList<>();
        sessions.add(pool.submit(() -> session("citizen", fx.citizen)));
        for (String user : List.of("petugas.dukcapil", "moderator1", "hr1", "admin1")) {
            sessions.add(pool.submit(() -> session(user, user)));
        }
        List<Caller> pageRoles = new ArrayList<>();
        for (java.util.concurrent.Future<Caller> s : sessions) {
            pageRoles.add(s.get());
        }

        // Deleting one's account ends the caller for every later case: those operations get a citizen of their own
        // (whose token is refused once the first case deleted it) and the staff, whom they refuse.
        Caller leaving = new Caller("citizen-leaving",
                List.of("Authorization: Bearer " + Tokens.of(Tokens.newCitizen("badinput-leaving"))), null, false);
        List<java.util.concurrent.Future<List<Probe>>> planned = new ArrayList<>();
        for (Endpoint e : endpoints) {
            List<Caller> roles = e.path().startsWith("/api/") ? apiRoles : pageRoles;
            if (ACCOUNT_ENDING.contains(e.key())) {
                List<Caller> others = new ArrayList<>(e.path().startsWith("/api/") ? List.of(leaving) : List.of());
                roles.stream().filter(c -> !c.name().equals("citizen")).forEach(others::add);
                roles = others;
            }
            List<Caller> candidates = roles;
            planned.add(pool.submit(() -> plan(port, e, anonymous, candidates, fx, openApi)));
        }
        List<Probe> probes = new ArrayList<>();
        for (java.util.concurrent.Future<List<Probe>> f : planned) {
            probes.addAll(f.get());
        }
        Map<String, Long> requestsPerCaller = probes.stream()
                .collect(Collectors.groupingBy(Probe::caller, LinkedHashMap::new, Collectors.counting()));

        long setupSeconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started);
        ConcurrentLinkedQueue<Failure> failures = new ConcurrentLinkedQueue<>();
        AtomicInteger sent = new AtomicInteger();
        Map<String, Long> millisPerCase = new java.util.concurrent.ConcurrentHashMap<>();
        try {
            for (Probe p : probes) {
                pool.submit(() -> {
                    long t0 = System.nanoTime();
                    RawHttp.Answer a = RawHttp.send(port, p.method(), p.target(), p.headers(), p.body());
                    sent.incrementAndGet();
                    millisPerCase.merge(p.caseName().replaceAll("=.*", ""),
                            (System.nanoTime() - t0) / 1_000_000, Long::sum);
                    String problem = judge(p, a);
                    if (problem != null) {
                        failures.add(new Failure(p.endpoint(), p.caseName(), p.caller(), a.status(), problem,
                                excerpt(a.error() != null ? a.error() : a.body())));
                    }
                });
            }
        } finally {
            pool.shutdown();
            assertTrue(pool.awaitTermination(10, TimeUnit.MINUTES), "corpus did not finish");
            given().auth().oauth2(Tokens.of("admin1")).contentType(ContentType.JSON).body(bannedWords)
                    .when().put("/api/v1/moderation/banned-words").then().statusCode(200);
        }

        long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started);
        String summary = "%d requests to %d operations (%s) in %d s (%d s of it fixtures, logins, role probes)"
                .formatted(sent.get(), endpoints.size(), requestsPerCaller, seconds, setupSeconds);
        System.out.println("BadInputTest: " + summary);
        System.out.println("BadInputTest: slowest cases (ms, summed over threads): " + millisPerCase.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed()).limit(12).toList());
        if (!failures.isEmpty()) {
            List<Failure> sorted = failures.stream()
                    .sorted(java.util.Comparator.comparing(Failure::endpoint).thenComparing(Failure::caseName)
                            .thenComparing(Failure::caller))
                    .toList();
            StringBuilder table = new StringBuilder("\n| endpoint | case | caller | status | problem | excerpt |\n"
                    + "|---|---|---|---|---|---|\n");
            for (Failure f : sorted) {
                table.append("| ").append(f.endpoint()).append(" | ").append(f.caseName()).append(" | ")
                        .append(f.caller()).append(" | ").append(f.status()).append(" | ").append(f.problem())
                        .append(" | ").append(f.excerpt()).append(" |\n");
            }
            fail(failures.size() + " of " + summary + " failed:" + table);
        }
    }

    /** The corpus for one operation: anonymous, and the roles its authorization lets through. */
    private List<Probe> plan(int port, Endpoint e, Caller anonymous, List<Caller> candidates, Fixtures fx,
            JsonNode openApi) {
        List<Caller> callers = new ArrayList<>();
        callers.add(anonymous);
        boolean anonymousRefused = allowed(port, e, List.of(anonymous), fx).isEmpty();
        if (!e.path().equals("/logout")) { // a session that logs out would end the session for the other cases
            List<Caller> roles = allowed(port, e, candidates, fx);
            if (roles.isEmpty()) {
                // Refused by an object-level rule for everyone: the corpus still goes to the most powerful role.
                roles = List.of(candidates.get(candidates.size() - 1));
            }
            // Reads: the least privileged role that may read. Writes: also the most privileged one.
            callers.addAll(e.method().equals("GET") || roles.size() == 1 ? roles.subList(0, 1)
                    : List.of(roles.get(0), roles.get(roles.size() - 1)));
        }
        List<Probe> out = new ArrayList<>();
        for (Caller c : callers) {
            List<Probe> corpus = corpus(e, c, fx, openApi);
            if (c == anonymous && anonymousRefused) {
                // Refused before any parameter is read: what can still hurt is what comes before security.
                corpus = corpus.stream().filter(p -> BEFORE_SECURITY.matcher(p.caseName()).find()).toList();
            }
            out.addAll(corpus);
        }
        return out;
    }

    // --- judging ------------------------------------------------------------------------------------------

    private static String judge(Probe p, RawHttp.Answer a) {
        if (a.status() < 0) {
            return "no HTTP answer";
        }
        if (a.status() >= 500) {
            return "server error";
        }
        Set<Integer> expected = EXPECTED.get(p.caseName());
        if (expected != null && !expected.contains(a.status())) {
            return "expected " + expected;
        }
        for (String marker : STACK_MARKERS) {
            if (a.body().contains(marker)) {
                return "stack trace marker '" + marker.replace("\t", "\\t") + "'";
            }
        }
        String ct = a.contentType();
        boolean markupType = ct.isEmpty() || ct.contains("html") || ct.contains("svg") || ct.contains("text/plain")
                || ct.contains("xml");
        if (markupType) {
            for (String m : MARKUP) {
                if (a.body().contains(m)) {
                    return "markup echoed unescaped (" + ct + ")";
                }
            }
        }
        // Vert.x refuses a request line it cannot decode (%ZZ) with a bare 400 before any route runs, which the
        // app cannot shape; it shows by missing the headers every routed answer carries.
        boolean undecodable = a.status() == 400 && a.body().isEmpty() && a.contentType().isEmpty()
                && a.header("x-content-type-options") == null;
        if (p.endpoint().contains(" /api/") && a.status() >= 400 && !p.beforeRouting() && !undecodable) {
            return problemShape(a);
        }
        return null;
    }

    private static String problemShape(RawHttp.Answer a) {
        if (!a.contentType().startsWith(Problem.MEDIA_TYPE)) {
            return "not problem+json (" + a.contentType() + ")";
        }
        try {
            JsonNode body = JSON.readTree(a.body());
            if (!body.path("type").asText().startsWith("urn:suarawarga:problem:")
                    || body.path("title").asText().isBlank() || body.path("status").asInt() != a.status()) {
                return "problem without type/title/status";
            }
            for (JsonNode error : body.path("errors")) {
                if (!error.path("field").isTextual() || !error.path("message").isTextual()) {
                    return "problem error without field/message";
                }
            }
            return null;
        } catch (java.io.IOException e) {
            return "problem+json that is not JSON";
        }
    }

    private static String excerpt(String body) {
        String s = body.replaceAll("\\s+", " ").replace("|", "¦");
        return s.length() > 160 ? s.substring(0, 160) + "…" : s;
    }

    // --- the corpus ---------------------------------------------------------------------------------------

    private List<Probe> corpus(Endpoint e, Caller c, Fixtures fx, JsonNode openApi) {
        List<Probe> out = new ArrayList<>();
        Map<String, String> valid = fx.pathValues(e);
        String path = e.expand(valid);
        String key = e.key();
        byte[] baseBody = null;
        String baseType = null;
        List<String> fields = bodyFields(e, openApi);
        boolean form = e.requestMediaTypes().contains("application/x-www-form-urlencoded");
        boolean json = e.requestMediaTypes().stream().anyMatch(t -> t.contains("json"));
        if (json) {
            baseType = "application/json";
            baseBody = jsonBody(fields, schemaTypes(e, openApi), null, null).getBytes(StandardCharsets.UTF_8);
        } else if (form) {
            baseType = "application/x-www-form-urlencoded";
            baseBody = formBody(c, fields, Map.of()).getBytes(StandardCharsets.UTF_8);
        }

        // Junk in each path parameter.
        for (String param : e.pathParams()) {
            for (Map.Entry<String, String> junk : PATH_JUNK.entrySet()) {
                Map<String, String> values = new LinkedHashMap<>(valid);
                values.put(param, junk.getValue());
                out.add(probe(key, "path " + param + "=" + junk.getKey(), c, e.method(), e.expand(values),
                        contentHeaders(c, baseType), baseBody, false));
            }
        }
        // Page numbers and sizes out of range or not numbers; every other query parameter with hostile text.
        for (String q : e.queryParams()) {
            boolean numeric = q.equals("page") || q.equals("size");
            if (numeric) {
                for (String v : NUMBER_JUNK) {
                    out.add(probe(key, "query " + q + "=" + v, c, e.method(), path + "?" + q + "=" + v,
                            contentHeaders(c, baseType), baseBody, false));
                }
            } else {
                for (Map.Entry<String, String> junk : QUERY_JUNK.entrySet()) {
                    out.add(probe(key, "query " + q + "=" + junk.getKey(), c, e.method(),
                            path + "?" + q + "=" + junk.getValue(), contentHeaders(c, baseType), baseBody, false));
                }
            }
            out.add(probe(key, "query " + q + " repeated", c, e.method(), path + "?" + q + "=1&" + q + "=2&" + q
                    + "=%3Cscript%3Ealert(1)%3C%2Fscript%3E", contentHeaders(c, baseType), baseBody, false));
        }
        out.add(probe(key, "query unknown", c, e.method(), path + "?zzz=%3Cscript%3Ealert(1)%3C%2Fscript%3E&page",
                contentHeaders(c, baseType), baseBody, false));

        // Headers: one too big, too many, a request line too long; hostile values where the app reads headers.
        out.add(probe(key, "header oversized", c, e.method(), path,
                with(contentHeaders(c, baseType), "X-Big: " + "x".repeat(20_000)), baseBody, true));
        List<String> many = new ArrayList<>(contentHeaders(c, baseType));
        for (int i = 0; i < 1_500; i++) {
            many.add("X-H" + i + ": v" + i);
        }
        out.add(probe(key, "headers many", c, e.method(), path, many, baseBody, true));
        out.add(probe(key, "initial line too long", c, e.method(), path + "?zzz=" + "a".repeat(8_000),
                contentHeaders(c, baseType), baseBody, true));
        out.add(probe(key, "header accept-language junk", c, e.method(), path,
                with(contentHeaders(c, baseType), "Accept-Language: <script>alert(1)</script>;q=abc,,;"),
                baseBody, false));
        out.add(probe(key, "header accept junk", c, e.method(), path,
                with(contentHeaders(c, baseType), "Accept: text/<script>alert(1)</script>;q=x"), baseBody, false));
        out.add(probe(key, "cookie lang junk", c, e.method(), path,
                with(contentHeaders(c, baseType), "lang=\"><script>alert(1)</script>"), baseBody, false));
        if (!c.page()) {
            out.add(probe(key, "idempotency-key junk", c, e.method(), path, replaceKey(contentHeaders(c, baseType),
                    "Idempotency-Key: " + "<script>alert(1)</script>" + "k".repeat(1_000)), baseBody, false));
        }
        if (c.name().equals("anonymous")) {
            out.add(probe(key, "bearer junk", c, e.method(), path,
                    with(contentHeaders(c, baseType), "Authorization: Bearer <script>alert(1)</script>.e30.x"),
                    baseBody, false));
        }

        // Bodies.
        boolean writes = !e.method().equals("GET");
        if (writes) {
            out.add(probe(key, "body oversized", c, e.method(), path, contentHeaders(c, baseType != null ? baseType
                    : "application/json"), ("{\"x\":\"" + "a".repeat(70 * 1024) + "\"}").getBytes(StandardCharsets.UTF_8),
                    false));
        }
        if ((json || form) && !c.name().equals("anonymous")) {
            // No Content-Length to refuse early: the server has to count while reading.
            StringBuilder chunks = new StringBuilder();
            for (int i = 0; i < 10; i++) {
                chunks.append("1c00\r\n").append("a".repeat(0x1c00)).append("\r\n");
            }
            chunks.append("0\r\n\r\n");
            out.add(probe(key, "body chunked oversized", c, e.method(), path,
                    with(contentHeaders(c, baseType), "Transfer-Encoding: chunked"),
                    chunks.toString().getBytes(StandardCharsets.UTF_8), false));
        }
        if (json) {
            Map<String, String> bodies = new LinkedHashMap<>();
            // Inside a field no record has, so the parser walks the whole depth instead of refusing the first '['.
            bodies.put("json deep arrays", "{\"zzz\":" + "[".repeat(10_000) + "]".repeat(10_000) + "}");
            bodies.put("json deep objects", "{\"a\":".repeat(10_000) + "1" + "}".repeat(10_000));
            bodies.put("json nesting 33", "{\"zzz\":" + "[".repeat(StrictJson.MAX_NESTING_DEPTH)
                    + "]".repeat(StrictJson.MAX_NESTING_DEPTH) + "}");
            bodies.put("json truncated", "{\"" + (fields.isEmpty() ? "x" : fields.get(0)) + "\":");
            bodies.put("json invalid", "{,]");
            bodies.put("json empty", "");
            bodies.put("json null", "null");
            bodies.put("json array", "[]");
            bodies.put("json string", "\"teks\"");
            bodies.put("json number", "123");
            bodies.put("json unknown field", jsonBody(fields, schemaTypes(e, openApi), null, null)
                    .replaceFirst("^\\{", "{\"zzz\":{\"x\":[1]}" + (fields.isEmpty() ? "" : ",")));
            bodies.put("json duplicate keys", "{\"a\":1,\"a\":2}");
            for (Map.Entry<String, String> b : bodies.entrySet()) {
                out.add(probe(key, b.getKey(), c, e.method(), path, contentHeaders(c, "application/json"),
                        b.getValue().getBytes(StandardCharsets.UTF_8), false));
            }
            byte[] badUtf8 = concat("{\"" + (fields.isEmpty() ? "x" : fields.get(0)) + "\":\"a", new byte[] {
                (byte) 0xFF, (byte) 0xFE, (byte) 0xC3, (byte) 0x28, (byte) 0xED, (byte) 0xA0, (byte) 0x80 }, "\"}");
            out.add(probe(key, "json invalid utf-8", c, e.method(), path, contentHeaders(c, "application/json"),
                    badUtf8, false));
            out.add(probe(key, "content-type text/plain", c, e.method(), path, contentHeaders(c, "text/plain"),
                    baseBody, false));
            out.add(probe(key, "content-type xml", c, e.method(), path, contentHeaders(c, "application/xml"),
                    "<a>&xxe;</a>".getBytes(StandardCharsets.UTF_8), false));
            out.add(probe(key, "content-type junk", c, e.method(), path, contentHeaders(c, "junk/;;;charset=klingon"),
                    baseBody, false));
            out.add(probe(key, "content-type missing", c, e.method(), path, contentHeaders(c, null), baseBody, false));
            out.add(probe(key, "content-type json charset latin1", c, e.method(), path,
                    contentHeaders(c, "application/json; charset=ISO-8859-1"), baseBody, false));
            Map<String, String> types = schemaTypes(e, openApi);
            for (String field : fields) {
                for (Map.Entry<String, String> v : JSON_VALUES.entrySet()) {
                    if (v.getKey().equals(types.get(field)) || ("float".equals(v.getKey())
                            && "number".equals(types.get(field)))) {
                        continue;
                    }
                    out.add(probe(key, "json " + field + "=" + v.getKey(), c, e.method(), path,
                            contentHeaders(c, "application/json"),
                            jsonBody(fields, types, field, v.getValue()).getBytes(StandardCharsets.UTF_8), false));
                }
            }
            for (Map.Entry<String, String> payload : PAYLOADS.entrySet()) {
                out.add(probe(key, "json strings=" + payload.getKey(), c, e.method(), path,
                        contentHeaders(c, "application/json"),
                        jsonBody(fields, types, "*", jsonString(payload.getValue())).getBytes(StandardCharsets.UTF_8),
                        false));
            }
        } else if (form) {
            for (Map.Entry<String, String> payload : PAYLOADS.entrySet()) {
                Map<String, String> values = new LinkedHashMap<>();
                for (String f : fields) {
                    values.put(f, enc(payload.getValue()));
                }
                out.add(probe(key, "form fields=" + payload.getKey(), c, e.method(), path,
                        contentHeaders(c, baseType), formBody(c, fields, values).getBytes(StandardCharsets.UTF_8),
                        false));
            }
            Map<String, String> raw = new LinkedHashMap<>();
            raw.put("form bad percent", "%ZZ");
            raw.put("form invalid utf-8", "%FF%FE%C3%28");
            raw.put("form lone surrogate utf-8", "%ED%A0%80");
            raw.put("form nul", "a%00b");
            for (Map.Entry<String, String> r : raw.entrySet()) {
                Map<String, String> values = new LinkedHashMap<>();
                for (String f : fields) {
                    values.put(f, r.getValue());
                }
                out.add(probe(key, r.getKey(), c, e.method(), path, contentHeaders(c, baseType),
                        formBody(c, fields, values).getBytes(StandardCharsets.UTF_8), false));
            }
            StringBuilder manyFields = new StringBuilder(formBody(c, fields, Map.of()));
            for (int i = 0; i < 2_000; i++) {
                manyFields.append("&f").append(i).append('=').append(i);
            }
            out.add(probe(key, "form 2000 fields", c, e.method(), path, contentHeaders(c, baseType),
                    manyFields.toString().getBytes(StandardCharsets.UTF_8), false));
            String repeated = formBody(c, fields, Map.of()) + fields.stream().map(f -> "&" + f + "=2&" + f + "=")
                    .collect(Collectors.joining());
            out.add(probe(key, "form fields repeated", c, e.method(), path, contentHeaders(c, baseType),
                    repeated.getBytes(StandardCharsets.UTF_8), false));
            out.add(probe(key, "form without csrf", c, e.method(), path, contentHeaders(c, baseType),
                    fields.stream().map(f -> f + "=x").collect(Collectors.joining("&")).getBytes(StandardCharsets.UTF_8),
                    false));
            out.add(probe(key, "form empty", c, e.method(), path, contentHeaders(c, baseType), new byte[0], false));
            out.add(probe(key, "form sent as json", c, e.method(), path, contentHeaders(c, "application/json"),
                    "{\"a\":1}".getBytes(StandardCharsets.UTF_8), false));
            out.add(probe(key, "form sent as multipart", c, e.method(), path,
                    contentHeaders(c, "multipart/form-data; boundary=zz"),
                    "--zz\r\nContent-Disposition: form-data; name=\"a\"\r\n\r\n<script>alert(1)</script>\r\n--"
                            .getBytes(StandardCharsets.UTF_8), false));
        } else if (writes) {
            out.add(probe(key, "unexpected json body", c, e.method(), path, contentHeaders(c, "application/json"),
                    "{\"a\":[[[[".getBytes(StandardCharsets.UTF_8), false));
        }
        return out;
    }

    private static Probe probe(String endpoint, String caseName, Caller c, String method, String target,
            List<String> headers, byte[] body, boolean beforeRouting) {
        return new Probe(endpoint, caseName, c.name(), method, target, headers, body, beforeRouting);
    }

    /** The caller's identity, a fresh Idempotency-Key, and the content type (if any). */
    private static List<String> contentHeaders(Caller c, String contentType) {
        List<String> h = new ArrayList<>(c.headers());
        h.add("Idempotency-Key: bad-input-" + UUID.randomUUID());
        if (contentType != null) {
            h.add("Content-Type: " + contentType);
        }
        return h;
    }

    private static List<String> with(List<String> headers, String extra) {
        List<String> h = new ArrayList<>(headers);
        if (extra.startsWith("lang=")) {
            // A page session already sends a Cookie header: the junk joins it.
            for (int i = 0; i < h.size(); i++) {
                if (h.get(i).startsWith("Cookie: ")) {
                    h.set(i, h.get(i) + "; " + extra);
                    return h;
                }
            }
            extra = "Cookie: " + extra;
        }
        h.add(extra);
        return h;
    }

    private static List<String> replaceKey(List<String> headers, String key) {
        List<String> h = new ArrayList<>(headers);
        h.removeIf(x -> x.startsWith("Idempotency-Key:"));
        h.add(key);
        return h;
    }

    /** A body of the documented fields, each of a plausible value; {@code field} ("*" for all strings) replaced. */
    private static String jsonBody(List<String> fields, Map<String, String> types, String field, String value) {
        StringBuilder sb = new StringBuilder("{");
        for (String f : fields) {
            String type = types.getOrDefault(f, "string");
            String v;
            if (f.equals(field) || ("*".equals(field) && type.equals("string"))) {
                v = value;
            } else {
                v = switch (type) {
                    case "integer", "number" -> f.toLowerCase().endsWith("id") ? NONEXISTENT : "1";
                    case "boolean" -> "false";
                    case "array" -> "[]";
                    case "object" -> "{}";
                    default -> "\"uji\"";
                };
            }
            sb.append(sb.length() > 1 ? "," : "").append(jsonString(f)).append(':').append(v);
        }
        return sb.append('}').toString();
    }

    /** JSON string literal; lone surrogates and controls escaped as \\uXXXX, all else as UTF-8. */
    private static String jsonString(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            boolean pair = Character.isHighSurrogate(ch) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
            if (pair) {
                sb.append(ch).append(s.charAt(++i));
            } else if (ch == '"' || ch == '\\') {
                sb.append('\\').append(ch);
            } else if (ch < 0x20 || Character.isSurrogate(ch)) {
                sb.append(String.format("\\u%04x", (int) ch));
            } else {
                sb.append(ch);
            }
        }
        return sb.append('"').toString();
    }

    private static String formBody(Caller c, List<String> fields, Map<String, String> values) {
        List<String> parts = new ArrayList<>();
        if (c.csrf() != null) {
            parts.add("csrf-token=" + enc(c.csrf()));
        }
        parts.add(FormState.IDEMPOTENCY_KEY + "=" + UUID.randomUUID());
        for (String f : fields) {
            parts.add(enc(f) + "=" + values.getOrDefault(f, "uji"));
        }
        return String.join("&", parts);
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static byte[] concat(String a, byte[] b, String c) {
        byte[] x = a.getBytes(StandardCharsets.UTF_8);
        byte[] z = c.getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[x.length + b.length + z.length];
        System.arraycopy(x, 0, out, 0, x.length);
        System.arraycopy(b, 0, out, x.length, b.length);
        System.arraycopy(z, 0, out, x.length + b.length, z.length);
        return out;
    }

    // --- the request body's documented fields ------------------------------------------------------------

    private static JsonNode bodySchema(Endpoint e, JsonNode openApi) {
        JsonNode content = openApi.path("paths").path(e.path()).path(e.method().toLowerCase())
                .path("requestBody").path("content");
        Iterator<JsonNode> it = content.elements();
        return it.hasNext() ? resolve(it.next().path("schema"), openApi) : JSON.createObjectNode();
    }

    private static JsonNode resolve(JsonNode schema, JsonNode openApi) {
        String ref = schema.path("$ref").asText("");
        if (ref.startsWith("#/components/schemas/")) {
            return openApi.path("components").path("schemas").path(ref.substring("#/components/schemas/".length()));
        }
        return schema;
    }

    private static List<String> bodyFields(Endpoint e, JsonNode openApi) {
        List<String> out = new ArrayList<>();
        bodySchema(e, openApi).path("properties").fieldNames().forEachRemaining(out::add);
        out.remove("csrf-token");
        out.remove(FormState.IDEMPOTENCY_KEY);
        return out;
    }

    private static Map<String, String> schemaTypes(Endpoint e, JsonNode openApi) {
        Map<String, String> out = new LinkedHashMap<>();
        JsonNode props = bodySchema(e, openApi).path("properties");
        props.fieldNames().forEachRemaining(f -> {
            JsonNode p = resolve(props.path(f), openApi);
            String type = p.path("type").asText("");
            if (type.isEmpty() && p.has("enum")) {
                type = "string";
            } else if (type.isEmpty() && (p.has("properties") || p.has("additionalProperties"))) {
                type = "object";
            }
            out.put(f, type.isEmpty() ? "string" : type);
        });
        return out;
    }

    // --- callers ------------------------------------------------------------------------------------------

    /** The roles whose benign request is not refused as 401/403 or sent to the login; at most two. */
    private static List<Caller> allowed(int port, Endpoint e, List<Caller> roles, Fixtures fx) {
        List<Caller> out = new ArrayList<>();
        String path = e.expand(fx.pathValues(e));
        for (Caller c : roles) {
            String type = e.hasBody() ? (e.requestMediaTypes().contains("application/x-www-form-urlencoded")
                    ? "application/x-www-form-urlencoded" : "application/json") : null;
            byte[] body = type == null ? null : (type.contains("json") ? "{}" : formBody(c, List.of(), Map.of()))
                    .getBytes(StandardCharsets.UTF_8);
            RawHttp.Answer a = RawHttp.send(port, e.method(), path, contentHeaders(c, type), body);
            String location = String.valueOf(a.header("location"));
            boolean toLogin = a.status() == 302 && location.contains("/protocol/openid-connect/auth");
            if (a.status() != 401 && a.status() != 403 && !toLogin) {
                out.add(c);
            }
        }
        return out;
    }

    private Caller anonymousCaller(int port) {
        // Public forms (language switch) need the CSRF pair an anonymous visitor gets with any page.
        RawHttp.Answer a = RawHttp.send(port, "GET", "/", List.of(), null);
        String cookie = a.header("set-cookie");
        String value = cookie.replaceAll("(?s).*csrf-token=([^;,]+).*", "$1");
        String token = a.body().replaceAll("(?s).*name=\"csrf-token\" value=\"([^\"]+)\".*", "$1");
        return new Caller("anonymous", List.of("Cookie: csrf-token=" + value), token, false);
    }

    /** A logged-in page session (the code flow through Keycloak's form), as cookie header and CSRF token. */
    private Caller session(String name, String username) throws Exception {
        try (WebClient browser = Browser.open()) {
            HtmlPage page = Browser.loginAt(browser, account, username);
            HtmlInput csrf = page.getFirstByXPath("//input[@name='csrf-token']");
            String cookies = browser.getCookieManager().getCookies().stream()
                    .filter(x -> x.getDomain().contains(account.getHost()) && !x.getPath().startsWith("/realms"))
                    .map(x -> x.getName() + "=" + x.getValue())
                    .collect(Collectors.joining("; "));
            return new Caller(name, List.of("Cookie: " + cookies), csrf.getValue(), true);
        }
    }

    // --- fixtures -----------------------------------------------------------------------------------------

    /** Objects of this test's own, so payloads that pass validation change nothing other tests look at. */
    record Fixtures(String region, long unit, long service, long forum, long thread, long post, long reply,
            String citizen) {

        Map<String, String> pathValues(Endpoint e) {
            Map<String, String> v = new LinkedHashMap<>();
            String p = e.path();
            for (String param : e.pathParams()) {
                String value = switch (param) {
                    case "code" -> region;
                    case "username" -> citizen;
                    case "period" -> "2026-Q4";
                    case "unitId" -> Long.toString(unit);
                    case "id" -> p.contains("units/{id}") ? Long.toString(unit)
                            : p.contains("services/{id}") ? Long.toString(service)
                            : p.contains("forums/{id}") ? Long.toString(forum)
                            : p.contains("threads/{id}") ? Long.toString(thread)
                            : p.contains("posts/{id}") ? Long.toString(
                                    p.endsWith("/delete") || e.method().equals("DELETE") ? reply : post)
                            : NONEXISTENT;
                    default -> NONEXISTENT;
                };
                v.put(param, value);
            }
            return v;
        }
    }

    private static Fixtures fixtures(String admin) {
        String region = "B" + (System.nanoTime() % 10_000_000L);
        given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("code", region, "name", "Kota Masukan Buruk", "type", "KOTA", "province", "Bengkulu"))
                .when().post("/api/v1/regions").then().statusCode(201);
        long unit = ((Number) given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("code", region + "-U", "name", "Dinas Uji Masukan", "type", "DINAS", "regionCode", region))
                .when().post("/api/v1/units").then().statusCode(201).extract().path("id")).longValue();
        long service = ((Number) given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("code", region + "-S", "name", "Layanan Uji Masukan", "unitId", unit))
                .when().post("/api/v1/services").then().statusCode(201).extract().path("id")).longValue();
        long forum = ((Number) given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("code", region + "-F", "name", "Forum Uji Masukan", "regionCode", region))
                .when().post("/api/v1/forums").then().statusCode(201).extract().path("id")).longValue();
        var thread = given().auth().oauth2(Tokens.of("warga1")).contentType(ContentType.JSON)
                .header("Idempotency-Key", "bad-input-" + UUID.randomUUID())
                .body(Map.of("title", "Utas uji masukan buruk", "body", "Isi utas uji."))
                .when().post("/api/v1/forums/" + forum + "/threads").then().statusCode(201).extract().jsonPath();
        long threadId = thread.getLong("threadId");
        long post = thread.getLong("id");
        long reply = ((Number) given().auth().oauth2(Tokens.of("warga1")).contentType(ContentType.JSON)
                .header("Idempotency-Key", "bad-input-" + UUID.randomUUID()).body(Map.of("body", "Balasan uji."))
                .when().post("/api/v1/threads/" + threadId + "/posts").then().statusCode(201).extract().path("id"))
                .longValue();
        String citizen = Tokens.newCitizen("badinput");
        return new Fixtures(region, unit, service, forum, threadId, post, reply, citizen);
    }
}
