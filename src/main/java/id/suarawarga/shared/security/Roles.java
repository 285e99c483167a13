package id.suarawarga.shared.security;

/** Realm roles of the {@code suarawarga} Keycloak realm. Staff roles are granted by an admin, never self-assigned. */
public final class Roles {

    public static final String CITIZEN = "citizen";
    public static final String OFFICER = "officer";
    public static final String MODERATOR = "moderator";
    public static final String HR = "hr";
    public static final String ADMIN = "admin";

    private Roles() {
    }
}
