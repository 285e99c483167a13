package id.suarawarga.shared.i18n;

import java.util.List;
import java.util.Locale;

/**
 * The portal's two languages. Pages take the visitor's choice (the {@code lang} cookie, see
 * {@code shared.web.UiContext}); the API takes {@code Accept-Language}: English when English is preferred over
 * Indonesian, Bahasa Indonesia otherwise (also when the header is missing or unreadable).
 */
public final class Language {

    public static final Locale INDONESIAN = Locale.forLanguageTag("id");

    private Language() {
    }

    public static boolean isEnglish(Locale locale) {
        return locale != null && "en".equals(locale.getLanguage());
    }

    /** The language an API answer speaks for this {@code Accept-Language} header. */
    public static Locale ofAcceptLanguage(String header) {
        if (header == null || header.isBlank()) {
            return INDONESIAN;
        }
        try {
            List<Locale.LanguageRange> ranges = Locale.LanguageRange.parse(header);
            for (Locale.LanguageRange r : ranges) { // sorted by weight, highest first
                String range = r.getRange().toLowerCase(Locale.ROOT);
                if (r.getWeight() <= 0) {
                    continue;
                }
                if (range.equals("en") || range.startsWith("en-")) {
                    return Locale.ENGLISH;
                }
                if (range.equals("id") || range.startsWith("id-") || range.equals("in") || range.startsWith("in-")) {
                    return INDONESIAN;
                }
            }
        } catch (IllegalArgumentException e) {
            // An unreadable header is the default language, not an error.
        }
        return INDONESIAN;
    }
}
