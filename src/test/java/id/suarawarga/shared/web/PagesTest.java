package id.suarawarga.shared.web;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

/** Public pages: Indonesian by default, English by choice, CSRF on forms, security headers, friendly errors. */
@QuarkusTest
class PagesTest {

    @Test
    void homeListsTheSeededRegenciesInIndonesianWithSecurityHeaders() {
        given().when().get("/")
                .then().statusCode(200)
                .contentType(containsString("text/html"))
                .header("Content-Security-Policy", containsString("script-src 'self'"))
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                .header("Content-Security-Policy", not(containsString("unsafe-inline")))
                .header("X-Content-Type-Options", equalTo("nosniff"))
                .header("Referrer-Policy", equalTo("strict-origin-when-cross-origin"))
                .body(containsString("<html lang=\"id\">"))
                .body(containsString("Pilih kabupaten/kota"))
                .body(containsString("Kabupaten Kepahiang"))
                .body(containsString("Kabupaten Mamuju"))
                .body(containsString("Kabupaten Rangkui"));
    }

    @Test
    void languageSwitchNeedsTheCsrfTokenAndIsRemembered() {
        Response home = given().when().get("/regions/1708");
        String csrfCookie = home.getCookie("csrf-token");
        String token = home.htmlPath().getString("**.find { it.@name == 'csrf-token' }.@value");

        // Without the token the form post is refused.
        // A person gets a page saying the form expired, with a way back to the form's page (same site only).
        given().cookie("csrf-token", csrfCookie).formParam("lang", "en").formParam("next", "/regions/1708")
                .header("Referer", "https://evil.example/regions/1708")
                .redirects().follow(false)
                .when().post("/lang").then().statusCode(400).body(not(containsString("evil.example")));
        given().cookie("csrf-token", csrfCookie).formParam("lang", "en").formParam("next", "/regions/1708")
                .header("Referer", "http://localhost:" + io.restassured.RestAssured.port + "/regions/1708")
                .redirects().follow(false)
                .when().post("/lang").then().statusCode(400)
                .contentType(containsString("text/html"))
                .body(containsString("Formulir kedaluwarsa"), containsString("href=\"/regions/1708\""),
                        not(containsString("Exception")));

        String lang = given().cookie("csrf-token", csrfCookie).formParam("csrf-token", token)
                .formParam("lang", "en").formParam("next", "/regions/1708")
                .redirects().follow(false)
                .when().post("/lang")
                .then().statusCode(303).header("Location", containsString("/regions/1708"))
                .extract().cookie("lang");
        given().cookie("lang", lang).when().get("/regions/1708")
                .then().statusCode(200)
                .body(containsString("<html lang=\"en\">"))
                .body(containsString("Work units (OPD)"))
                .body(not(containsString("Unit kerja (OPD)")));
    }

    @Test
    void aFormFromAnEarlierPageStillPassesAfterOtherPagesWereOpened() {
        Response first = given().when().get("/");
        String cookie = first.getCookie("csrf-token");
        String token = first.htmlPath().getString("**.find { it.@name == 'csrf-token' }.@value");
        // Other pages opened in between (another tab, the back button) keep the same token.
        Response later = given().cookie("csrf-token", cookie).when().get("/regions/7602");
        String laterToken = later.htmlPath().getString("**.find { it.@name == 'csrf-token' }.@value");
        org.junit.jupiter.api.Assertions.assertEquals(token, laterToken);
        given().cookie("csrf-token", cookie).formParam("csrf-token", token).formParam("lang", "en")
                .formParam("next", "/").redirects().follow(false)
                .when().post("/lang").then().statusCode(303);
    }

    @Test
    void languageSwitchDoesNotRedirectOffSite() {
        Response page = given().when().get("/");
        String token = page.htmlPath().getString("**.find { it.@name == 'csrf-token' }.@value");
        given().cookie("csrf-token", page.getCookie("csrf-token")).formParam("csrf-token", token)
                .formParam("lang", "en").formParam("next", "//evil.example/")
                .redirects().follow(false)
                .when().post("/lang")
                .then().statusCode(303).header("Location", not(containsString("evil")));
    }

    @Test
    void regionUnitAndServicePagesLinkTogether() {
        String html = given().when().get("/regions/1708").then().statusCode(200)
                .body(containsString("Dinas Kependudukan dan Pencatatan Sipil")).extract().asString();
        String unitHref = html.replaceAll("(?s).*<a href=\"(/units/\\d+)\">Dinas Kependudukan dan Pencatatan Sipil.*", "$1");
        String unit = given().when().get(unitHref).then().statusCode(200)
                .body(containsString("Penerbitan KTP-el")).extract().asString();
        String serviceHref = unit.replaceAll("(?s).*<a href=\"(/services/\\d+)\">Penerbitan KTP-el.*", "$1");
        given().when().get(serviceHref).then().statusCode(200)
                .body(containsString("Diselenggarakan oleh Dinas Kependudukan dan Pencatatan Sipil"));
    }

    @Test
    void unknownPagesAreFriendlyAndBilingualWithoutStackTraces() {
        given().when().get("/units/987654321")
                .then().statusCode(404)
                .contentType(containsString("text/html"))
                .body(containsString("Halaman tidak ditemukan"))
                .body(not(containsString("Exception")));
        given().cookie("lang", "en").when().get("/units/987654321")
                .then().statusCode(404)
                .body(containsString("Page not found"));
        given().when().get("/units/not-a-number").then().statusCode(404).body(not(containsString("Exception")));
        // Paths no resource knows get the same page, and the API answers problem+json.
        given().when().get("/no/such/page").then().statusCode(404).contentType(containsString("text/html"))
                .body(containsString("Halaman tidak ditemukan"));
        given().when().get("/api/v1/no-such-thing").then().statusCode(404)
                .contentType(containsString("application/problem+json"))
                .body("type", equalTo("urn:suarawarga:problem:not-found"));
    }

    @Test
    void protectedPagesSendAnonymousVisitorsToKeycloak() {
        given().redirects().follow(false).when().get("/account")
                .then().statusCode(302)
                .header("Location", containsString("/realms/suarawarga/protocol/openid-connect/auth"));
    }

    @Test
    void healthOpenApiAndMetricsAreServed() {
        given().when().get("/q/health/ready").then().statusCode(200).body(containsString("Database connections health check"));
        given().when().get("/q/openapi").then().statusCode(200).body(containsString("/api/v1/regions"));
        given().when().get("/q/metrics").then().statusCode(200).body(containsString("http_server_requests"));
    }
}
