package id.suarawarga.moderation;

import java.util.Locale;
import java.util.Optional;

/** What a moderator may do; each needs a reason. WARN and SUSPEND act on the item's author. */
public enum ModerationAction {
    HIDE, RESTORE, REMOVE, LOCK, UNLOCK, PIN, UNPIN, MOVE, WARN, SUSPEND;

    public static Optional<ModerationAction> parse(String s) {
        if (s == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(valueOf(s.trim().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Acts on the author rather than on the item. */
    public boolean onAuthor() {
        return this == WARN || this == SUSPEND;
    }
}
