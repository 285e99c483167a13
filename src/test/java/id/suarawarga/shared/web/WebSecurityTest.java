package id.suarawarga.shared.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import id.suarawarga.devsupport.Browser;
import id.suarawarga.devsupport.Chrome;
import id.suarawarga.devsupport.DevSupport;
import id.suarawarga.devsupport.Tokens;
import id.suarawarga.devsupport.WithBrowser;
import id.suarawarga.forum.ForumFixtures;
import io.quarkus.scheduler.Scheduler;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.smallrye.config.PropertiesConfigSource;
import io.smallrye.config.SmallRyeConfig;
import io.smallrye.config.SmallRyeConfigBuilder;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.ConfigProvider;
import org.htmlunit.HttpMethod;
import org.htmlunit.WebClient;
import org.htmlunit.WebRequest;
import org.htmlunit.WebResponse;
import org.htmlunit.html.HtmlPage;
import org.jboss.logmanager.formatters.PatternFormatter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 8, web security, one test per item: the CSP on every page and no inline script anywhere; cookies;
 * no state change on GET; log lines that escape user input; generic error messages. Sessions (timeouts, logout)
 * are in {@code identity/SessionLifetimeTest}; Secure cookies of the packaged app in {@code KeycloakOutageIT}.
 *
 * <p>Pages are found by reflection over the JAX-RS classes (every {@code @GET} outside {@code /api}), the API from
 * the OpenAPI document: a new page or endpoint is checked without editing this test, or fails it when it has a
 * path parameter this test has no sample value for.
 */
@QuarkusTest
@WithBrowser
class WebSecurityTest {

    static final List<String> ROLES = List.of("anonymous", "warga1", "petugas.dukcapil", "moderator1", "hr1", "admin1");

    @Inject
    DataSource ds;

    @Inject
    Scheduler scheduler;

    /** One response of the crawl. */
    record Visit(String role, String path, int status, String contentType, String csp, String body) {
    }

    /** The crawl, done once for the tests that need it: database checksums before and after, and what was seen. */
    record Crawl(Map<String, String> before, Map<String, String> after, List<Visit> pages, List<Visit> api,
            Map<String, String> samples) {
    }

    private static Crawl crawl;
    private static final Map<String, WebClient> BROWSERS = new java.util.concurrent.ConcurrentHashMap<>();

    @AfterAll
    static void closeBrowsers() {
        BROWSERS.values().forEach(WebClient::close);
        BROWSERS.clear();
        crawl = null;
    }

    static URL url(String path) {
        try {
            int port = ConfigProvider.getConfig().getValue("quarkus.http.test-port", Integer.class);
            return new URL("http://127.0.0.1:" + port + path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    // ----------------------------------------------------------------------------------------------------------
    // CSP

    static String expectedCsp() {
        return "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; "
                + "base-uri 'none'; frame-ancestors 'none'; form-action 'self' " + Tokens.keycloakBaseUrl();
    }

    static Map<String, String> directives(String csp) {
        Map<String, String> m = new TreeMap<>();
        if (csp == null) {
            return m;
        }
        for (String d : csp.split(";")) {
            String[] parts = d.trim().split("\\s+", 2);
            if (!parts[0].isEmpty()) {
                m.put(parts[0].toLowerCase(Locale.ROOT), parts.length > 1 ? parts[1].trim() : "");
            }
        }
        return m;
    }

    static final Pattern INLINE_SCRIPT = Pattern.compile("<script\\b(?![^>]*\\bsrc\\s*=)[^>]*>", Pattern.CASE_INSENSITIVE);
    static final Pattern HANDLER = Pattern.compile("<[a-z][^>]*\\son[a-z]+\\s*=", Pattern.CASE_INSENSITIVE);
    static final Pattern JS_URL = Pattern.compile("<[a-z][^>]*=\\s*[\"']?\\s*javascript:", Pattern.CASE_INSENSITIVE);
    static final Pattern INLINE_STYLE = Pattern.compile("<style\\b|<[a-z][^>]*\\sstyle\\s*=", Pattern.CASE_INSENSITIVE);

    /** What in this HTML the CSP would block, or what would need 'unsafe-inline' to work. */
    static List<String> inlineCode(String html) {
        List<String> found = new ArrayList<>();
        for (Pattern p : List.of(INLINE_SCRIPT, HANDLER, JS_URL, INLINE_STYLE)) {
            Matcher m = p.matcher(html);
            while (m.find()) {
                found.add(m.group());
            }
        }
        return found;
    }

    @Test
    void everyPageAnswersTheExactPolicyAndCarriesNoInlineScript() {
        Crawl c = crawl();
        Map<String, String> expected = directives(expectedCsp());
        List<String> problems = new ArrayList<>();
        int html = 0;
        for (Visit v : c.pages()) {
            if (!expected.equals(directives(v.csp()))) {
                problems.add(v.role() + " " + v.path() + ": CSP " + v.csp());
            }
            if (v.contentType() != null && v.contentType().startsWith("text/html")) {
                html++;
                List<String> inline = inlineCode(v.body());
                if (!inline.isEmpty()) {
                    problems.add(v.role() + " " + v.path() + ": inline code " + inline);
                }
            }
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));
        // The page types of issue 8, each seen as a full page by a role allowed to open it.
        Map<String, String> s = c.samples();
        String[][] mustSee = {
            {"anonymous", "/"}, {"anonymous", "/regions/1708"}, {"anonymous", "/units/" + s.get("unit")},
            {"anonymous", "/services/" + s.get("service")}, {"anonymous", "/services/" + s.get("service") + "/results"},
            {"anonymous", "/forums"}, {"anonymous", "/threads/" + s.get("thread")},
            {"warga1", "/services/" + s.get("service") + "/survey"}, {"warga1", "/account"},
            {"warga1", "/me/notifications"}, {"petugas.dukcapil", "/officer"}, {"moderator1", "/moderation"},
            {"hr1", "/appraisal"}, {"hr1", "/appraisal/" + s.get("period")}, {"admin1", "/admin"},
        };
        for (String[] want : mustSee) {
            assertTrue(c.pages().stream().anyMatch(v -> v.role().equals(want[0]) && v.path().equals(want[1])
                    && v.status() == 200 && v.contentType().startsWith("text/html")
                    && v.body().contains("</html>")), want[0] + " sees " + want[1]);
        }
        assertTrue(html >= 100, "HTML pages scanned: " + html);
        // The scan itself finds what it must.
        assertEquals(4, inlineCode("<script>x()</script><a href=\"javascript:x()\" onclick=\"y\">a</a><p style=\"\">")
                .size());
        assertTrue(inlineCode("<script src=\"/js/app.js\" defer></script><a href=\"/x\">on=1</a>").isEmpty());
    }

    @Test
    void chromiumReportsNoPolicyViolationOnTheMainPages(Chrome chrome) throws Exception {
        Map<String, String> s = crawl().samples();
        // Registered before any page script runs: every violation of every page is kept on window.
        chrome.driver().executeCdpCommand("Page.enable", Map.of());
        chrome.driver().executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source",
                "window.__csp = []; document.addEventListener('securitypolicyviolation', e => "
                        + "window.__csp.push(e.violatedDirective + ' ' + e.blockedURI));"));
        List<String> paths = List.of("/", "/regions/1708", "/units/" + s.get("unit"), "/services/" + s.get("service"),
                "/services/" + s.get("service") + "/results", "/forums", "/threads/" + s.get("thread"));
        for (String path : paths) {
            chrome.open(url(path));
            chrome.awaitPath(path);
            Thread.sleep(150); // app.js runs deferred; a violation event is queued as a task
            assertEquals(List.of(), chrome.script("return window.__csp"), "CSP violations on " + path);
        }
        chrome.loginAt(url("/services/" + s.get("service") + "/survey"), "warga1");
        for (String path : List.of("/services/" + s.get("service") + "/survey", "/account", "/me/notifications")) {
            chrome.open(url(path));
            chrome.awaitPath(path);
            Thread.sleep(150);
            assertEquals(List.of(), chrome.script("return window.__csp"), "CSP violations on " + path);
        }
        // The listener does see a violation: an inline script added now is blocked and reported.
        chrome.script("const x = document.createElement('script'); x.textContent = 'window.__ran = 1';"
                + " document.body.appendChild(x);");
        chrome.await(d -> !((List<?>) chrome.script("return window.__csp")).isEmpty());
        assertEquals(null, chrome.script("return window.__ran"), "inline script did not run");
    }

    // ----------------------------------------------------------------------------------------------------------
    // Cookies

    @Test
    void everyCookieIsHttpOnlyAndSameSiteAndSecureInProduction() throws Exception {
        List<String> setCookies = new CopyOnWriteArrayList<>();
        String appHost = url("/").getAuthority();
        try (WebClient browser = Browser.open()) {
            new org.htmlunit.util.WebConnectionWrapper(browser) {
                @Override
                public WebResponse getResponse(WebRequest request) throws IOException {
                    WebResponse r = super.getResponse(request);
                    if (request.getUrl().getAuthority().equals(appHost)) {
                        r.getResponseHeaders().stream().filter(h -> h.getName().equalsIgnoreCase("Set-Cookie"))
                                .forEach(h -> setCookies.add(h.getValue()));
                    }
                    return r;
                }
            };
            HtmlPage page = Browser.loginAt(browser, url("/account"), Tokens.newCitizen("cookie"));
            // The language cookie, and the logout (its state cookie, the session cookie's removal).
            Browser.submit(page.getFirstByXPath("//form[@action='/lang']"));
            Browser.submit(((HtmlPage) browser.getPage(url("/account"))).getFirstByXPath("//form[@action='/logout']"));
        }
        Map<String, String> byName = new TreeMap<>();
        for (String c : setCookies) {
            byName.putIfAbsent(c.substring(0, c.indexOf('=')), c);
        }
        assertTrue(byName.keySet().stream().anyMatch(n -> n.startsWith("q_session")), "session cookie: " + byName);
        assertTrue(byName.keySet().stream().anyMatch(n -> n.startsWith("q_auth")), "login state cookie: " + byName);
        assertTrue(byName.containsKey("csrf-token") && byName.containsKey("lang"), byName.toString());
        for (String c : setCookies) {
            String attrs = c.toLowerCase(Locale.ROOT);
            if (attrs.matches("[^=]+=;.*max-age=0.*")) {
                continue; // a removal (empty value, expired): nothing to protect
            }
            assertTrue(attrs.matches(".*;\\s*httponly\\b.*"), "HttpOnly: " + c);
            assertTrue(attrs.matches(".*;\\s*samesite=(lax|strict)\\b.*"), "SameSite: " + c);
        }
        // Production (no dev/test/demo profile) forces Secure on every cookie the portal sets; the packaged app's
        // real headers are checked by KeycloakOutageIT.
        SmallRyeConfig prod = new SmallRyeConfigBuilder().withProfile("prod").withSources(new PropertiesConfigSource(
                DevSupport.projectDir().resolve("src/main/resources/application.properties").toUri().toURL(), 250))
                .build();
        for (String flag : List.of("quarkus.oidc.web.authentication.cookie-force-secure",
                "quarkus.rest-csrf.cookie-force-secure")) {
            assertEquals(Boolean.TRUE, prod.getValue(flag, Boolean.class), flag + " in production");
            assertEquals(Boolean.FALSE, ConfigProvider.getConfig().getValue(flag, Boolean.class), flag + " in test");
        }
    }

    // ----------------------------------------------------------------------------------------------------------
    // No state change on GET

    @Test
    void noGetOfAnyPageOrEndpointChangesTheDatabase() {
        Crawl c = crawl();
        assertTrue(c.before().size() >= 20, "tables checksummed: " + c.before().keySet());
        List<String> changed = new ArrayList<>();
        for (String table : c.before().keySet()) {
            if (!c.before().get(table).equals(c.after().get(table))) {
                changed.add(table);
            }
        }
        assertEquals(List.of(), changed, "tables changed by GET requests");
        assertTrue(c.api().size() >= 25 * ROLES.size(), "API GETs: " + c.api().size());
        List<String> failed = Stream.concat(c.pages().stream(), c.api().stream()).filter(v -> v.status() >= 500)
                .map(v -> v.role() + " " + v.path() + " " + v.status()).toList();
        assertEquals(List.of(), failed, "GETs that failed");
    }

    // ----------------------------------------------------------------------------------------------------------
    // Logs

    static final String FORGED = "12:00:00.000 ERROR [forged] (x) FORGED";

    @Test
    void logLinesEscapeWhatUsersSend() {
        PatternFormatter format = new PatternFormatter(
                ConfigProvider.getConfig().getValue("quarkus.log.console.format", String.class));
        List<String> out = new CopyOnWriteArrayList<>();
        Handler capture = new Handler() {
            @Override
            public void publish(LogRecord record) {
                out.add(format.format(record instanceof org.jboss.logmanager.ExtLogRecord ext ? ext
                        : new org.jboss.logmanager.ExtLogRecord(record.getLevel(), record.getMessage(), getClass().getName())));
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        java.util.logging.Logger root = java.util.logging.Logger.getLogger("");
        root.addHandler(capture);
        try {
            String crlf = "a\r\n" + FORGED + "\u001b[2K\u009b31m\u2028";
            // A parse error quoting the input, a database error quoting it (region code: at most 16 characters).
            given().queryParam("kind", "number").queryParam("text", crlf)
                    .when().get("/api/v1/test-probe/failure").then().statusCode(500);
            given().queryParam("kind", "sql").queryParam("text", "x\r\nFORGED\u001b[1m")
                    .when().get("/api/v1/test-probe/failure").then().statusCode(500);
            given().queryParam("kind", "number").queryParam("text", crlf)
                    .when().get("/test-probe/failure").then().statusCode(500);
        } finally {
            root.removeHandler(capture);
        }
        String log = String.join("", out);
        assertTrue(log.contains("For input string"), "the parse error was logged: " + log);
        assertTrue(log.contains("Duplicate entry"), "the database error was logged: " + log);
        assertTrue(log.contains("FORGED"), "the input is in the log, escaped");
        assertFalse(log.contains("\r"), "no carriage return from input: " + log.lines()
                .filter(l -> l.contains("\r")).toList());
        assertFalse(log.contains("\u001b") || log.contains("\u009b"), "no terminal escape from input");
        assertFalse(log.contains("\u2028"), "no Unicode line separator from input");
        for (String line : log.split("\n")) {
            assertFalse(line.startsWith("12:00:00.000") || line.startsWith("FORGED"), "forged line: " + line);
        }
    }

    // ----------------------------------------------------------------------------------------------------------
    // Errors

    static final Pattern INTERNALS = Pattern.compile(
            "Exception|java\\.|jakarta\\.|org\\.hibernate|com\\.mysql|org\\.mariadb|SQL|Duplicate entry|INSERT|"
                    + "\\bat [a-z]+\\.[a-z]+|\\.java:\\d+|NumberFormat|For input string|com\\.fasterxml|Jackson|Unrecognized");

    static void generic(String body) {
        Matcher m = INTERNALS.matcher(body);
        assertFalse(m.find(), "internals in the answer (" + (m.find(0) ? m.group() : "") + "): " + body);
    }

    @Test
    void unexpectedErrorsAnswerGenericallyWithAnIncidentId() {
        for (String kind : List.of("number", "sql")) {
            String body = given().queryParam("kind", kind).queryParam("text", "x1")
                    .when().get("/api/v1/test-probe/failure")
                    .then().statusCode(500).contentType("application/problem+json").extract().asString();
            JsonPath json = new JsonPath(body);
            assertEquals("urn:suarawarga:problem:internal", json.getString("type"), body);
            // In Indonesian unless the client asks for English (ADR 0016), never both.
            assertTrue(json.getString("detail").matches(".*insiden [0-9a-f]{8}"), body);
            generic(body);
            String english = given().queryParam("kind", kind).queryParam("text", "x1")
                    .header("Accept-Language", "en-GB,en;q=0.9,id;q=0.5")
                    .when().get("/api/v1/test-probe/failure")
                    .then().statusCode(500).extract().asString();
            assertTrue(new JsonPath(english).getString("detail").matches("Unexpected error, incident [0-9a-f]{8}"), english);
            assertEquals("Internal error", new JsonPath(english).getString("title"), english);

            String page = given().queryParam("kind", kind).queryParam("text", "x1")
                    .when().get("/test-probe/failure")
                    .then().statusCode(500).contentType(org.hamcrest.Matchers.containsString("text/html"))
                    .extract().asString();
            assertTrue(page.contains("Terjadi kesalahan") || page.contains("</html>"), page);
            assertTrue(page.matches("(?s).*\\b[0-9a-f]{8}\\b.*"), "the incident id is shown: " + page);
            generic(page);
        }
        // Malformed input that reaches the JSON reader, the validator, a path converter, a page parameter.
        String admin = Tokens.of("admin1");
        for (String json : List.of("{\"code\":", "{\"code\":\"T1\",\"type\":\"NOT_A_TYPE\",\"name\":\"a\",\"province\":\"b\"}",
                "[1,2", "{\"code\":{\"nested\":[1]}}", "\u0000")) {
            generic(given().auth().oauth2(admin).contentType(ContentType.JSON).body(json)
                    .when().post("/api/v1/regions").then().statusCode(org.hamcrest.Matchers.lessThan(500))
                    .contentType("application/problem+json").extract().asString());
        }
        generic(given().when().get("/api/v1/units/99999999999999999999999").then()
                .statusCode(org.hamcrest.Matchers.lessThan(500)).extract().asString());
        generic(given().when().get("/api/v1/regions?page=99999999999999&size=-x").then()
                .statusCode(org.hamcrest.Matchers.lessThan(500)).extract().asString());
        generic(given().when().get("/regions/1708?page=abc").then()
                .statusCode(org.hamcrest.Matchers.lessThan(500)).extract().asString());
        generic(given().contentType("application/x-www-form-urlencoded").body("%%%")
                .when().post("/lang").then().statusCode(org.hamcrest.Matchers.lessThan(500)).extract().asString());
    }

    // ----------------------------------------------------------------------------------------------------------
    // The crawl

    synchronized Crawl crawl() {
        if (crawl != null) {
            return crawl;
        }
        long t0 = System.nanoTime();
        Map<String, String> samples = samples();
        long t1 = System.nanoTime();
        for (String role : ROLES) {
            browser(role);
        }
        long t2 = System.nanoTime();
        Map<String, String> tokens = new LinkedHashMap<>();
        for (String role : ROLES) {
            if (!role.equals("anonymous")) {
                tokens.put(role, Tokens.of(role));
            }
        }
        List<String> pages = pagePaths(samples);
        List<String> api = apiPaths(samples);
        // The daily-totals roll-up writes on its own schedule: let its first (delayed) run happen, pause the
        // scheduler, and start from a database that has stopped changing.
        for (io.quarkus.scheduler.Trigger job : scheduler.getScheduledJobs()) {
            for (int i = 0; i < 240 && job.getPreviousFireTime() == null; i++) {
                sleep(250);
            }
        }
        scheduler.pause();
        try {
            Map<String, String> before = checksums();
            for (int i = 0; i < 60; i++) {
                sleep(500);
                Map<String, String> again = checksums();
                if (again.equals(before)) {
                    break;
                }
                before = again;
            }
            List<Visit> pageVisits = new CopyOnWriteArrayList<>();
            List<Visit> apiVisits = new CopyOnWriteArrayList<>();
            // One thread per role (each role's browser is used by its thread only): the crawl is I/O-bound.
            ExecutorService pool = Executors.newFixedThreadPool(3);
            try {
                List<Future<?>> done = new ArrayList<>();
                for (String role : ROLES) {
                    done.add(pool.submit(() -> visit(role, pages, api, tokens.get(role), pageVisits, apiVisits)));
                }
                for (Future<?> f : done) {
                    f.get();
                }
            } catch (InterruptedException | ExecutionException e) {
                throw new IllegalStateException(e);
            } finally {
                pool.shutdownNow();
            }
            Map<String, String> after = checksums();
            long t3 = System.nanoTime();
            System.err.printf("crawl: samples %d ms, logins %d ms, %d pages + %d API GETs %d ms%n", (t1 - t0) / 1_000_000,
                    (t2 - t1) / 1_000_000, pageVisits.size(), apiVisits.size(), (t3 - t2) / 1_000_000);
            crawl = new Crawl(before, after, pageVisits, apiVisits, samples);
            return crawl;
        } finally {
            scheduler.resume();
        }
    }

    static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static void visit(String role, List<String> pages, List<String> api, String token, List<Visit> pageVisits,
            List<Visit> apiVisits) {
        WebClient browser = browser(role);
        for (String path : pages) {
            try {
                WebResponse r = browser.loadWebResponse(new WebRequest(url(path), HttpMethod.GET));
                pageVisits.add(new Visit(role, path, r.getStatusCode(), String.valueOf(r.getContentType()),
                        r.getResponseHeaderValue("Content-Security-Policy"), r.getContentAsString()));
            } catch (IOException e) {
                throw new UncheckedIOException(path, e);
            }
        }
        for (String path : api) {
            var request = given().redirects().follow(false);
            if (token != null) {
                request = request.auth().oauth2(token);
            }
            var r = request.when().get(path);
            apiVisits.add(new Visit(role, path, r.statusCode(), r.contentType(), r.header("Content-Security-Policy"),
                    r.asString()));
        }
    }

    static WebClient browser(String role) {
        return BROWSERS.computeIfAbsent(role, r -> {
            WebClient b = Browser.open();
            b.getOptions().setThrowExceptionOnFailingStatusCode(false);
            if (!r.equals("anonymous")) {
                try {
                    Browser.loginAt(b, url("/account"), r);
                } catch (Exception e) {
                    throw new IllegalStateException("login " + r, e);
                }
            }
            b.getOptions().setRedirectEnabled(false);
            return b;
        });
    }

    /** Path parameter values, by the segment before them: data every role can see, made before the snapshot. */
    static Map<String, String> samples() {
        Map<String, String> s = new LinkedHashMap<>();
        JsonPath units = given().when().get("/api/v1/regions/1708/units?size=100").then().statusCode(200).extract().jsonPath();
        long unit = units.getLong("items.find { it.code == '1708-DUKCAPIL' }.id");
        long service = given().when().get("/api/v1/units/" + unit + "/services?size=100").then().statusCode(200)
                .extract().jsonPath().getLong("items[0].id");
        long[] thread = ForumFixtures.thread("warga1", "1708-UMUM", "Keamanan web " + UUID.randomUUID().toString()
                .substring(0, 6), "Isi untuk pemeriksaan GET");
        // An unread notification for warga1: opening the notifications page must leave it unread.
        ForumFixtures.reply("warga2", thread[0], "Balasan untuk pemeriksaan GET");
        Object comment = given().when().get("/api/v1/units/" + unit + "/comments?size=1").then().statusCode(200)
                .extract().jsonPath().get("items[0].id");
        if (comment == null) {
            comment = given().auth().oauth2(Tokens.of(Tokens.newCitizen("getcheck"))).contentType(ContentType.JSON)
                    .header("Idempotency-Key", "ws-" + UUID.randomUUID())
                    .body(Map.of("stars", 4, "comment", "Pelayanan cepat")).when().post("/api/v1/units/" + unit + "/ratings")
                    .then().statusCode(201).extract().jsonPath().get("id");
        }
        String hr = Tokens.of("hr1");
        JsonPath periods = given().auth().oauth2(hr).when().get("/api/v1/appraisal/periods?size=100").then()
                .statusCode(200).extract().jsonPath();
        Object period = periods.get("items.find { it.code == '2012-Q3' }.id");
        if (period == null) {
            period = given().auth().oauth2(hr).contentType(ContentType.JSON).header("Idempotency-Key", "ws-" + UUID.randomUUID())
                    .body(Map.of("period", "2012-Q3", "regionCode", "1708")).when().post("/api/v1/appraisal/periods").then().statusCode(201)
                    .extract().jsonPath().get("id");
        }
        s.put("regions/{code}", "1708");
        s.put("units/{id}", Long.toString(unit));
        s.put("units/{unitId}", Long.toString(unit));
        s.put("services/{id}", Long.toString(service));
        s.put("forums/{id}", Long.toString(ForumFixtures.categoryId("1708-UMUM")));
        s.put("threads/{id}", Long.toString(thread[0]));
        s.put("posts/{id}", Long.toString(thread[1]));
        s.put("feedback/{id}", String.valueOf(comment));
        s.put("appraisal/{id}", String.valueOf(period));
        s.put("periods/{id}", String.valueOf(period));
        s.put("improvement-plans/{period}", "2026-Q4");
        s.put("officers/{username}", "petugas.dukcapil");
        s.put("moderators/{username}", "moderator1");
        s.put("staff/{username}", "petugas.dukcapil");
        s.put("scopes/{role}", "officer");
        // No holiday needs to exist: the confirm page of an unknown one is the 404 page, which carries the policy too.
        s.put("holidays/{id}", "987654321");
        // Paper batches are not public: an unknown one is the 404 page (or problem), which carries the policy too.
        s.put("paper-batches/{id}", "987654321");
        s.put("paper/{id}", "987654321");
        // Visit codes: an unknown code is the kind 404 page (or problem), which carries the policy too.
        s.put("visits/{code}", "ABCD-EFGH-JKMNQ");
        s.put("v/{code}", "ABCD-EFGH-JKMNQ");
        s.put("batches/{id}", "987654321");
        // Kiosks are not public either: an unknown one is the 404 (problem or page).
        s.put("kiosks/{id}", "987654321");
        s.put("unit", Long.toString(unit));
        s.put("service", Long.toString(service));
        s.put("thread", Long.toString(thread[0]));
        s.put("period", String.valueOf(period));
        return s;
    }

    static final Pattern PARAM = Pattern.compile("([^/]+)/\\{(\\w+)(?::[^}]*)?}");

    static String fill(String template, Map<String, String> samples) {
        Matcher m = PARAM.matcher(template);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String value = samples.get(m.group(1) + "/{" + m.group(2) + "}");
            if (value == null) {
                fail("No sample value for {" + m.group(2) + "} after '" + m.group(1) + "' in " + template
                        + ": add one to WebSecurityTest.samples()");
            }
            m.appendReplacement(sb, Matcher.quoteReplacement(m.group(1) + "/" + value));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /** Every GET of the app outside /api, from its JAX-RS classes (main code only; the test probe is not a page). */
    static List<String> pagePaths(Map<String, String> samples) {
        Path classes = DevSupport.projectDir().resolve("target/classes");
        TreeSet<String> paths = new TreeSet<>();
        try (Stream<Path> files = Files.walk(classes.resolve("id/suarawarga"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".class") && !p.getFileName().toString().contains("$"))
                    .toList()) {
                String name = classes.relativize(f).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> type = Class.forName(name, false, Thread.currentThread().getContextClassLoader());
                jakarta.ws.rs.Path base = type.getAnnotation(jakarta.ws.rs.Path.class);
                if (base == null) {
                    continue;
                }
                for (Method method : type.getDeclaredMethods()) {
                    if (!method.isAnnotationPresent(GET.class)) {
                        continue;
                    }
                    jakarta.ws.rs.Path sub = method.getAnnotation(jakarta.ws.rs.Path.class);
                    String path = ("/" + base.value() + "/" + (sub == null ? "" : sub.value())).replaceAll("/+", "/");
                    if (path.length() > 1 && path.endsWith("/")) {
                        path = path.substring(0, path.length() - 1);
                    }
                    if (!path.startsWith("/api/") && !path.startsWith("/q/")) {
                        paths.add(fill(path, samples));
                    }
                }
            }
        } catch (IOException | ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
        assertTrue(paths.size() >= 30, "pages found: " + paths);
        return List.copyOf(paths);
    }

    /** Every GET of the API, from the OpenAPI document. */
    static List<String> apiPaths(Map<String, String> samples) {
        Map<String, Map<String, Object>> doc = given().when().get("/q/openapi?format=json").then().statusCode(200)
                .extract().jsonPath().getMap("paths");
        List<String> paths = new ArrayList<>();
        doc.forEach((path, operations) -> {
            if (operations.containsKey("get")) {
                paths.add(fill(path, samples));
            }
        });
        assertNotNull(paths);
        return paths;
    }

    /**
     * A content checksum per table over the stored columns (CHECKSUM TABLE was tried first: MariaDB's answer for
     * {@code feedback} changed after reads that used its virtual column's index, with every row unchanged).
     * {@code personal_data_access} is left out on purpose: logging that staff were shown a citizen's personal
     * data is the one write a GET must do (UU PDP, privacy/StaffAccessLog).
     */
    Map<String, String> checksums() {
        Map<String, String> sums = new TreeMap<>();
        try (Connection c = ds.getConnection(); Statement st = c.createStatement()) {
            Map<String, List<String>> columns = new TreeMap<>();
            try (ResultSet rs = st.executeQuery("SELECT c.table_name, c.column_name FROM information_schema.columns c "
                    + "JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name "
                    + "WHERE c.table_schema = DATABASE() AND t.table_type = 'BASE TABLE' AND c.extra NOT LIKE '%GENERATED%' "
                    + "AND c.table_name <> 'personal_data_access' ORDER BY c.table_name, c.ordinal_position")) {
                while (rs.next()) {
                    columns.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add("`" + rs.getString(2) + "`");
                }
            }
            for (Map.Entry<String, List<String>> t : columns.entrySet()) {
                String row = "CONCAT_WS('|', " + t.getValue().stream()
                        .map(col -> "IFNULL(HEX(" + col + "), '~')").collect(java.util.stream.Collectors.joining(", ")) + ")";
                try (ResultSet rs = st.executeQuery("SELECT COUNT(*), COALESCE(SUM(CRC32(" + row + ")), 0), "
                        + "COALESCE(BIT_XOR(CRC32(" + row + ")), 0) FROM `" + t.getKey() + "`")) {
                    rs.next();
                    sums.put(t.getKey(), rs.getLong(1) + ":" + rs.getString(2) + ":" + rs.getLong(3));
                }
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        return sums;
    }
}
