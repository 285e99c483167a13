package id.suarawarga.devsupport;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;

/**
 * "No mixed-language page": a page shown in one language must not carry a text that the message bundles give
 * only in the other. Reads both bundles and looks for the other language's phrases (pieces of 12 or more
 * characters, cut at sentence ends and placeholders, that the page's own language never uses) in what the page shows and announces.
 */
public final class Languages {

    /** Every message bundle of the portal: the shared one and the features' own (ADR 0009). */
    static final String[] BUNDLES = {"msg", "catalogue", "feedback", "identity", "forum", "appraisal", "privacy",
            "paper", "visit", "kiosk"};

    private static final Properties ID = load("");
    private static final Properties EN = load("_en");

    private Languages() {
    }

    /** What a person sees or hears: visible text, the title, and the names and texts kept in attributes. */
    static final String PAGE_TEXT = "var t = [document.title, document.body.innerText];"
            + "document.querySelectorAll('[aria-label],[alt],[title],[placeholder]').forEach(function (e) {"
            + " ['aria-label', 'alt', 'title', 'placeholder'].forEach(function (a) { if (e.getAttribute(a))"
            + " t.push(e.getAttribute(a)); }); });"
            + "Array.prototype.forEach.call(document.body.attributes, function (a) {"
            + " if (a.name.indexOf('data-') === 0) t.push(a.value); });"
            + "return t.join('\\n');";

    /** Fails when the page is not declared as {@code lang} or shows a bundle text of the other language. */
    public static void assertOneLanguage(Chrome chrome, String lang, String page) {
        assertEquals(lang, chrome.script("return document.documentElement.lang"), page + ": <html lang>");
        String text = (String) chrome.script(PAGE_TEXT);
        Properties mine = "en".equals(lang) ? EN : ID;
        Properties other = "en".equals(lang) ? ID : EN;
        String own = String.join("\n", mine.stringPropertyNames().stream().map(mine::getProperty).toList());
        List<String> foreign = new ArrayList<>();
        for (String key : other.stringPropertyNames()) {
            for (String phrase : phrases(other.getProperty(key))) {
                if (phrase.length() >= 12 && !own.contains(phrase) && text.contains(phrase)) {
                    foreign.add(key + " = " + phrase);
                }
            }
        }
        assertEquals(List.of(), foreign, page + " in " + lang + " shows texts of the other language");
    }

    /** A message cut into sentences and at its placeholders: each piece must not appear on the other's page. */
    static List<String> phrases(String value) {
        List<String> out = new ArrayList<>();
        for (String piece : value.split("\\{[^}]*}|(?<=[.;:!?])\\s+")) {
            if (!piece.isBlank()) {
                out.add(piece.trim());
            }
        }
        return out;
    }

    /** One language of all bundles, keys prefixed with the bundle's name ({@code appraisal.appraisal_title}). */
    private static Properties load(String suffix) {
        Properties all = new Properties();
        for (String bundle : BUNDLES) {
            Properties p = new Properties();
            try (InputStream in = Languages.class.getClassLoader()
                    .getResourceAsStream("messages/" + bundle + suffix + ".properties")) {
                p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            p.forEach((k, v) -> all.put(bundle + "." + k, v));
        }
        return all;
    }
}
