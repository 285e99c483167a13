package id.suarawarga.forum;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.suarawarga.devsupport.Browser;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import org.htmlunit.WebClient;
import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.Test;

/**
 * The forum-categories page through the real Keycloak login (issue 15): Kepahiang's admin sees Kepahiang's forums
 * and not Mamuju's, creates one tied to a Kepahiang unit and edits it; a taken code or a unit of another regency
 * comes back with the message on its field and what was typed kept.
 */
@QuarkusTest
class ForumAdminPagesTest {

    @TestHTTPResource("/")
    URL base;

    @Test
    void aRegionalAdminManagesTheForumsOfTheirRegencyOnly() throws Exception {
        String code = "1708-UJI-" + System.nanoTime();
        try (WebClient browser = Browser.open()) {
            HtmlPage home = Browser.loginAt(browser, new URL(base, "/admin"), "admin.kepahiang");
            assertTrue(home.getAnchorByHref("/admin/forums") != null, "the admin home links the page");
            HtmlPage list = browser.getPage(new URL(base, "/admin/forums"));
            assertEquals(200, list.getWebResponse().getStatusCode());
            String listed = list.asNormalizedText();
            assertTrue(listed.contains("Kepahiang: diskusi umum"), listed);
            assertFalse(listed.contains("Mamuju: diskusi umum"), "another regency's forums are not listed: " + listed);
            HtmlPage mamuju = browser.getPage(new URL(base, "/admin/forums?region=7602"));
            assertFalse(mamuju.asNormalizedText().contains("Mamuju: diskusi umum"), "nor when asked for");

            browser.getOptions().setThrowExceptionOnFailingStatusCode(false);
            HtmlForm create = form(list, "/admin/forums");
            create.getInputByName("code").setValue("1708-UMUM");
            create.getInputByName("name").setValue("Forum uji");
            create.getInputByName("unitCode").setValue("7602-DPMPTSP");
            HtmlPage refused = Browser.submit(create);
            assertEquals(422, refused.getWebResponse().getStatusCode());
            HtmlForm again = form(refused, "/admin/forums");
            assertEquals("1708-UMUM", again.getInputByName("code").getValue(), "what was typed is kept");
            assertEquals("Forum uji", again.getInputByName("name").getValue());
            assertEquals("7602-DPMPTSP", again.getInputByName("unitCode").getValue());
            assertEquals("true", again.getInputByName("unitCode").getAttribute("aria-invalid"));
            assertTrue(refused.getElementById("e-unitCode").getTextContent().contains("Unit tidak ada di wilayah ini"),
                    refused.getElementById("e-unitCode").getTextContent());

            again.getInputByName("unitCode").setValue("1708-DUKCAPIL");
            HtmlPage taken = Browser.submit(again);
            assertEquals(422, taken.getWebResponse().getStatusCode());
            assertTrue(taken.getElementById("e-code").getTextContent().contains("Kode sudah dipakai"),
                    taken.getElementById("e-code").getTextContent());

            HtmlForm ok = form(taken, "/admin/forums");
            ok.getInputByName("code").setValue(code);
            HtmlPage saved = Browser.submit(ok);
            assertEquals(200, saved.getWebResponse().getStatusCode());
            assertTrue(saved.getUrl().getPath().startsWith("/admin/forums/"), saved.getUrl().toString());
            assertTrue(saved.asNormalizedText().contains("Forum disimpan."), saved.asNormalizedText());
            String editPath = saved.getUrl().getPath();
            HtmlForm edit = form(saved, editPath);
            assertEquals("1708-DUKCAPIL", edit.getInputByName("unitCode").getValue());
            edit.getInputByName("name").setValue("Forum uji, diubah");
            edit.getInputByName("position").setValue("7");
            HtmlPage edited = Browser.submit(edit);
            assertEquals(200, edited.getWebResponse().getStatusCode());
            assertEquals("Forum uji, diubah", form(edited, editPath).getInputByName("name").getValue());
            assertEquals("7", form(edited, editPath).getInputByName("position").getValue());

            HtmlForm badPosition = form(edited, editPath);
            badPosition.getInputByName("position").setValue("tujuh");
            HtmlPage notNumber = Browser.submit(badPosition);
            assertEquals(422, notNumber.getWebResponse().getStatusCode());
            assertEquals("tujuh", form(notNumber, editPath).getInputByName("position").getValue());

            long mamujuForum = io.restassured.RestAssured.given().when().get("/api/v1/forums?region=7602&size=100")
                    .then().statusCode(200).extract().jsonPath().getLong("items.find { it.code == '7602-UMUM' }.id");
            assertEquals(403, browser.getPage(new URL(base, "/admin/forums/" + mamujuForum)).getWebResponse().getStatusCode(),
                    "another regency's forum is not this admin's to edit");
        }
    }

    private static HtmlForm form(HtmlPage page, String action) {
        return page.getForms().stream().filter(f -> f.getActionAttribute().equals(action))
                .filter(f -> f.getMethodAttribute().equalsIgnoreCase("post")).findFirst()
                .orElseThrow(() -> new AssertionError("no form to " + action + " on " + page.getUrl()));
    }
}
