package id.suarawarga.identity;

import id.suarawarga.shared.web.UiContext;
import io.quarkus.oidc.OidcRedirectFilter;
import io.quarkus.oidc.Redirect;
import io.vertx.core.http.Cookie;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Keycloak's login and registration pages in the visitor's language: the portal's choice (the {@code lang}
 * cookie, Bahasa Indonesia by default) goes along as {@code ui_locales}, so a visitor who chose English does not
 * meet an Indonesian login form halfway through the survey.
 */
@ApplicationScoped
@Redirect(Redirect.Location.OIDC_AUTHORIZATION)
public class KeycloakLanguage implements OidcRedirectFilter {

    @Override
    public void filter(OidcRedirectContext context) {
        Cookie cookie = context.routingContext().request().getCookie(UiContext.LANG_COOKIE);
        context.additionalQueryParams().add("ui_locales", cookie != null && "en".equals(cookie.getValue()) ? "en" : "id");
    }
}
