package id.suarawarga.shared.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.vertx.core.MultiMap;
import org.junit.jupiter.api.Test;

/** Which Accept and Accept-Language headers are kept: what browsers and clients send, not what breaks parsing. */
class RequestHygieneTest {

    private static String keptAccept(String value) {
        MultiMap headers = MultiMap.caseInsensitiveMultiMap().add("Accept", value);
        RequestHygiene.dropIfMalformed(headers, "Accept", RequestHygiene.MEDIA_RANGE);
        return headers.get("Accept");
    }

    private static String keptLanguage(String value) {
        MultiMap headers = MultiMap.caseInsensitiveMultiMap().add("Accept-Language", value);
        RequestHygiene.dropIfMalformed(headers, "Accept-Language", RequestHygiene.LANGUAGE_RANGE);
        return headers.get("Accept-Language");
    }

    @Test
    void browserHeadersAreKept() {
        String firefox = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,image/webp,*/*;q=0.8";
        assertEquals(firefox, keptAccept(firefox));
        assertEquals("application/problem+json, application/json; charset=\"utf-8\"",
                keptAccept("application/problem+json, application/json; charset=\"utf-8\""));
        assertEquals("id-ID,id;q=0.9,en-US;q=0.8,en;q=0.7", keptLanguage("id-ID,id;q=0.9,en-US;q=0.8,en;q=0.7"));
        assertEquals("*", keptLanguage("*"));
        assertEquals("en, ,id", keptLanguage("en, ,id"));
    }

    @Test
    void headersThatDoNotParseAreDropped() {
        assertNull(keptAccept("text/html;q=abc"));
        assertNull(keptAccept("text/<script>alert(1)</script>;q=x"));
        assertNull(keptAccept("text/html;q=1.5"));
        assertNull(keptAccept("html"));
        assertNull(keptLanguage("<script>alert(1)</script>;q=abc,,;"));
        assertNull(keptLanguage("en;q=0.1234"));
        assertNull(keptLanguage("en;q=\"abc\""));
    }
}
