package id.suarawarga.moderation;

import id.suarawarga.identity.CurrentUser;
import id.suarawarga.moderation.Reportable.Item;
import id.suarawarga.shared.web.ProblemException;
import id.suarawarga.shared.web.ProblemType;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.util.List;

/**
 * Who may moderate what: a moderator in the regions assigned to them ({@link ModeratorRegions}), an admin
 * everywhere. This class answers who sees the report queue and the audit log, who may act on a reported item
 * (hide, restore, remove, lock, unlock, pin, unpin, move, warn, suspend) and who sees hidden or held content of a
 * region; a moderator never acts against a moderator's or an admin's post. The role itself comes from Keycloak
 * and is stated on each endpoint ({@code @RolesAllowed}); the region scope is decided here.
 */
@RequestScoped
public class ModerationPermissions {

    @Inject
    CurrentUser user;

    @Inject
    ModeratorRegions moderators;

    /** Regions whose queue, log and forums the caller works in: null for admins (everywhere), empty for non-moderators. */
    public List<Long> regions() {
        return moderators.moderatedBy(user);
    }

    /** Whether the caller moderates {@code regionId}: acts on its items and sees what is hidden there. */
    public boolean moderates(long regionId) {
        return moderators.moderates(user, regionId);
    }

    /**
     * Whether the caller sees the hidden, held and removed threads and posts of {@code regionId} (the forum asks, so
     * that such content exists only for its region's moderators and admins).
     */
    public boolean seesHiddenIn(long regionId) {
        return user.isAuthenticated() && moderates(regionId);
    }

    /** The item's region must be the caller's; a moderator never acts against a moderator or an admin. */
    public void requireMayActOn(Item item) {
        if (!moderates(item.regionId())) {
            throw forbidden("moderation.outside-regions");
        }
        if (!user.isAdmin() && ("MODERATOR".equals(item.authorKind()) || "ADMIN".equals(item.authorKind())
                || !moderators.of(item.author()).isEmpty())) {
            throw forbidden("moderation.not-against-moderators");
        }
    }

    /** A move must land in a region the caller moderates too. */
    public void requireMayMoveTo(long regionId) {
        if (!moderates(regionId)) {
            throw forbidden("moderation.forum-outside-regions");
        }
    }

    private static ProblemException forbidden(String key) {
        return new ProblemException(ProblemType.FORBIDDEN, key);
    }
}
