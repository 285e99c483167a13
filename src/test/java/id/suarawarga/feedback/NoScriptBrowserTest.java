package id.suarawarga.feedback;

import static id.suarawarga.feedback.FeedbackFixtures.respondents;
import static id.suarawarga.feedback.FeedbackFixtures.serviceId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.suarawarga.devsupport.Chrome;
import id.suarawarga.devsupport.WithBrowser;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The same counter moment in Chromium with JavaScript switched off: plain HTML forms carry it all. */
@QuarkusTest
@WithBrowser(javascript = false)
class NoScriptBrowserTest {

    static Chrome chrome;

    @TestHTTPResource("/")
    URL base;

    @Test
    void withoutJavascriptTheSurveyIsSubmittedAndCounted() throws Exception {
        long service = serviceId("9901", "9901-DPMPTSP", 2);
        int before = respondents(service);
        String surveyPath = "/services/" + service + "/survey";
        chrome.open(new URL(base, surveyPath));
        assertEquals(Boolean.FALSE, javascriptRuns(), "this browser really runs no script");
        chrome.keycloakLogin("warga1", "warga1");
        chrome.awaitPath(surveyPath);

        for (int i = 1; i <= 9; i++) {
            WebElement radio = chrome.find(By.cssSelector("input[name='U" + i + "'][value='" + (1 + i % 4) + "']"));
            radio.click();
            assertTrue(radio.isSelected());
        }
        chrome.screenshot("noscript-survey-filled");
        chrome.find(By.cssSelector("form.survey button[type=submit]")).click();

        chrome.awaitPath(surveyPath + "/thanks");
        assertTrue(chrome.find(By.tagName("h1")).getText().contains("Terima kasih"));
        chrome.screenshot("noscript-survey-thanks");
        assertEquals(before + 1, respondents(service));
    }

    /**
     * Whether the page's own scripts run. WebDriver's executeScript works even with JavaScript off, so ask the
     * page instead: a noscript element is rendered only when scripting is off.
     */
    private static Boolean javascriptRuns() {
        return (Boolean) chrome.script("var n = document.createElement('noscript'); n.innerHTML = '<b>x</b>';"
                + "document.body.appendChild(n); var on = n.children.length === 0; n.remove(); return on;");
    }
}
