package id.suarawarga.moderation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.suarawarga.moderation.Reportable.Item;
import id.suarawarga.shared.security.Roles;
import id.suarawarga.shared.web.ProblemException;
import id.suarawarga.shared.web.ProblemType;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.List;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * Who may moderate what, asked of {@link ModerationPermissions} directly: a moderator in their own regions only and
 * never against a moderator or an admin, an admin everywhere, anyone else nowhere.
 */
@QuarkusTest
class ModerationPermissionsTest {

    /** A moderator of Mamuju (7602) only, made here: moderator1 of the demo moderates all three regions. */
    static final String MODERATOR = "moderator.izin";

    @Inject
    ModerationPermissions permissions;

    @Inject
    DataSource dataSource;

    @Test
    @TestSecurity(user = MODERATOR, roles = Roles.MODERATOR)
    void aModeratorActsInTheirRegionsOnlyAndNeverAgainstAModeratorOrAnAdmin() throws Exception {
        long mamuju = region("7602");
        long kepahiang = region("1708");
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("INSERT IGNORE INTO staff_scope (username, role, region_id, granted_by) VALUES (?, 'moderator', ?, 'test')")) {
            s.setString(1, MODERATOR);
            s.setLong(2, mamuju);
            s.executeUpdate();
        }
        assertEquals(List.of(mamuju), permissions.regions());
        assertTrue(permissions.moderates(mamuju));
        assertTrue(permissions.seesHiddenIn(mamuju));
        assertFalse(permissions.seesHiddenIn(kepahiang));

        permissions.requireMayActOn(post(mamuju, "warga2", "CITIZEN"));
        assertForbidden("moderation.outside-regions", () -> permissions.requireMayActOn(post(kepahiang, "warga2", "CITIZEN")));
        assertForbidden("moderation.not-against-moderators", () -> permissions.requireMayActOn(post(mamuju, "x", "MODERATOR")));
        assertForbidden("moderation.not-against-moderators", () -> permissions.requireMayActOn(post(mamuju, "x", "ADMIN")));
        // Written as a citizen by someone who moderates now.
        assertForbidden("moderation.not-against-moderators",
                () -> permissions.requireMayActOn(post(mamuju, "moderator1", "CITIZEN")));
        permissions.requireMayMoveTo(mamuju);
        assertForbidden("moderation.forum-outside-regions", () -> permissions.requireMayMoveTo(kepahiang));
    }

    @Test
    @TestSecurity(user = "admin1", roles = {Roles.ADMIN, Roles.OPERATOR})
    void theOperatorModeratesEverywhereAndAlsoActsAgainstModerators() throws Exception {
        long kepahiang = region("1708");
        assertNull(permissions.regions(), "null: every region");
        assertTrue(permissions.seesHiddenIn(kepahiang));
        permissions.requireMayActOn(post(kepahiang, "moderator1", "MODERATOR"));
        permissions.requireMayMoveTo(kepahiang);
    }

    /** Issue 15: an admin moderates the regions of their admin scope (the demo's admin.kepahiang: Kepahiang). */
    @Test
    @TestSecurity(user = "admin.kepahiang", roles = Roles.ADMIN)
    void aRegionalAdminModeratesTheirRegionOnly() throws Exception {
        long kepahiang = region("1708");
        long mamuju = region("7602");
        assertEquals(List.of(kepahiang), permissions.regions());
        assertTrue(permissions.seesHiddenIn(kepahiang));
        assertFalse(permissions.seesHiddenIn(mamuju));
        permissions.requireMayActOn(post(kepahiang, "moderator1", "MODERATOR"));
        assertForbidden("moderation.outside-regions", () -> permissions.requireMayActOn(post(mamuju, "warga2", "CITIZEN")));
        assertForbidden("moderation.forum-outside-regions", () -> permissions.requireMayMoveTo(mamuju));
    }

    @Test
    @TestSecurity(user = "warga1", roles = Roles.CITIZEN)
    void aCitizenModeratesNothing() throws Exception {
        long mamuju = region("7602");
        assertEquals(List.of(), permissions.regions());
        assertFalse(permissions.seesHiddenIn(mamuju));
        assertForbidden("moderation.outside-regions", () -> permissions.requireMayActOn(post(mamuju, "warga2", "CITIZEN")));
    }

    private static Item post(long regionId, String author, String authorKind) {
        return new Item("post", 1, regionId, author, authorKind, "PUBLISHED", "status=PUBLISHED", 1L, "t", "e");
    }

    private static void assertForbidden(String key, Runnable check) {
        ProblemException e = assertThrows(ProblemException.class, check::run);
        assertEquals(ProblemType.FORBIDDEN, e.type());
        assertEquals(key, e.key());
    }

    private long region(String code) throws Exception {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("SELECT id FROM region WHERE code = ?")) {
            s.setString(1, code);
            try (ResultSet rs = s.executeQuery()) {
                assertTrue(rs.next(), "region " + code);
                return rs.getLong(1);
            }
        }
    }
}
