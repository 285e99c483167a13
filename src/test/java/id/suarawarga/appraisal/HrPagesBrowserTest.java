package id.suarawarga.appraisal;

import static id.suarawarga.appraisal.AppraisalFixtures.insert;
import static id.suarawarga.appraisal.AppraisalFixtures.regionOf;
import static id.suarawarga.appraisal.AppraisalFixtures.unitId;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.suarawarga.devsupport.Axe;
import id.suarawarga.devsupport.Chrome;
import id.suarawarga.devsupport.DevSupport;
import id.suarawarga.devsupport.Languages;
import id.suarawarga.devsupport.PageWeight;
import id.suarawarga.devsupport.Tokens;
import id.suarawarga.devsupport.TouchTargets;
import id.suarawarga.devsupport.WithBrowser;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;

/**
 * HR's appraisal pages in a real browser (headless Chromium): {@code hr1} logs in through Keycloak and downloads
 * a period's CSV and XLSX with the page's buttons; the period list, score table, a unit's drill-down and the
 * officer's objection form pass axe-core, touch-target and one-language checks at 360 px and at a desktop's
 * 1280 px, in Indonesian and English, without sideways scrolling. The quarter 2015-Q2 is used only here: 1708-DUKCAPIL
 * has 36 answers (sufficient), every other unit none, and a unit whose name is a spreadsheet formula exists.
 */
@QuarkusTest
@WithBrowser
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HrPagesBrowserTest {

    static final String PERIOD = "2015-Q2";
    static final Instant Q_START = Instant.parse("2015-04-01T03:00:00Z");
    static final int DESKTOP = 1280;

    static Chrome chrome;
    static Path downloads;

    @TestHTTPResource("/")
    URL base;

    @Inject
    DataSource ds;

    long period;
    long dukcapil;
    String evilCode;
    boolean seeded;

    @BeforeAll
    static void downloadsFolder() throws Exception {
        downloads = Files.createDirectories(DevSupport.projectDir().resolve("target/downloads/" + UUID.randomUUID()));
        // Chromium saves what a download link gives into this directory, as a person's Downloads folder.
        chrome.driver().executeCdpCommand("Browser.setDownloadBehavior",
                Map.of("behavior", "allow", "downloadPath", downloads.toString()));
    }

    /** Once per class; not @BeforeAll, because RestAssured learns the test port only before each test. */
    @BeforeEach
    void quarter() throws Exception {
        if (seeded) {
            return;
        }
        seeded = true;
        dukcapil = unitId("1708", "1708-DUKCAPIL");
        long dpmptsp = unitId("1708", "1708-DPMPTSP");
        long region = regionOf(ds, dukcapil);
        String run = UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < 36; i++) {
            // citizens who used the portal before (a rating in 2014), answering every two days: no brigade
            insert(ds, dpmptsp, region, "h" + run + i, Instant.parse("2014-02-03T03:00:00Z").plusSeconds(i), 0, 4,
                    null, false);
            insert(ds, dukcapil, region, "h" + run + i, Q_START.plus(Duration.ofHours(50L * i)), i % 3 == 0 ? 4 : 3, 0,
                    i == 0 ? "Antrean rapi, petugas sigap" : null, false);
        }
        String admin = Tokens.of("admin1");
        evilCode = "H" + (System.nanoTime() % 10_000_000L) + "-EVIL";
        // in Kepahiang, since a period (and so its export) holds the units of one regency
        given().auth().oauth2(admin).contentType(ContentType.JSON)
                .body(Map.of("code", evilCode, "name", "@SUM(1+1)*cmd|' /C calc'!A0", "type", "DINAS",
                        "regionCode", "1708"))
                .when().post("/api/v1/units").then().statusCode(201);
        period = given().auth().oauth2(Tokens.of("hr1")).contentType(ContentType.JSON)
                .header("Idempotency-Key", "t-" + UUID.randomUUID())
                .body(Map.of("period", PERIOD, "regionCode", "1708", "reviewWorkingDays", 10))
                .when().post("/api/v1/appraisal/periods").then().statusCode(201).extract().jsonPath().getLong("id");
        given().auth().oauth2(Tokens.of("hr1")).contentType(ContentType.JSON).when()
                .post("/api/v1/appraisal/periods/" + period + "/compute")
                .then().statusCode(200);
    }

    @Test
    void hr1DownloadsTheCsvAndXlsxExportsWithThePagesButtons() throws Exception {
        int units = given().auth().oauth2(Tokens.of("hr1")).when()
                .get("/api/v1/appraisal/periods/" + period + "/scores?size=1").then().statusCode(200).extract()
                .jsonPath().getInt("total");
        loginAs("hr1", "/appraisal");
        chrome.find(By.linkText(PERIOD)).click();
        chrome.awaitPath("/appraisal/" + period);
        chrome.screenshot("appraisal-period-exports");
        // issue 17 item 12: how to open the files in an Excel set to Indonesian
        org.junit.jupiter.api.Assertions.assertTrue(chrome.find(By.id("export-hint")).getText().contains("XLSX"));

        chrome.find(By.cssSelector("#exports a[href$='format=csv']")).click();
        Path csvFile = awaitDownload("appraisal-" + PERIOD + ".csv");
        String csv = Files.readString(csvFile, StandardCharsets.UTF_8);
        List<String> lines = Arrays.asList(csv.replace("\uFEFF", "").split("\r\n"));
        assertEquals(String.join(",", AppraisalExports.COLUMNS), lines.get(0), "header row");
        assertEquals(units, lines.size() - 1, "one row per unit");
        String duk = row(lines, ",1708-DUKCAPIL,");
        assertTrue(duk.startsWith(PERIOD + ",1708,1708-DUKCAPIL,Dinas Kependudukan"), duk);
        assertTrue(duk.contains(",36,0,36,") && duk.contains(",SUFFICIENT,"), duk);
        String evil = row(lines, "," + evilCode + ",");
        assertTrue(evil.contains(",\"'@SUM(1+1)*cmd|' /C calc'!A0\","), "formula neutralised in CSV: " + evil);
        assertTrue(evil.contains(",INSUFFICIENT_EVIDENCE,"), evil);

        chrome.find(By.cssSelector("#exports a[href$='format=xlsx']")).click();
        Path xlsxFile = awaitDownload("appraisal-" + PERIOD + ".xlsx");
        String sheet = sheet(Files.readAllBytes(xlsxFile));
        assertTrue(sheet.contains("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t xml:space=\"preserve\">period</t>"),
                "header row in XLSX");
        for (String column : AppraisalExports.COLUMNS) {
            assertTrue(sheet.contains(">" + column + "</t>"), column);
        }
        assertTrue(sheet.contains("<row r=\"" + (units + 1) + "\">") && !sheet.contains("<row r=\"" + (units + 2) + "\">"),
                "header + one row per unit");
        assertTrue(sheet.contains(">1708-DUKCAPIL</t>"));
        assertTrue(sheet.contains(">'@SUM(1+1)*cmd|' /C calc'!A0</t>"), "formula neutralised in XLSX");
        assertFalse(sheet.contains(">@SUM"), "never as typed");
    }

    @Test
    void hrPagesWorkAtPhoneAndDesktopWidthInBothLanguages() throws Exception {
        loginAs("hr1", "/appraisal");
        String periodPath = "/appraisal/" + period;
        String unitPath = periodPath + "/units/" + dukcapil;
        try {
            for (String lang : List.of("id", "en")) {
                language(lang);
                for (int width : List.of(Chrome.WIDTH, DESKTOP)) {
                    check("appraisal-periods", "/appraisal", lang, width);
                    assertNotNull(chrome.find(By.linkText(PERIOD)));
                    check("appraisal-scores", periodPath, lang, width);
                    String row = chrome.find(By.xpath("//table[@id='scores']//tr[th//a[contains(@href,'/units/"
                            + dukcapil + "')]]")).getText();
                    assertTrue(row.contains("id".equals(lang) ? "Cukup" : "Sufficient"), row);
                    String other = chrome.find(By.xpath("//table[@id='scores']//tr[th//span[text()='" + evilCode
                            + "']]")).getText();
                    assertTrue(other.contains("id".equals(lang) ? "Bukti belum cukup" : "Insufficient evidence"), other);
                    check("appraisal-unit", unitPath, lang, width);
                    assertEquals(12L, chrome.script("return document.querySelectorAll('#trend-chart .bar-row').length"),
                            "a row per month of the year up to the quarter's end");
                    assertTrue(((Number) chrome.script("return document.querySelectorAll('#trend-chart rect.bar').length"))
                            .intValue() >= 3, "bars for the quarter's months");
                }
            }

            // The officer of the unit files an objection on the draft; the form keeps what was typed and says why.
            chrome.forgetCookies();
            language("id");
            loginAs("petugas.dukcapil", unitPath);
            for (String lang : List.of("id", "en")) {
                language(lang);
                for (int width : List.of(Chrome.WIDTH, DESKTOP)) {
                    check("appraisal-officer-list", "/appraisal", lang, width);
                    check("appraisal-objection", unitPath, lang, width);
                    assertTrue(chrome.find(By.id("objection-form")).isDisplayed());
                }
            }
            language("id");
            chrome.viewport(Chrome.WIDTH, Chrome.HEIGHT);
            chrome.open(new URL(base, unitPath));
            chrome.find(By.cssSelector("#objection-form button[type=submit]")).click();
            chrome.await(d -> !d.findElements(By.id("e-objection")).isEmpty());
            // on a phone the form is far below: the page says at once, where it opens, what to fix and links there
            assertEquals(0L, ((Number) chrome.script("return window.scrollY")).longValue());
            assertTrue(((Number) chrome.script("return document.getElementById('error-summary')"
                    + ".getBoundingClientRect().bottom")).intValue() <= Chrome.HEIGHT, "error summary in the first screen");
            assertEquals("Tulis isi keberatan.", chrome.find(By.cssSelector("#error-summary a")).getText());
            inspect("appraisal-objection-error", "id", Chrome.WIDTH);
            chrome.find(By.cssSelector("#error-summary a")).click();
            chrome.await(d -> "f-objection".equals(chrome.script("return location.hash.substring(1)")));
            chrome.find(By.id("f-objection")).sendKeys("Sebagian jawaban bulan Mei dari loket lain.");
            chrome.find(By.cssSelector("#objection-form button[type=submit]")).click();
            chrome.await(d -> !d.findElements(By.id("saved")).isEmpty());
            assertEquals("Keberatan dikirim ke BKPSDM.", chrome.find(By.id("saved")).getText());

            // HR sees it on the score page with the decision form, in both languages and widths
            chrome.forgetCookies();
            loginAs("hr1", periodPath);
            for (String lang : List.of("id", "en")) {
                language(lang);
                for (int width : List.of(Chrome.WIDTH, DESKTOP)) {
                    check("appraisal-scores-objection", periodPath, lang, width);
                    assertTrue(chrome.find(By.xpath("//form[contains(@action,'/decision')]")).isDisplayed());
                }
            }
        } finally {
            chrome.viewport(Chrome.WIDTH, Chrome.HEIGHT);
            language("id");
        }
    }

    @Test
    void theScoreTablePageIsLightAndSelfContained() throws Exception {
        loginAs("hr1", "/appraisal");
        language("id");
        chrome.viewport(Chrome.WIDTH, Chrome.HEIGHT);
        PageWeight weight = PageWeight.coldLoad(chrome, "hr-scores", new URL(base, "/appraisal/" + period).toString());
        System.out.println("page weight: " + weight);
        assertEquals("/appraisal/" + period, chrome.path());
        assertEquals(List.of(), weight.foreign(), "only our own origin is contacted");
        assertTrue(weight.transferred() <= 60 * 1024, weight.toString());
    }

    /** Logs in through Keycloak unless already logged in, landing on {@code path}. */
    void loginAs(String user, String path) throws Exception {
        chrome.viewport(Chrome.WIDTH, Chrome.HEIGHT);
        chrome.open(new URL(base, path));
        if (chrome.driver().getCurrentUrl().contains("/realms/suarawarga/")) {
            chrome.keycloakLogin(user, user);
        }
        chrome.awaitPath(path);
    }

    void language(String lang) throws Exception {
        if (!chrome.driver().getCurrentUrl().startsWith(base.toString())) {
            chrome.open(new URL(base, "/"));
        }
        chrome.driver().manage().deleteCookieNamed("lang");
        chrome.driver().manage().addCookie(new Cookie("lang", lang, "/"));
    }

    void check(String name, String path, String lang, int width) throws Exception {
        chrome.viewport(width, width == DESKTOP ? 800 : Chrome.HEIGHT);
        chrome.open(new URL(base, path));
        assertEquals(path, chrome.path(), name + ": served as itself");
        inspect(name, lang, width);
    }

    void inspect(String name, String lang, int width) {
        String page = name + "-" + lang + "-" + width;
        assertEquals(width, ((Number) chrome.script("return document.documentElement.clientWidth")).intValue(), page);
        assertFalse(chrome.scrollsSideways(), page + " scrolls sideways");
        Axe.assertNoSeriousViolations(chrome, page);
        Languages.assertOneLanguage(chrome, lang, page);
        TouchTargets.assertLargeEnough(chrome, page);
        chrome.screenshot(page);
    }

    static String row(List<String> lines, String containing) {
        List<String> found = new ArrayList<>(lines.stream().filter(l -> l.contains(containing)).toList());
        assertEquals(1, found.size(), containing);
        return found.get(0);
    }

    /** Waits for Chromium to finish writing the file (it writes {@code .crdownload} first). */
    static Path awaitDownload(String name) {
        Path file = downloads.resolve(name);
        chrome.await(d -> Files.exists(file) && !Files.exists(downloads.resolve(name + ".crdownload")));
        return file;
    }

    static String sheet(byte[] xlsx) throws Exception {
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(xlsx))) {
            for (ZipEntry e; (e = zip.getNextEntry()) != null; ) {
                if (e.getName().equals("xl/worksheets/sheet1.xml")) {
                    return new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        throw new AssertionError("no sheet1.xml in the XLSX");
    }
}
