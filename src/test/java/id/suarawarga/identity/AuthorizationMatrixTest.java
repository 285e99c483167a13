package id.suarawarga.identity;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import id.suarawarga.devsupport.ApiEndpoints;
import id.suarawarga.devsupport.ApiEndpoints.Endpoint;
import id.suarawarga.devsupport.Browser;
import id.suarawarga.devsupport.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.ConfigProvider;
import org.htmlunit.WebClient;
import org.htmlunit.util.Cookie;
import org.junit.jupiter.api.Test;

/**
 * The authorization matrix (issue 8): every operation of the live OpenAPI document — the JSON API and the
 * server-rendered pages and forms — called as each of nine roles (the region dimension of issue 15 among them) with real Keycloak credentials, compared with
 * the checked-in table {@code src/test/resources/security/authorization-matrix.tsv}. Every mismatch is listed at
 * once; an operation without a row, or a row without an operation, fails. {@code docs/security/authorization-matrix.md}
 * is generated from the same table (run with {@code -Dmatrix.write=true} to regenerate it).
 *
 * <p>The API is called with bearer tokens (password grant, as a script would); pages with the session cookie the
 * real Keycloak login form gives a browser (the page tenant does not accept bearer tokens), and every form POST
 * carries a valid CSRF token, so the CSRF check never hides the role check.
 */
@QuarkusTest
class AuthorizationMatrixTest {

    static final String TABLE = "/security/authorization-matrix.tsv";
    static final Path DOC = Path.of("docs/security/authorization-matrix.md");
    /** Operations that delete the caller's own account (privacy/PersonalDataApi, PrivacyPages). */
    static final Set<String> ACCOUNT_ENDING = Set.of("DELETE /api/v1/me", "POST /account/delete");
    /**
     * The columns: the region dimension (issue 15) is "A" = Kepahiang (1708), the region of the run's unit, feedback,
     * threads and appraisal period; "B" = Mamuju (7602). See MatrixDoc for who each column is.
     */
    static final List<String> ROLES = List.of("anonymous", "citizen", "officer", "other-officer", "moderator", "hr",
            "other-hr", "admin", "operator");
    static final Set<String> CLASSES = Set.of("allow", "refused", "not-found", "login", "deny");
    private static final Pattern ROW_KEY = Pattern.compile("(GET|POST|PUT|DELETE|PATCH) (/\\S*)(?: \\[(.+)])?");
    private static final Pattern PATH_PARAM = Pattern.compile("\\{([^}/]+)}");

    @Inject
    DataSource ds;

    /** One line of the table. {@code variant} names an extra object-level case of the same operation. */
    record Row(String method, String path, String variant, Map<String, String> expected, String args, String body,
            String note) {

        String key() {
            return method + " " + path;
        }

        String label() {
            return key() + (variant == null ? "" : " [" + variant + "]");
        }

        boolean page() {
            return !path.startsWith("/api/");
        }
    }

    /** What a call got: the class and, for the diff, what the response said. */
    record Outcome(String kind, String detail) {
    }

    @Test
    void everyOperationTimesEveryRoleMatchesTheCheckedInMatrix() throws Exception {
        List<Row> rows = readTable();
        List<Endpoint> endpoints = ApiEndpoints.fromRunningApp();
        checkCoverage(rows, endpoints);
        Map<String, Endpoint> byKey = new HashMap<>();
        endpoints.forEach(e -> byKey.put(e.key(), e));

        MatrixFixture fixture = new MatrixFixture(ds);
        try {
            check(rows, byKey, fixture);
        } finally {
            fixture.close();
        }
    }

    private void check(List<Row> rows, Map<String, Endpoint> byKey, MatrixFixture fixture) throws Exception {
        long t0 = System.nanoTime();
        fixture.build();
        long t1 = System.nanoTime();
        Map<String, Map<String, String>> sessions = new HashMap<>();
        for (Map.Entry<String, String> role : fixture.users.entrySet()) {
            sessions.put(role.getKey(), role.getValue() == null ? Map.of() : pageSession(role.getValue()));
        }
        String[] csrf = csrf();
        System.out.printf("Authorization matrix: fixture %d ms, %d page logins %d ms%n", (t1 - t0) / 1_000_000,
                sessions.size() - 1, (System.nanoTime() - t1) / 1_000_000);

        List<String> mismatches = new ArrayList<>();
        StringBuilder actualTable = new StringBuilder(header());
        long started = System.nanoTime();
        int cells = 0;
        for (Row row : rows) {
            Map<String, String> actual = new LinkedHashMap<>();
            for (String role : ROLES) {
                String expected = row.expected().get(role);
                String user = fixture.users.get(role);
                Map<String, String> session = sessions.get(role);
                if (ACCOUNT_ENDING.contains(row.key()) && role.equals("citizen")) {
                    // Deleting an account ends it: the citizen cell deletes a fresh one, not the run's citizen.
                    user = Tokens.newCitizen("mx-leaving");
                    session = row.page() ? pageSession(user) : Map.of();
                }
                Outcome o = call(row, byKey.get(row.key()), fixture, user, session, csrf,
                        !expected.equals("deny") && !expected.equals("login"));
                cells++;
                actual.put(role, o.kind());
                if (!o.kind().equals(row.expected().get(role))) {
                    mismatches.add(String.format("%-70s %-13s expected %-9s got %-9s (%s)", row.label(), role,
                            row.expected().get(role), o.kind(), o.detail()));
                }
            }
            actualTable.append(line(row, actual)).append('\n');
        }
        Path actualFile = Path.of("target/authorization-matrix.actual.tsv");
        Files.writeString(actualFile, actualTable.toString());
        System.out.printf("Authorization matrix: %d rows × %d roles = %d calls in %d ms%n", rows.size(), ROLES.size(),
                cells, (System.nanoTime() - started) / 1_000_000);
        String docProblem = "";
        try {
            writeDoc(rows);
        } catch (AssertionError e) {
            docProblem = "\n" + e.getMessage();
        }
        if (!mismatches.isEmpty()) {
            fail(mismatches.size() + " cells differ from " + TABLE + " (the measured table is in " + actualFile
                    + "; change the checked-in one only after reading the code):\n" + String.join("\n", mismatches)
                    + docProblem);
        }
        assertEquals("", docProblem);
    }

    // --- one cell ---------------------------------------------------------------------------------------------

    Outcome call(Row row, Endpoint endpoint, MatrixFixture fixture, String user, Map<String, String> session,
            String[] csrf, boolean forSuccess) {
        Map<String, String> args = new HashMap<>();
        String query = "";
        if (!row.args().equals("-")) {
            for (String token : row.args().split(" +")) {
                if (token.startsWith("?")) {
                    query = fixture.resolve(token, forSuccess);
                } else {
                    int eq = token.indexOf('=');
                    args.put(token.substring(0, eq), token.substring(eq + 1));
                }
            }
        }
        Map<String, String> values = new HashMap<>();
        Matcher m = PATH_PARAM.matcher(row.path());
        while (m.find()) {
            String name = m.group(1);
            String template = args.containsKey(name) ? args.get(name) : MatrixFixture.defaultFor(row.path(), name);
            values.put(name, fixture.resolve(template, forSuccess));
        }
        String url = endpoint.expand(values) + query;
        String body = row.body().equals("-") ? null : fixture.resolve(row.body(), forSuccess);

        RequestSpecification req = given().redirects().follow(false);
        Response r;
        if (row.page()) {
            req.header("Accept", "text/html,*/*;q=0.8").cookies(session);
            if (!row.method().equals("GET")) {
                req.cookie("csrf-token", csrf[0]).contentType(ContentType.URLENC).formParam("csrf-token", csrf[1]);
                if (body != null) {
                    for (String pair : body.split("&")) {
                        int eq = pair.indexOf('=');
                        req.formParam(pair.substring(0, eq), pair.substring(eq + 1));
                    }
                }
            }
            r = req.request(row.method(), url);
            return classifyPage(r);
        }
        req.header("Idempotency-Key", "mx-" + UUID.randomUUID());
        if (user != null) {
            req.auth().oauth2(Tokens.of(user));
        }
        if (!row.method().equals("GET")) {
            // JSON resources consume JSON even without a body; without the type they answer 415 before the role check
            req.contentType(ContentType.JSON);
        }
        if (body != null) {
            req.body(body);
        }
        r = req.request(row.method(), url);
        return classifyApi(r);
    }

    /**
     * API: 401 → login; 403 with problem type {@code forbidden} → deny (403 of another type, e.g. a suspension, is
     * a business refusal); 2xx/3xx → allow; 404 → not-found; other 4xx → refused; 5xx → error (never expected).
     */
    static Outcome classifyApi(Response r) {
        int s = r.statusCode();
        String type = r.contentType() != null && r.contentType().contains("json") ? String.valueOf(r.jsonPath().getString("type")) : "-";
        String detail = s + " " + type;
        if (s == 401) {
            return new Outcome("login", detail);
        }
        if (s == 403) {
            return new Outcome(type.endsWith(":forbidden") ? "deny" : "refused", detail);
        }
        return new Outcome(common(s), detail);
    }

    /**
     * Pages: a redirect to the realm's authorization endpoint (the page tenant's answer to an anonymous visitor) or
     * 401 → login; 403 → deny; 2xx and other redirects → allow; 404 → not-found; other 4xx → refused.
     */
    static Outcome classifyPage(Response r) {
        int s = r.statusCode();
        String location = r.header("Location");
        String detail = s + (location == null ? "" : " → " + location.replaceAll("\\?.*", "?…"));
        if (s == 401 || (s >= 300 && s < 400 && location != null && location.contains("/protocol/openid-connect/auth"))) {
            return new Outcome("login", detail);
        }
        if (s == 403) {
            return new Outcome("deny", detail);
        }
        return new Outcome(common(s), detail);
    }

    private static String common(int s) {
        if (s < 400) {
            return "allow";
        }
        if (s == 404) {
            return "not-found";
        }
        return s < 500 ? "refused" : "error";
    }

    // --- sessions ---------------------------------------------------------------------------------------------

    /** Logs in through the real Keycloak form (no JavaScript) and keeps the portal's session cookies. */
    static Map<String, String> pageSession(String username) throws Exception {
        int port = ConfigProvider.getConfig().getValue("quarkus.http.test-port", Integer.class);
        try (WebClient browser = Browser.open()) {
            browser.getOptions().setThrowExceptionOnFailingStatusCode(false);
            Browser.loginAt(browser, new URL("http://127.0.0.1:" + port + "/account"), username);
            Map<String, String> cookies = new HashMap<>();
            for (Cookie c : browser.getCookieManager().getCookies()) {
                if (c.getName().startsWith("q_session")) {
                    cookies.put(c.getName(), c.getValue());
                }
            }
            assertTrue(!cookies.isEmpty(), "no session cookie after logging in as " + username);
            return cookies;
        }
    }

    /** A CSRF cookie and the matching form token, as any page with a form hands out (not tied to a session). */
    static String[] csrf() {
        Response home = given().when().get("/");
        String token = home.htmlPath().getString("**.find { it.@name == 'csrf-token' }.@value");
        String cookie = home.getCookie("csrf-token");
        assertTrue(token != null && !token.isBlank() && cookie != null, "the home page hands out a CSRF token");
        return new String[] {cookie, token};
    }

    // --- the table --------------------------------------------------------------------------------------------

    static List<Row> readTable() throws IOException {
        List<Row> rows = new ArrayList<>();
        Set<String> labels = new LinkedHashSet<>();
        try (InputStream in = AuthorizationMatrixTest.class.getResourceAsStream(TABLE)) {
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            for (int n = 0; n < lines.length; n++) {
                String l = lines[n];
                if (l.isBlank() || l.startsWith("#") || l.startsWith("endpoint\t")) {
                    continue;
                }
                String[] c = l.split("\t", -1);
                String where = TABLE + ":" + (n + 1) + ": ";
                assertEquals(ROLES.size() + 4, c.length, where + "expected endpoint, " + ROLES.size()
                        + " role cells, args, body, note separated by tabs");
                Matcher k = ROW_KEY.matcher(c[0].trim());
                assertTrue(k.matches(), where + "first cell must be 'METHOD /path' or 'METHOD /path [variant]': " + c[0]);
                Map<String, String> expected = new LinkedHashMap<>();
                for (int i = 0; i < ROLES.size(); i++) {
                    String cell = c[i + 1].trim();
                    assertTrue(CLASSES.contains(cell), where + "cell '" + cell + "' for " + ROLES.get(i) + " is not one of " + CLASSES);
                    expected.put(ROLES.get(i), cell);
                }
                int args = ROLES.size() + 1;
                Row row = new Row(k.group(1), k.group(2), k.group(3), expected, c[args].trim(), c[args + 1].trim(),
                        c[args + 2].trim());
                assertTrue(labels.add(row.label()), where + "duplicate row " + row.label());
                rows.add(row);
            }
        }
        return rows;
    }

    /** Every operation has its row; every row (variants included) still names an operation. */
    static void checkCoverage(List<Row> rows, List<Endpoint> endpoints) {
        Set<String> live = new LinkedHashSet<>();
        endpoints.forEach(e -> live.add(e.key()));
        Set<String> covered = new LinkedHashSet<>();
        rows.forEach(r -> covered.add(r.key()));
        List<String> problems = new ArrayList<>();
        for (Endpoint e : endpoints) {
            if (!covered.contains(e.key())) {
                problems.add("add a row for " + e.key() + " to src/test/resources" + TABLE + ", e.g.\n    " + e.key()
                        + "\t?\t?\t?\t?\t?\t?\t?\t-\t-\twho may call it and why");
            }
        }
        for (Row r : rows) {
            if (!live.contains(r.key())) {
                problems.add("row " + r.label() + " names no operation of /q/openapi: remove or rename it");
            }
        }
        if (!problems.isEmpty()) {
            fail(String.join("\n", problems));
        }
    }

    static String header() {
        return "endpoint\t" + String.join("\t", ROLES) + "\targs\tbody\tnote\n";
    }

    static String line(Row row, Map<String, String> cells) {
        return row.label() + "\t" + String.join("\t", cells.values()) + "\t" + row.args() + "\t" + row.body() + "\t"
                + row.note();
    }

    // --- the generated document -------------------------------------------------------------------------------

    /** Writes the document to target/; with -Dmatrix.write=true to docs/ too; else fails when docs/ differs. */
    static void writeDoc(List<Row> rows) throws IOException {
        String doc = MatrixDoc.render(rows);
        Files.writeString(Path.of("target/authorization-matrix.md"), doc);
        if (Boolean.getBoolean("matrix.write")) {
            Files.createDirectories(DOC.getParent());
            Files.writeString(DOC, doc);
        }
        String checkedIn = Files.exists(DOC) ? Files.readString(DOC) : "";
        assertEquals(doc, checkedIn, DOC + " is generated from " + TABLE + " and differs from it: regenerate it with "
                + "./mvnw -B verify -Dtest=AuthorizationMatrixTest -Dsurefire.failIfNoSpecifiedTests=false -Dit.test=none "
                + "-Dfailsafe.failIfNoSpecifiedTests=false -Dmatrix.write=true");
    }
}
