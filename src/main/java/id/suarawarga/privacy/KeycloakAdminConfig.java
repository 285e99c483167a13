package id.suarawarga.privacy;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/**
 * The confidential Keycloak client through which the portal removes a citizen's account (client-credentials
 * grant; its service account holds only {@code realm-management/manage-users}). docs/operations.md.
 */
@ConfigMapping(prefix = "suarawarga.keycloak-admin")
public interface KeycloakAdminConfig {

    /** Client id in the realm ({@code suarawarga-admin}). */
    @WithDefault("suarawarga-admin")
    String clientId();

    /**
     * Its secret ({@code SUARAWARGA_KEYCLOAK_ADMIN_SECRET}); only the dev, test and demo profiles have a (known)
     * value, so production refuses to start without one.
     */
    String secret();

    /** How long one call to Keycloak may take before the deletion answers 503 (and is retried later). */
    @WithDefault("PT10S")
    Duration timeout();
}
