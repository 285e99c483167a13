package id.suarawarga.identity;

import id.suarawarga.shared.security.Roles;
import id.suarawarga.shared.web.Redirects;
import id.suarawarga.shared.web.UiContext;
import io.quarkus.oidc.OidcSession;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Login, logout and "my account" for people using the pages (Keycloak authorization-code flow). */
@Path("/")
public class AccountPages {

    @Inject
    CurrentUser user;

    @Inject
    MeApi me;

    @Inject
    UiContext ui;

    @Inject
    OidcSession session;

    @ConfigProperty(name = "suarawarga.oidc.realm-url")
    String realmUrl;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance account(MeApi.Me me, String email, List<String> roles);
    }

    /** Reached only after Keycloak login (the web tenant redirects there first); then goes where the user was. */
    @GET
    @Path("login")
    @Authenticated
    public Response login(@QueryParam("next") String next) {
        return Response.seeOther(URI.create(Redirects.localPath(next, "/account"))).build();
    }

    @GET
    @Path("account")
    @Authenticated
    @Produces(MediaType.TEXT_HTML)
    public TemplateInstance account() {
        MeApi.Me mine = me.me();
        // the portal's roles in words; nothing of Keycloak's own (default-roles-…, offline_access, uma_authorization)
        List<String> roles = Roles.PORTAL.stream().filter(mine.roles()::contains).toList();
        return ui.page(Templates.account(mine, user.email().orElse(null), roles));
    }

    /**
     * Ends the portal session and the Keycloak session (RP-initiated logout). A POST with a CSRF token, so that
     * no link or image can log anyone out.
     */
    @POST
    @Path("logout")
    @Authenticated
    public Response logout(@jakarta.ws.rs.core.Context jakarta.ws.rs.core.UriInfo uri) {
        String idToken = session.getIdToken() == null ? null : session.getIdToken().getRawToken();
        session.logout().await().indefinitely();
        String home = uri.getBaseUri().resolve("/").toString();
        StringBuilder end = new StringBuilder(realmUrl).append("/protocol/openid-connect/logout?client_id=suarawarga-web")
                .append("&post_logout_redirect_uri=").append(URLEncoder.encode(home, StandardCharsets.UTF_8));
        if (idToken != null) {
            end.append("&id_token_hint=").append(URLEncoder.encode(idToken, StandardCharsets.UTF_8));
        }
        return Response.seeOther(URI.create(end.toString())).build();
    }
}
