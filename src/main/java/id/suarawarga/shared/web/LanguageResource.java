package id.suarawarga.shared.web;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.RestForm;

/** The language switch: remembers the choice for a year in a cookie and goes back to the same page. */
@Path("/lang")
public class LanguageResource {

    /** Secure in production, like the CSRF and session cookies (one switch, application.properties). */
    @ConfigProperty(name = "quarkus.rest-csrf.cookie-force-secure", defaultValue = "true")
    boolean secure;

    @POST
    @PermitAll
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response choose(@RestForm String lang, @RestForm String next) {
        String value = "en".equals(lang) ? "en" : "id";
        String target = Redirects.localPath(next, "/");
        NewCookie cookie = new NewCookie.Builder(UiContext.LANG_COOKIE).value(value).path("/").maxAge(365 * 24 * 3600)
                .sameSite(NewCookie.SameSite.LAX).httpOnly(true).secure(secure).build();
        return Response.seeOther(URI.create(target)).cookie(cookie).build();
    }
}
