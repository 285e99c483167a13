package id.suarawarga.forum;

import static id.suarawarga.forum.ForumService.HELD;
import static id.suarawarga.forum.ForumService.PUBLISHED;

import id.suarawarga.identity.CurrentUser;
import id.suarawarga.moderation.BannedWords;
import id.suarawarga.moderation.Sanctions;
import id.suarawarga.shared.ratelimit.RateLimits;
import id.suarawarga.shared.web.ProblemException;
import id.suarawarga.shared.web.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

/** Who writes a thread, reply or edit: their standing, the name and badge shown, and how much review they get. */
@ApplicationScoped
public class Authors {

    @Inject
    Sanctions sanctions;

    @Inject
    Pseudonyms pseudonyms;

    @Inject
    ForumPermissions permissions;

    /** The caller as an author: standing, shown name, badge unit, and whether their posts get extra review. */
    static final class Author {
        final String username;
        final AuthorKind kind;
        final String name;
        final Long badgeUnitId;
        final boolean isNew;
        String heldReason;

        Author(String username, AuthorKind kind, String name, Long badgeUnitId, boolean isNew) {
            this.username = username;
            this.kind = kind;
            this.name = name;
            this.badgeUnitId = badgeUnitId;
            this.isNew = isNew;
        }

        /** Citizens' daily limits (stricter for new accounts); staff are not limited. */
        void limit(RateLimits limits, ForumConfig config, boolean thread) {
            if (kind.staff()) {
                return;
            }
            if (thread) {
                limits.consume(username, counter(isNew ? "thread.new" : "thread"),
                        isNew ? config.newAccountThreadsPerDay() : config.threadsPerDay());
            }
            limits.consume(username, counter(isNew ? "post.new" : "post"),
                    isNew ? config.newAccountPostsPerDay() : config.postsPerDay());
        }

        /** A counter's name in {@code rate_limit_counter.action} ({@code forum.thread} …): stored, not a text key. */
        private static String counter(String what) {
            return "forum." + what;
        }

        /** PUBLISHED, or HELD for review: a banned word, or a link from a new account. */
        String review(String body, String title, BannedWords banned) {
            Optional<String> word = banned.find(body, title);
            if (word.isPresent()) {
                heldReason = "banned-word";
                return HELD;
            }
            if (!kind.staff() && isNew && (ForumText.hasLink(body) || ForumText.hasLink(title))) {
                heldReason = "new-account-link";
                return HELD;
            }
            return PUBLISHED;
        }
    }

    /**
     * The caller about to write in a category of that unit (null: none): refused while suspended, or as a citizen
     * without a pseudonym; an officer's badge is the category's unit when they serve it, else their first unit.
     */
    Author of(CurrentUser user, Long categoryUnitId) {
        String username = user.username();
        Optional<java.time.Instant> suspended = sanctions.suspendedUntil(username);
        if (suspended.isPresent()) {
            throw new ProblemException(ProblemType.POSTING_SUSPENDED, "forum.posting-suspended", suspended.get());
        }
        AuthorKind kind = permissions.authorKind();
        if (permissions.writesUnderPseudonym()) {
            Pseudonyms.Profile profile = pseudonyms.find(username)
                    .orElseThrow(() -> ProblemException.invalid("pseudonym", "forum.pseudonym-first"));
            return new Author(username, kind, null, null, profile.isNew());
        }
        Long badgeUnit = null;
        if (kind == AuthorKind.OFFICER) {
            List<Long> units = user.unitIds();
            badgeUnit = categoryUnitId != null && units.contains(categoryUnitId) ? categoryUnitId
                    : units.isEmpty() ? null : units.get(0);
        }
        return new Author(username, kind, user.displayName(), badgeUnit, false);
    }
}
