package id.suarawarga.moderation;

import java.util.List;
import java.util.Optional;

/**
 * What moderation needs from a feature whose items can be reported and acted on (Decidim's "Reportable"): find
 * and lock an item, say where it belongs and who wrote it, and apply an action to it. The forum implements it
 * for posts and threads, feedback for public comments, both through {@link SqlReportable} (one SELECT of their
 * own tables); moderation (reports, queue, actions, audit) knows nothing else about forums or feedback.
 */
public interface Reportable {

    /** The target type in the API ({@code "post"}, {@code "thread"}). */
    String type();

    /** The item, its row locked until the transaction ends (reports and actions on one item queue up). */
    Optional<Item> lock(long id);

    Optional<Item> find(long id);

    /**
     * Applies an item action (hide, restore, remove, lock, unlock, pin, unpin, move) and answers the item's state
     * afterwards; 422 for an action that does not apply to this type.
     */
    String apply(Item item, ModerationAction action, Long categoryId);

    /**
     * Where the API files a report on an item: its path also scopes the report's {@code Idempotency-Key}, so a
     * page's report and an API retry are one ({@link ReportSubmissions}).
     */
    default String reportPath(long id) {
        return "/api/v1/" + type() + "s/" + id + "/reports";
    }

    /** The region an item would belong to after a move to {@code categoryId}, so both ends are checked. */
    default Optional<Long> regionOfCategory(long categoryId) {
        return Optional.empty();
    }

    /**
     * Where items of this type may be moved: at most {@code limit} targets in these regions (every region when
     * {@code regions} is null), ordered as a moderator picks from them within a region. None for types that do
     * not move.
     */
    default List<MoveTarget> moveTargets(List<Long> regions, int limit) {
        return List.of();
    }

    /** A place an item may be moved to (a forum, for a thread), in its region. */
    record MoveTarget(long id, String name, long regionId) {
    }

    /**
     * An item as moderation sees it. {@code authorKind} is the author's standing when writing (CITIZEN, OFFICER,
     * MODERATOR, ADMIN); {@code state} a short description used as before/after in the audit log.
     */
    record Item(String type, long id, long regionId, String author, String authorKind, String status, String state,
            Long threadId, String title, String excerpt) {
    }
}
