package id.suarawarga.privacy;

import io.agroal.api.AgroalDataSource;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Refuses tokens of deleted accounts. Keycloak cannot revoke an access token it already issued (it is checked
 * locally, and lives up to 5 minutes; a page session's tokens a little longer), so without this a token kept
 * from before the deletion could write a post or an answer under the deleted identity. Every authentication
 * looks up the subject in {@code deleted_account} (a primary-key read) and fails as if the token were invalid,
 * except for {@code DELETE /api/v1/me} itself: a retry of the deletion must answer 204 again, not 401.
 * ADR 0011.
 */
@ApplicationScoped
public class DeletedAccounts implements SecurityIdentityAugmentor {

    static final String DELETE_ME = "/api/v1/me";

    @Inject
    AgroalDataSource dataSource;

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        return augment(identity, context, Map.of());
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context,
            Map<String, Object> attributes) {
        if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken jwt)
                || jwt.getSubject() == null) {
            return Uni.createFrom().item(identity);
        }
        String subject = jwt.getSubject();
        boolean deletionRetry = isDeletionRetry(attributes.get("quarkus.http.routing.context"))
                || isDeletionRetry(identity.getAttribute("quarkus.http.routing.context"));
        return context.runBlocking(() -> {
            if (isDeleted(subject) && !deletionRetry) {
                throw new AuthenticationFailedException("The account of this token was deleted");
            }
            return identity;
        });
    }

    private static boolean isDeletionRetry(Object routingContext) {
        return routingContext instanceof RoutingContext rc && "DELETE".equals(rc.request().method().name())
                && DELETE_ME.equals(rc.normalizedPath());
    }

    public boolean isDeleted(String subject) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement ps = c.prepareStatement("SELECT 1 FROM deleted_account WHERE subject = ?")) {
            ps.setString(1, subject);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read deleted_account", e);
        }
    }
}
