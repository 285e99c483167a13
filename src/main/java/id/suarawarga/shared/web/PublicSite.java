package id.suarawarga.shared.web;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Where citizens reach the portal from outside: printed QR codes carry absolute URLs built on it. */
@ConfigMapping(prefix = "suarawarga.public")
public interface PublicSite {

    /**
     * The portal's absolute public base URL, scheme and host (and port, path prefix if any), without a trailing
     * slash: e.g. {@code https://suarawarga.rangkuikab.go.id}. Env: {@code SUARAWARGA_PUBLIC_BASE_URL}.
     */
    @WithDefault("http://127.0.0.1:8080")
    String baseUrl();

    /** The absolute URL of a path on the portal ({@code /services/7/survey}). */
    default String url(String path) {
        String base = baseUrl();
        while (base.endsWith("/")) {
            base = base.substring(0, base.length() - 1);
        }
        return base + path;
    }
}
