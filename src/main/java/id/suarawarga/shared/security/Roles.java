package id.suarawarga.shared.security;

/**
 * Realm roles of the {@code suarawarga} Keycloak realm. Staff roles are granted by an admin, never self-assigned,
 * and apply only where a staff scope says (identity/StaffScopes): officers and counters in units, moderators, HR and
 * admins in regions. The operator runs the portal above all regions; in Keycloak it is a composite that includes
 * {@link #ADMIN}.
 */
public final class Roles {

    public static final String CITIZEN = "citizen";
    public static final String OFFICER = "officer";
    public static final String MODERATOR = "moderator";
    public static final String HR = "hr";
    public static final String ADMIN = "admin";
    /** A counter device (kiosk) of a unit: a machine client, scoped to units like an officer. */
    public static final String COUNTER = "counter";
    /** The portal operator (the vendor or province that runs it): creates regions, grants regional admins. */
    public static final String OPERATOR = "operator";

    /** The portal's own roles, in the order people read them (Keycloak adds roles of its own to every token). */
    public static final java.util.List<String> PORTAL = java.util.List.of(CITIZEN, OFFICER, COUNTER, MODERATOR, HR,
            ADMIN, OPERATOR);

    private Roles() {
    }
}
