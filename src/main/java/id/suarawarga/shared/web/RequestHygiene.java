package id.suarawarga.shared.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.suarawarga.shared.i18n.Language;
import id.suarawarga.shared.i18n.Texts;
import io.quarkus.micrometer.runtime.binder.vertx.HttpRequestMetric;
import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Looks at a request before any resource does, for what the framework would otherwise answer with a bare status
 * or a 500 (found by the bad-input corpus, BadInputTest):
 * <ul>
 * <li>a declared body over {@code quarkus.http.limits.max-body-size}: 413 as problem+json (API) or a short
 * page in the visitor's language, instead of an empty 413, counted in the metrics under one {@code uri};</li>
 * <li>an {@code Accept} or {@code Accept-Language} header that does not parse (a quality that is not a number):
 * the template filter's content negotiation threw on it after the resource had run, a 500. Such a header is
 * dropped, so the request is answered as if it had none (JSON, the visitor's cookie language or Indonesian).</li>
 * </ul>
 */
@ApplicationScoped
public class RequestHygiene {

    private static final String TOKEN = "[!#$%&'*+.^_`|~0-9A-Za-z-]+";
    private static final String QUOTED = "\"(?:[^\"\\\\]|\\\\.)*\"";
    private static final Pattern PARAM = Pattern.compile("\\s*;\\s*(" + TOKEN + ")\\s*=\\s*(" + TOKEN + "|" + QUOTED + ")");
    static final Pattern MEDIA_RANGE = Pattern.compile("\\s*" + TOKEN + "/" + TOKEN);
    static final Pattern LANGUAGE_RANGE = Pattern.compile("\\s*(?:\\*|[A-Za-z]{1,8}(?:-[A-Za-z0-9]{1,8})*)");
    private static final Pattern QUALITY = Pattern.compile("0(?:\\.\\d{0,3})?|1(?:\\.0{0,3})?");

    /** The {@code uri} tag of every request refused here for its size. */
    static final String TOO_LARGE_BUCKET = "/too-large";

    @Inject
    ObjectMapper json;

    @ConfigProperty(name = "quarkus.http.limits.max-body-size")
    MemorySize maxBodySize;

    void register(@Observes Filters filters) {
        // Above every other filter: nothing should read a body we are going to refuse.
        filters.register(this::check, 10_000);
    }

    void check(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        if (declaredLength(request) > maxBodySize.asLongValue()) {
            tooLarge(ctx);
            return;
        }
        MultiMap headers = request.headers();
        dropIfMalformed(headers, HttpHeaders.ACCEPT.toString(), MEDIA_RANGE);
        dropIfMalformed(headers, HttpHeaders.ACCEPT_LANGUAGE.toString(), LANGUAGE_RANGE);
        ctx.next();
    }

    private static long declaredLength(HttpServerRequest request) {
        String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length == null) {
            return -1;
        }
        try {
            return Long.parseLong(length.trim());
        } catch (NumberFormatException e) {
            return -1; // the HTTP codec refuses it itself
        }
    }

    private void tooLarge(RoutingContext ctx) {
        String limit = maxBodySize.asLongValue() / 1024 + " KiB";
        // Refused before routing, so the metrics know no route template: one bucket, not one series per raw
        // path (/api/v1/services/64/surveys, /services/65/survey ...), which would grow without bound.
        HttpRequestMetric metric = HttpRequestMetric.getRequestMetric(ctx);
        if (metric != null) {
            metric.setTemplatePath(TOO_LARGE_BUCKET);
        }
        // The rest of the body is not read: the connection cannot be reused.
        ctx.response().setStatusCode(413).putHeader(HttpHeaders.CONNECTION, "close");
        HttpServerRequest request = ctx.request();
        if (UiContext.isApi(request)) {
            Locale locale = Language.ofAcceptLanguage(request.getHeader(HttpHeaders.ACCEPT_LANGUAGE));
            writeProblem(ctx, ProblemType.PAYLOAD_TOO_LARGE, locale, Texts.get(locale, "shared.too-large", limit));
            return;
        }
        Locale locale = UiContext.visitorLocale(request);
        ctx.response().putHeader(HttpHeaders.CONTENT_TYPE, "text/html; charset=UTF-8").end("""
                <!DOCTYPE html><html lang="%s"><head><meta charset="utf-8"><title>%s</title></head>
                <body><h1>%s</h1><p>%s</p><p><a href="/">%s</a></p></body></html>""".formatted(
                locale.getLanguage(), Texts.get(locale, "shared.too-large-title"),
                Texts.get(locale, "shared.too-large-title"), Texts.get(locale, "shared.too-large-form", limit),
                Texts.get(locale, "shared.home")));
    }

    private void writeProblem(RoutingContext ctx, ProblemType type, Locale locale, String detail) {
        Problem problem = new Problem(type.uri(), type.title(locale), type.status(), detail, ctx.request().path(), List.of());
        try {
            ctx.response().putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE).end(json.writeValueAsString(problem));
        } catch (JsonProcessingException e) {
            ctx.response().end();
        }
    }

    /** Drops a header whose comma-separated ranges do not parse, or whose {@code q} is not a quality value. */
    static void dropIfMalformed(MultiMap headers, String name, Pattern range) {
        List<String> values = headers.getAll(name);
        for (String value : values) {
            if (!wellFormed(value, range)) {
                headers.remove(name);
                return;
            }
        }
    }

    static boolean wellFormed(String header, Pattern range) {
        for (String element : header.split(",", -1)) {
            if (element.isBlank()) {
                continue; // empty list elements are allowed (RFC 9110 5.6.1)
            }
            Matcher m = range.matcher(element);
            if (!m.lookingAt()) {
                return false;
            }
            int at = m.end();
            Matcher p = PARAM.matcher(element);
            while (at < element.length() && p.find(at) && p.start() == at) {
                if (p.group(1).equalsIgnoreCase("q") && !QUALITY.matcher(p.group(2)).matches()) {
                    return false;
                }
                at = p.end();
            }
            if (!element.substring(at).isBlank()) {
                return false;
            }
        }
        return true;
    }
}
