package id.suarawarga.shared.web;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Whatever the portal answers to someone signed in (a session cookie, or a bearer token) is theirs: it may carry
 * their name, e-mail, comments or a unit's citizens. Such an answer gets {@code Cache-Control: no-store} unless the
 * resource chose its own caching, so that "Back" after logging out on a shared phone or counter tablet shows
 * nothing personal (no-store also keeps the page out of the browser's back-forward cache) and no shared cache
 * keeps it. Answers to anonymous visitors keep their ordinary caching.
 */
@ApplicationScoped
public class PrivateAnswers {

    static final String NO_STORE = "no-store";

    void register(@Observes Filters filters) {
        filters.register(this::mark, 9_000);
    }

    void mark(RoutingContext ctx) {
        if (signedIn(ctx.request())) {
            ctx.addHeadersEndHandler(v -> {
                if (!ctx.response().headers().contains(HttpHeaders.CACHE_CONTROL)) {
                    ctx.response().putHeader(HttpHeaders.CACHE_CONTROL, NO_STORE);
                }
            });
        }
        ctx.next();
    }

    /** A session cookie of the web login ({@code q_session…}, chunked or not) or an {@code Authorization} header. */
    static boolean signedIn(HttpServerRequest request) {
        if (request.headers().contains(HttpHeaders.AUTHORIZATION)) {
            return true;
        }
        String cookies = request.getHeader(HttpHeaders.COOKIE);
        return cookies != null && (cookies.startsWith("q_session") || cookies.contains(" q_session")
                || cookies.contains(";q_session"));
    }
}
