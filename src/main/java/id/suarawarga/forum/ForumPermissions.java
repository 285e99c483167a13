package id.suarawarga.forum;

import id.suarawarga.identity.CurrentUser;
import id.suarawarga.shared.security.Roles;
import id.suarawarga.shared.web.ProblemException;
import id.suarawarga.shared.web.ProblemType;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

/**
 * Who may do what in the forums. Citizens, officers, moderators and admins write threads and replies (HR reads
 * only); a citizen writes under a pseudonym and chooses one first, staff under their name and badge. Anyone logged
 * in marks a post helpful and reports it. Only a post's author edits it (within the edit window) or deletes it,
 * and sees it while it is held for review. Who sees and acts on hidden posts of a region is its moderators'
 * ({@code moderation/ModerationPermissions}). A region's forums (categories) are managed by an admin of that
 * region (their staff scope; the operator everywhere); forums are public, so another region's is refused with 403
 * (ADR 0019 point 4).
 */
@RequestScoped
public class ForumPermissions {

    @Inject
    CurrentUser user;

    @Inject
    Pseudonyms pseudonyms;

    /** What the caller may do on a forum or thread page. */
    public record Can(boolean write, boolean react, boolean report, boolean needsPseudonym) {
    }

    /** For a page: one look at the caller's pseudonym, only when they are a citizen who writes. */
    public Can can() {
        return new Can(mayWrite(), mayReact(), mayReport(), needsPseudonym());
    }

    /** Threads and replies; the endpoints' {@code @RolesAllowed} name the same roles. */
    public boolean mayWrite() {
        return user.isAuthenticated() && (user.hasRole(Roles.CITIZEN) || user.hasRole(Roles.OFFICER)
                || user.hasRole(Roles.MODERATOR) || user.hasRole(Roles.ADMIN));
    }

    public boolean mayReact() {
        return user.isAuthenticated();
    }

    public boolean mayReport() {
        return user.isAuthenticated();
    }

    /** The caller's standing as an author: the strongest of their roles, a citizen when they have no staff role. */
    public AuthorKind authorKind() {
        if (user.hasRole(Roles.ADMIN)) {
            return AuthorKind.ADMIN;
        }
        if (user.hasRole(Roles.MODERATOR)) {
            return AuthorKind.MODERATOR;
        }
        if (user.hasRole(Roles.OFFICER)) {
            return AuthorKind.OFFICER;
        }
        return AuthorKind.CITIZEN;
    }

    /** Citizens appear under a pseudonym, never their name; staff under their name and badge. */
    public boolean writesUnderPseudonym() {
        return authorKind() == AuthorKind.CITIZEN;
    }

    /** A writer who must choose a pseudonym before the first thread or reply. */
    public boolean needsPseudonym() {
        return mayWrite() && writesUnderPseudonym() && pseudonyms.view(user.username()).isEmpty();
    }

    /** The caller wrote it (a post's or thread's {@code author} column): theirs to edit, delete, see while held. */
    public boolean isAuthor(String author) {
        return user.isAuthenticated() && author != null && author.equals(user.username());
    }

    /** Creating or changing a forum of a region (and moving one there): an admin of that region. */
    public void requireCategoryManager(long regionId, String regionCode) {
        if (!user.actsAs(Roles.ADMIN, regionId)) {
            throw new ProblemException(ProblemType.FORBIDDEN, "forum.region-admin-only", regionCode);
        }
    }

    /** Editing and deleting a post is its author's alone. */
    public void requireAuthor(String author) {
        if (!isAuthor(author)) {
            throw new ProblemException(ProblemType.FORBIDDEN, "forum.author-only");
        }
    }

    /** A post's text is shown while it is published, and to its author while it is held for review. */
    public boolean seesText(String author, String status) {
        return ForumService.PUBLISHED.equals(status) || (ForumService.HELD.equals(status) && isAuthor(author));
    }

    /** The author's own post may be changed while it is published or held and the edit window is open. */
    public boolean mayEdit(String author, String status, boolean withinWindow) {
        return isAuthor(author) && withinWindow && changeable(status);
    }

    /** Published or held posts can still be edited; deleted, hidden or removed ones no longer. */
    static boolean changeable(String status) {
        return ForumService.PUBLISHED.equals(status) || ForumService.HELD.equals(status);
    }
}
