package id.suarawarga.shared.web;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Looks at a request before any resource does, for what the framework would otherwise answer with a bare status
 * or a 500 (found by the bad-input corpus, BadInputTest):
 * <ul>
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
    private static final Pattern MEDIA_RANGE = Pattern.compile("\\s*" + TOKEN + "/" + TOKEN);
    private static final Pattern LANGUAGE_RANGE = Pattern.compile("\\s*(?:\\*|[A-Za-z]{1,8}(?:-[A-Za-z0-9]{1,8})*)");
    private static final Pattern QUALITY = Pattern.compile("0(?:\\.\\d{0,3})?|1(?:\\.0{0,3})?");

    void register(@Observes Filters filters) {
        // Above every other filter, so that no one reads the headers before they are checked.
        filters.register(this::check, 10_000);
    }

    void check(RoutingContext ctx) {
        MultiMap headers = ctx.request().headers();
        dropIfMalformed(headers, HttpHeaders.ACCEPT.toString(), MEDIA_RANGE);
        dropIfMalformed(headers, HttpHeaders.ACCEPT_LANGUAGE.toString(), LANGUAGE_RANGE);
        ctx.next();
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
