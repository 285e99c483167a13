package id.suarawarga.identity;

import io.quarkus.oidc.TenantResolver;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The API ({@code /api/*}) verifies bearer tokens with the default tenant; every page uses the "web" tenant
 * (authorization-code flow with a session cookie). One realm, two ways in.
 */
@ApplicationScoped
public class TenantSelector implements TenantResolver {

    @Override
    public String resolve(RoutingContext context) {
        String path = context.normalizedPath();
        return path.startsWith("/api/") || path.startsWith("/q/") ? null : "web";
    }
}
