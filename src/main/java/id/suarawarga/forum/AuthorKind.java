package id.suarawarga.forum;

import id.suarawarga.identity.CurrentUser;
import id.suarawarga.identity.Roles;

/** Who wrote a post, as it stood when they wrote it: the badge shown and what a moderator may act against. */
public enum AuthorKind {
    CITIZEN, OFFICER, MODERATOR, ADMIN;

    /** The strongest standing of the caller. */
    public static AuthorKind of(CurrentUser user) {
        if (user.hasRole(Roles.ADMIN)) {
            return ADMIN;
        }
        if (user.hasRole(Roles.MODERATOR)) {
            return MODERATOR;
        }
        if (user.hasRole(Roles.OFFICER)) {
            return OFFICER;
        }
        return CITIZEN;
    }

    public boolean staff() {
        return this != CITIZEN;
    }
}
