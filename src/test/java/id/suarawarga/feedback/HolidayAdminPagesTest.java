package id.suarawarga.feedback;

import static id.suarawarga.feedback.FeedbackFixtures.unitId;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.suarawarga.devsupport.Browser;
import id.suarawarga.devsupport.Tokens;
import id.suarawarga.feedback.skm.Period;
import id.suarawarga.feedback.skm.WorkingDays;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.net.URL;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.htmlunit.WebClient;
import org.htmlunit.html.HtmlForm;
import org.htmlunit.html.HtmlPage;
import org.junit.jupiter.api.Test;

/**
 * The holidays page through the real Keycloak login (issue 15): Kepahiang's admin adds a Kepahiang holiday, which
 * gives Kepahiang's officers a day more to answer a comment and Mamuju's none; a national holiday is the
 * operator's; a refused form keeps what was typed; a holiday is deleted after a confirm page.
 */
@QuarkusTest
class HolidayAdminPagesTest {

    private static final String NAME = "Hari jadi Kabupaten Kepahiang (uji)";

    @TestHTTPResource("/")
    URL base;

    @Inject
    EntityManager em;

    @Inject
    Holidays holidays;

    @Test
    void aKepahiangHolidayMovesKepahiangsDeadlinesAndNotMamujus() throws Exception {
        QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery("DELETE FROM holiday WHERE name = ?1")
                .setParameter(1, NAME).executeUpdate());
        long kepahiang = unitId("1708", "1708-DUKCAPIL");
        long mamuju = unitId("7602", "7602-DPMPTSP");
        long kepahiangRegion = regionId("1708");
        long mamujuRegion = regionId("7602");
        int days = 5;
        Set<LocalDate> national = holidays.forRegion(kepahiangRegion);
        // The comment created longest ago that is overdue only since today: one more day off before its deadline
        // gives it one more working day, so it is not overdue yet.
        Instant now = Instant.now();
        Instant created = null;
        for (int back = 1; back < 30; back++) {
            Instant at = now.minus(back, ChronoUnit.DAYS);
            if (WorkingDays.overdue(at, now, days, national)) {
                created = at;
                break;
            }
        }
        LocalDate createdDay = LocalDate.ofInstant(created, Period.ZONE);
        LocalDate dayOff = WorkingDays.addWorkingDays(createdDay, 1, national);
        long onKepahiang = insertComment(kepahiang, kepahiangRegion, created);
        long onMamuju = insertComment(mamuju, mamujuRegion, created);
        assertTrue(overdue(kepahiang, onKepahiang) && overdue(mamuju, onMamuju), "both overdue before the holiday");

        try (WebClient browser = Browser.open()) {
            HtmlPage home = Browser.loginAt(browser, new URL(base, "/admin"), "admin.kepahiang");
            assertTrue(home.getAnchorByHref("/admin/holidays") != null, "the admin home links the page");
            HtmlPage page = browser.getPage(new URL(base, "/admin/holidays"));
            assertEquals(200, page.getWebResponse().getStatusCode());
            assertTrue(page.asNormalizedText().contains("2026-12-25"), "the configured national holidays are shown");
            HtmlForm add = form(page);
            assertFalse(add.getSelectByName("region").getOptions().stream().anyMatch(o -> o.getValueAttribute().isEmpty()),
                    "a regional admin is not offered national holidays");
            assertFalse(add.getSelectByName("region").getOptions().stream().anyMatch(o -> o.getValueAttribute().equals("7602")),
                    "nor another regency");

            browser.getOptions().setThrowExceptionOnFailingStatusCode(false);
            add.getInputByName("day").setValue(dayOff.toString());
            add.getInputByName("name").setValue("");
            HtmlPage refused = Browser.submit(add);
            assertEquals(422, refused.getWebResponse().getStatusCode());
            HtmlForm again = form(refused);
            assertEquals(dayOff.toString(), again.getInputByName("day").getValue(), "what was typed is kept");
            assertEquals("true", again.getInputByName("name").getAttribute("aria-invalid"));
            assertTrue(refused.getElementById("e-name").getTextContent().contains("Nama wajib diisi"),
                    refused.getElementById("e-name").getTextContent());

            again.getInputByName("name").setValue(NAME);
            HtmlPage saved = Browser.submit(again);
            assertEquals(200, saved.getWebResponse().getStatusCode());
            assertTrue(saved.asNormalizedText().contains("Hari libur ditambahkan."), saved.asNormalizedText());
            assertTrue(saved.asNormalizedText().contains(NAME), saved.asNormalizedText());

            HtmlForm twice = form(saved);
            twice.getInputByName("day").setValue(dayOff.toString());
            twice.getInputByName("name").setValue("Sekali lagi");
            HtmlPage taken = Browser.submit(twice);
            assertEquals(422, taken.getWebResponse().getStatusCode());
            assertTrue(taken.getElementById("e-day").getTextContent().contains("sudah hari libur"),
                    taken.getElementById("e-day").getTextContent());
            assertEquals("Sekali lagi", form(taken).getInputByName("name").getValue());

            assertFalse(overdue(kepahiang, onKepahiang), "Kepahiang's officers have one more working day");
            assertTrue(overdue(mamuju, onMamuju), "Mamuju's deadline does not move");
            assertTrue(holidays.forRegion(kepahiangRegion).contains(dayOff));
            assertFalse(holidays.forRegion(mamujuRegion).contains(dayOff));

            // The row of this holiday (others, national or far in the future, may be listed before it).
            HtmlPage confirm = saved.getAnchors().stream().filter(a -> a.getHrefAttribute().endsWith("/delete"))
                    .filter(a -> a.getEnclosingElement("tr").asNormalizedText().contains(NAME))
                    .findFirst().orElseThrow().click();
            assertTrue(confirm.asNormalizedText().contains(NAME), confirm.asNormalizedText());
            HtmlPage deleted = Browser.submit(confirm.getForms().stream()
                    .filter(f -> f.getActionAttribute().endsWith("/delete")).findFirst().orElseThrow());
            assertEquals(200, deleted.getWebResponse().getStatusCode());
            assertTrue(deleted.asNormalizedText().contains("Hari libur dihapus."), deleted.asNormalizedText());
            assertTrue(overdue(kepahiang, onKepahiang), "overdue again once the holiday is gone");
        }
    }

    /**
     * Every holiday change is in the audit log, as staff-scope changes are: who, which change, the day, place and
     * name before and after, in the holiday's region (a national one has none); a refused form writes nothing.
     */
    @Test
    void addingAndRemovingHolidaysIsAudited() throws Exception {
        long since = lastAuditId();
        String regional = "Libur audit " + UUID.randomUUID();
        String national = "Libur nasional audit " + UUID.randomUUID();
        LocalDate regionalDay = LocalDate.of(2150, 1, 1).plusDays(ThreadLocalRandom.current().nextInt(3650));
        LocalDate nationalDay = regionalDay.plusDays(1);
        try (WebClient browser = Browser.open()) {
            HtmlPage page = Browser.loginAt(browser, new URL(base, "/admin/holidays"), "admin.kepahiang");
            browser.getOptions().setThrowExceptionOnFailingStatusCode(false);
            HtmlForm refused = form(page);
            refused.getInputByName("day").setValue(regionalDay.toString());
            assertEquals(422, Browser.submit(refused).getWebResponse().getStatusCode(), "no name: refused");
            addThenRemove(browser, "1708", regionalDay, regional);
        }
        try (WebClient browser = Browser.open()) {
            Browser.loginAt(browser, new URL(base, "/admin/holidays"), "admin1");
            addThenRemove(browser, "", nationalDay, national);
        }
        List<String> entries = auditSince(since);
        assertEquals(List.of(
                "admin.kepahiang|add-holiday|1708|" + regional + "|null|" + regionalDay + " 1708 " + regional,
                "admin.kepahiang|remove-holiday|1708|" + regional + "|" + regionalDay + " 1708 " + regional + "|null",
                "admin1|add-holiday|null|" + national + "|null|" + nationalDay + " national " + national,
                "admin1|remove-holiday|null|" + national + "|" + nationalDay + " national " + national + "|null"),
                entries);
    }

    /** Adds a holiday through the form, then deletes it through its confirm page. */
    private void addThenRemove(WebClient browser, String region, LocalDate day, String name) throws Exception {
        HtmlForm add = form(browser.getPage(new URL(base, "/admin/holidays")));
        add.getSelectByName("region").setSelectedAttribute(region, true);
        add.getInputByName("day").setValue(day.toString());
        add.getInputByName("name").setValue(name);
        HtmlPage saved = Browser.submit(add);
        assertTrue(saved.asNormalizedText().contains(name), saved.asNormalizedText());
        HtmlPage confirm = saved.getAnchors().stream().filter(a -> a.getHrefAttribute().endsWith("/delete"))
                .filter(a -> a.getEnclosingElement("tr").asNormalizedText().contains(name))
                .findFirst().orElseThrow().click();
        HtmlPage deleted = Browser.submit(confirm.getForms().stream()
                .filter(f -> f.getActionAttribute().endsWith("/delete")).findFirst().orElseThrow());
        assertEquals(200, deleted.getWebResponse().getStatusCode());
        assertFalse(deleted.asNormalizedText().contains(name), "gone from the list");
    }

    private long lastAuditId() {
        return QuarkusTransaction.requiringNew().call(() -> ((Number) em.createNativeQuery(
                "SELECT COALESCE(MAX(id), 0) FROM audit_log").getSingleResult()).longValue());
    }

    /** The holiday entries after {@code since}: actor|action|region code|reason|before|after, oldest first. */
    private List<String> auditSince(long since) {
        return QuarkusTransaction.requiringNew().call(() -> {
            @SuppressWarnings("unchecked")
            List<Object[]> rows = em.createNativeQuery("""
                    SELECT a.actor, a.action, r.code, a.reason, a.before_state, a.after_state, a.target_id FROM audit_log a
                    LEFT JOIN region r ON r.id = a.region_id
                    WHERE a.id > ?1 AND a.target_type = ?2 AND a.reason LIKE 'Libur%audit %' ORDER BY a.id""")
                    .setParameter(1, since).setParameter(2, Holidays.AUDIT_TARGET).getResultList();
            List<String> out = new ArrayList<>();
            for (Object[] r : rows) {
                out.add(r[0] + "|" + r[1] + "|" + r[2] + "|" + r[3] + "|" + r[4] + "|" + r[5]);
            }
            return out;
        });
    }

    private static boolean overdue(long unit, long feedbackId) {
        return given().auth().oauth2(Tokens.of("admin1")).when().get("/api/v1/units/" + unit + "/feedback?size=100")
                .then().statusCode(200).extract().jsonPath()
                .getBoolean("items.find { it.id == " + feedbackId + " }.overdue");
    }

    private static long regionId(String code) {
        return given().when().get("/api/v1/regions/" + code).then().statusCode(200).extract().jsonPath().getLong("id");
    }

    private long insertComment(long unit, long region, Instant at) {
        return QuarkusTransaction.requiringNew().call(() -> {
            em.createNativeQuery("""
                    INSERT INTO feedback (service_id, kind, unit_id, region_id, questionnaire_id, author_sub, author_name,
                      anonymous, dedupe_key, local_date, created_at, stars, comment)
                    VALUES (NULL, 'RATING', ?1, ?2, NULL, 'holiday-test', 'Warga uji', FALSE, ?3, ?4, ?5, 2, ?6)""")
                    .setParameter(1, unit).setParameter(2, region).setParameter(3, "hol-" + UUID.randomUUID())
                    .setParameter(4, LocalDate.ofInstant(at, Period.ZONE)).setParameter(5, Timestamp.from(at))
                    .setParameter(6, "Belum dijawab " + UUID.randomUUID()).executeUpdate();
            return ((Number) em.createNativeQuery("SELECT LAST_INSERT_ID()").getSingleResult()).longValue();
        });
    }

    private static HtmlForm form(HtmlPage page) {
        return page.getForms().stream().filter(f -> f.getActionAttribute().equals("/admin/holidays")).findFirst()
                .orElseThrow(() -> new AssertionError("no holiday form on " + page.getUrl()));
    }
}
