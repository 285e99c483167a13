package id.suarawarga.forum;

/** Who wrote a post, as it stood when they wrote it: the badge shown and what a moderator may act against.
 * Which one the caller writes as is {@link ForumPermissions#authorKind()}. */
public enum AuthorKind {
    CITIZEN, OFFICER, MODERATOR, ADMIN;

    public boolean staff() {
        return this != CITIZEN;
    }
}
