package id.suarawarga.shared.web;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import id.suarawarga.devsupport.Browser;
import id.suarawarga.devsupport.Tokens;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.filter.cookie.CookieFilter;
import java.net.URL;
import java.util.Set;
import java.util.TreeSet;
import org.htmlunit.WebClient;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.Test;

/**
 * Issue 17: what a signed-in person is shown is never stored by the browser or a cache (Back after logout on a
 * shared phone shows nothing personal), and unfinished logins do not pile up state cookies until the browser is
 * locked out with 431.
 */
@QuarkusTest
class PrivateAnswersTest {

    @TestHTTPResource("/account")
    URL account;

    @TestHTTPResource("/me/feedback")
    URL myFeedback;

    @Test
    void pagesAndAnswersForASignedInPersonAreNoStoreAndPublicOnesAreNot() throws Exception {
        try (WebClient browser = Browser.open()) {
            HtmlPage page = Browser.loginAt(browser, account, Tokens.newCitizen("nostore"));
            assertEquals("no-store", page.getWebResponse().getResponseHeaderValue("Cache-Control"), "/account");
            // the account page names the portal's roles in words, nothing of Keycloak's own (item 10)
            String roles = page.getWebResponse().getContentAsString();
            org.junit.jupiter.api.Assertions.assertTrue(roles.contains("<span class=\"tag\">Warga</span>"), roles);
            for (String internal : new String[] {"default-roles", "offline_access", "uma_authorization"}) {
                org.junit.jupiter.api.Assertions.assertFalse(roles.contains(internal), internal);
            }
            HtmlPage mine = browser.getPage(myFeedback);
            assertEquals(200, mine.getWebResponse().getStatusCode());
            assertEquals("no-store", mine.getWebResponse().getResponseHeaderValue("Cache-Control"), "/me/feedback");
        }
        assertEquals("no-store", given().auth().oauth2(Tokens.of("warga1")).when().get("/api/v1/me").then()
                .statusCode(200).extract().header("Cache-Control"));
        String home = given().when().get("/").then().statusCode(200).extract().header("Cache-Control");
        assertNotEquals("no-store", home, "an anonymous visitor's home page keeps its ordinary caching");
    }

    @Test
    void fiftyUnfinishedLoginsLeaveOneStateCookieAndTheBrowserStillWorks() {
        CookieFilter jar = new CookieFilter();
        Set<String> names = new TreeSet<>();
        for (int i = 0; i < 50; i++) {
            given().filter(jar).redirects().follow(false).when().get("/account").then().statusCode(302)
                    .extract().detailedCookies().asList().stream().map(c -> c.getName())
                    .filter(n -> n.startsWith("q_auth")).forEach(names::add);
        }
        assertEquals(1, names.size(), "one login-state cookie, replaced by each new login: " + names);
        given().filter(jar).when().get("/").then().statusCode(200);
        given().filter(jar).when().get("/forums").then().statusCode(200);
    }
}
