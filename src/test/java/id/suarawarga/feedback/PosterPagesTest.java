package id.suarawarga.feedback;

import static id.suarawarga.feedback.FeedbackFixtures.serviceId;
import static id.suarawarga.feedback.FeedbackFixtures.unitId;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import id.suarawarga.devsupport.Browser;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.htmlunit.WebClient;
import org.htmlunit.html.HtmlElement;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.Test;

/**
 * QR posters at the counter: who may print them (the unit's officers and admins), what the code holds (the
 * absolute public URL of the survey or rating, read back with ZXing's decoder), A4 and A6.
 */
@QuarkusTest
class PosterPagesTest {

    @TestHTTPResource("/")
    URL base;

    @Test
    void theQrCodeOfAServiceOpensItsSurveyAndAUnitsItsRating() throws Exception {
        long service = serviceId("9901", "9901-DUKCAPIL", 0);
        long unit = unitId("1708", "1708-DUKCAPIL");
        String serviceSvg = given().when().get("/services/" + service + "/qr.svg").then().statusCode(200)
                .contentType(startsWith("image/svg+xml")).header("Cache-Control", containsString("max-age=86400")).extract().asString();
        assertEquals(new URL(base, "/services/" + service + "/survey").toString(), decode(serviceSvg));
        String unitSvg = given().when().get("/units/" + unit + "/qr.svg").then().statusCode(200).extract().asString();
        assertEquals(new URL(base, "/units/" + unit + "/rate").toString(), decode(unitSvg));
        given().when().get("/services/999999/qr.svg").then().statusCode(404);
        given().when().get("/units/999999/qr.svg").then().statusCode(404);
    }

    @Test
    void theOfficerOfTheUnitPrintsItsPostersInA4AndA6() throws Exception {
        long unit = unitId("1708", "1708-DUKCAPIL");
        long service = serviceId("1708", "1708-DUKCAPIL", 0);
        try (WebClient browser = Browser.open()) {
            HtmlPage a4 = Browser.loginAt(browser, url("/services/" + service + "/poster"), "petugas.dukcapil");
            assertEquals(200, a4.getWebResponse().getStatusCode());
            HtmlElement poster = a4.getHtmlElementById("poster");
            assertTrue(poster.getAttribute("class").contains("a4"), poster.getAttribute("class"));
            assertEquals(new URL(base, "/services/" + service + "/survey").toString(),
                    a4.getHtmlElementById("poster-url").getTextContent());
            assertNotNull(a4.getFirstByXPath("//img[@class='qr' and @src='/services/" + service + "/qr.svg' and @alt]"));
            assertTrue(a4.asNormalizedText().contains("Survei Kepuasan Masyarakat"), a4.asNormalizedText());
            // issue 17 item 15: the poster says an account is needed, and how to answer without one
            assertTrue(a4.getHtmlElementById("poster-account").getTextContent().contains("kode kunjungan"));

            HtmlPage a6 = browser.getPage(url("/services/" + service + "/poster?size=a6"));
            assertTrue(a6.getHtmlElementById("poster").getAttribute("class").contains("a6"));

            HtmlPage unitPoster = browser.getPage(url("/units/" + unit + "/poster"));
            assertEquals(new URL(base, "/units/" + unit + "/rate").toString(),
                    unitPoster.getHtmlElementById("poster-url").getTextContent());
            HtmlPage unitPage = browser.getPage(url("/units/" + unit));
            assertNotNull(unitPage.getFirstByXPath("//a[@href='/units/" + unit + "/poster']"), "a link for the officer");

            // Another unit's poster is not theirs to print.
            browser.getOptions().setThrowExceptionOnFailingStatusCode(false);
            long other = serviceId("9901", "9901-DUKCAPIL", 0);
            assertEquals(403, browser.getPage(url("/services/" + other + "/poster")).getWebResponse().getStatusCode());
            assertEquals(403, browser.getPage(url("/units/" + unitId("9901", "9901-DUKCAPIL") + "/poster"))
                    .getWebResponse().getStatusCode());
        }
    }

    @Test
    void anAdminPrintsAnyPosterACitizenNone() throws Exception {
        long service = serviceId("9901", "9901-DUKCAPIL", 1);
        try (WebClient browser = Browser.open()) {
            HtmlPage page = Browser.loginAt(browser, url("/services/" + service + "/poster?size=a6"), "admin1");
            assertEquals(200, page.getWebResponse().getStatusCode());
            assertTrue(page.getHtmlElementById("poster").getAttribute("class").contains("a6"));
        }
        try (WebClient browser = Browser.open()) {
            browser.getOptions().setThrowExceptionOnFailingStatusCode(false);
            HtmlPage page = Browser.loginAt(browser, url("/services/" + service + "/poster"), "warga1");
            assertEquals(403, page.getWebResponse().getStatusCode());
            HtmlPage servicePage = browser.getPage(url("/services/" + service));
            assertNull(servicePage.getFirstByXPath("//a[@href='/services/" + service + "/poster']"),
                    "no poster link for a citizen");
        }
    }

    private URL url(String path) throws Exception {
        return new URL(base, path);
    }

    /** Draws the SVG's modules as pixels (4 per module) and lets ZXing read the code. */
    static String decode(String svg) throws Exception {
        Matcher box = Pattern.compile("viewBox=\"0 0 (\\d+) (\\d+)\"").matcher(svg);
        assertTrue(box.find(), svg);
        int modules = Integer.parseInt(box.group(1));
        int scale = 4;
        int side = modules * scale;
        int[] pixels = new int[side * side];
        java.util.Arrays.fill(pixels, 0xFFFFFFFF);
        Matcher m = Pattern.compile("M(\\d+),(\\d+)h1v1h-1z").matcher(svg);
        int dark = 0;
        while (m.find()) {
            int x = Integer.parseInt(m.group(1));
            int y = Integer.parseInt(m.group(2));
            for (int dy = 0; dy < scale; dy++) {
                for (int dx = 0; dx < scale; dx++) {
                    pixels[(y * scale + dy) * side + x * scale + dx] = 0xFF000000;
                }
            }
            dark++;
        }
        assertTrue(dark > 100, "a real code has many dark modules: " + dark);
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(side, side, pixels)));
        return new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.PURE_BARCODE, Boolean.TRUE)).getText();
    }
}
