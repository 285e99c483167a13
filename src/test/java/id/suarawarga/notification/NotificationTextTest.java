package id.suarawarga.notification;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import id.suarawarga.notification.Notifications.Kind;
import id.suarawarga.notification.Notifications.Notification;
import id.suarawarga.notification.Notifications.ReportCount;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Issue 17 item 7: the notifications page writes moderation notices for people. A moderator's notice is stored as
 * "action: reason" (the API answers it so); the page names the action in words and shows the reason alone, and an
 * automatic hide's "ABUSE x3, SPAM x1" becomes the reasons in words with their counts.
 */
class NotificationTextTest {

    static Notification of(Kind kind, String reason) {
        return new Notification(1, kind, 2L, 3L, "Judul", reason, Instant.EPOCH, false);
    }

    @Test
    void aModeratorsNoticeIsItsActionAndThePersonsReason() {
        Notification n = of(Kind.MODERATION, "restore: Bukan spam");
        assertEquals("restore", n.action());
        assertEquals("Bukan spam", n.reasonText());
        Notification odd = of(Kind.MODERATION, "Alasan bebas: dengan titik dua");
        assertNull(odd.action(), "not an action code");
        assertEquals("Alasan bebas: dengan titik dua", odd.reasonText());
        assertNull(of(Kind.REPLY, "hide: x").action(), "only moderation notices carry an action");
    }

    @Test
    void anAutomaticHideListsTheReportsReasonsWithTheirCounts() {
        assertEquals(List.of(new ReportCount("SPAM", 2), new ReportCount("ABUSE", 1)),
                of(Kind.AUTO_HIDDEN, "SPAM x2, ABUSE x1").reports());
        assertEquals(List.of(), of(Kind.MODERATION, "hide: SPAM x2").reports());
        assertEquals(List.of(), of(Kind.AUTO_HIDDEN, null).reports());
    }
}
