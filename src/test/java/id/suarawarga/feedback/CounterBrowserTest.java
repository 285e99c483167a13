package id.suarawarga.feedback;

import static id.suarawarga.feedback.FeedbackFixtures.respondents;
import static id.suarawarga.feedback.FeedbackFixtures.serviceId;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.suarawarga.devsupport.Chrome;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * The moment at the service counter, in a real browser (headless Chromium at 360×740, JavaScript on): a citizen
 * scans the QR code of a service, is sent through Keycloak to register, comes back to the same survey, answers
 * it and sees it counted. The services of 9901-DPMPTSP are answered only here.
 */
@QuarkusTest
class CounterBrowserTest {

    static Chrome chrome;

    @TestHTTPResource("/")
    URL base;

    @BeforeAll
    static void startBrowser() {
        chrome = Chrome.start();
    }

    @AfterAll
    static void stopBrowser() {
        if (chrome != null) {
            chrome.close();
        }
    }

    @Test
    void newCitizenScansTheQrRegistersAndTheSurveyIsCounted() throws Exception {
        long service = serviceId("9901", "9901-DPMPTSP", 0);
        int before = respondents(service);
        String surveyPath = "/services/" + service + "/survey";

        // What the poster's QR code holds: the survey's absolute URL, opened by a phone that is not logged in.
        chrome.open(new URL(base, surveyPath + "?src=qr"));
        chrome.await(d -> d.getCurrentUrl().contains("/realms/suarawarga/"));
        chrome.screenshot("keycloak-login");
        chrome.keycloakRegister("warga-" + UUID.randomUUID().toString().substring(0, 8), "Rahasia-123");

        chrome.awaitPath(surveyPath);
        assertTrue(chrome.driver().getCurrentUrl().endsWith(surveyPath + "?src=qr"),
                "back on the same survey, query and all: " + chrome.driver().getCurrentUrl());
        assertEquals(9, chrome.driver().findElements(By.cssSelector("form.survey fieldset.question")).size());
        assertEquals(Chrome.WIDTH, ((Number) chrome.script("return document.documentElement.clientWidth")).intValue());
        assertEquals(Boolean.FALSE, chrome.script(
                "return document.documentElement.scrollWidth > document.documentElement.clientWidth"),
                "nothing sticks out sideways at 360 px");
        chrome.screenshot("survey-360");

        for (int i = 1; i <= 9; i++) {
            answer("U" + i, i <= 3 ? 4 : 3);
        }
        chrome.find(By.id("f-comment")).sendKeys("Petugas membantu mengisi data OSS.");
        chrome.screenshot("survey-filled-360");
        chrome.find(By.cssSelector("form.survey button[type=submit]")).click();

        chrome.awaitPath(surveyPath + "/thanks");
        assertTrue(chrome.find(By.tagName("h1")).getText().contains("Terima kasih"), chrome.find(By.tagName("h1")).getText());
        chrome.screenshot("survey-thanks");
        assertEquals(before + 1, respondents(service), "counted");

        chrome.find(By.cssSelector("a[href='/services/" + service + "/results']")).click();
        chrome.awaitPath("/services/" + service + "/results");
        assertEquals(String.valueOf(before + 1), chrome.find(By.id("respondents")).getText());
        chrome.screenshot("results");
    }

    static void answer(String element, int score) {
        WebElement radio = chrome.find(By.cssSelector("input[name='" + element + "'][value='" + score + "']"));
        radio.click();
        assertTrue(radio.isSelected(), element);
    }
}
