package id.suarawarga.shared.web;

import io.quarkus.qute.TemplateInstance;
import io.vertx.core.http.Cookie;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Locale;

/**
 * What every page needs besides its own data: the language (Bahasa Indonesia unless the visitor chose English,
 * remembered in the {@code lang} cookie) and the current path for the language switch.
 */
@RequestScoped
@Named("ui")
public class UiContext {

    public static final String LANG_COOKIE = "lang";
    public static final Locale INDONESIAN = Locale.forLanguageTag("id");

    @Inject
    HttpServerRequest request;

    private Locale locale;

    public Locale locale() {
        if (locale == null) {
            locale = visitorLocale(request);
        }
        return locale;
    }

    /** The visitor's page language from the {@code lang} cookie; also for filters that run before any bean. */
    public static Locale visitorLocale(HttpServerRequest request) {
        Cookie cookie = request.getCookie(LANG_COOKIE);
        return cookie != null && "en".equals(cookie.getValue()) ? Locale.ENGLISH : INDONESIAN;
    }

    public String lang() {
        return locale().getLanguage();
    }

    public boolean english() {
        return "en".equals(lang());
    }

    /** Path and query of this request, to come back to after switching language. */
    public String here() {
        String uri = request.uri();
        return uri == null || !uri.startsWith("/") || uri.startsWith("//") ? "/" : uri;
    }

    /** Renders a page in the visitor's language. Every page resource returns through here. */
    public TemplateInstance page(TemplateInstance template) {
        return template.setLocale(locale());
    }

    public static boolean isApi(HttpServerRequest request) {
        String path = request.path();
        return path != null && (path.startsWith("/api/") || path.equals("/api"));
    }
}
