package id.suarawarga.shared.i18n;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Texts that Java code hands to a person (problem details, field errors, flash messages), by key, in one language.
 * A key is {@code <feature>.<name>} and lives in {@code texts/<feature>.properties} (Bahasa Indonesia, the default)
 * and {@code texts/<feature>_en.properties} (English). Arguments replace {@code {0}}, {@code {1}} … as they are: no
 * {@link java.text.MessageFormat} quoting, so "can't" needs no escaping. An argument that is itself a
 * {@link Text} is rendered in the same language.
 *
 * <p>Pages use Qute message bundles for their own texts (ADR 0009); these are for what a service says, which the
 * API and the pages both show (ADR 0016).
 */
public final class Texts {

    /** {@code feature.name}: lower case, digits, dashes and underscores, at least one dot. */
    private static final Pattern KEY = Pattern.compile("[a-z][a-z0-9]*(\\.[a-z0-9_-]+)+");

    private static final Map<String, Properties> BUNDLES = new ConcurrentHashMap<>();

    private Texts() {
    }

    /** A key with its arguments, rendered when the language is known. */
    public record Text(String key, Object... args) {
        public String in(Locale locale) {
            return Texts.get(locale, key, args);
        }
    }

    public static boolean isKey(String s) {
        return s != null && KEY.matcher(s).matches();
    }

    /**
     * The text of {@code key} in {@code locale} (English when its language is {@code en}, else Indonesian). A
     * string that is not a key is returned as it is (a literal, e.g. a stored answer read back); a key missing from
     * the bundle is returned as the key, which {@code TextsTest} keeps from happening.
     */
    public static String get(Locale locale, String key, Object... args) {
        if (!isKey(key)) {
            return key;
        }
        String feature = key.substring(0, key.indexOf('.'));
        boolean english = Language.isEnglish(locale);
        String pattern = bundle(feature, english).getProperty(key);
        if (pattern == null && english) {
            pattern = bundle(feature, false).getProperty(key);
        }
        if (pattern == null) {
            return key;
        }
        return substitute(pattern, locale, args);
    }

    static String substitute(String pattern, Locale locale, Object... args) {
        if (args == null || args.length == 0 || pattern.indexOf('{') < 0) {
            return pattern;
        }
        StringBuilder out = new StringBuilder(pattern.length() + 16);
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            int close = c == '{' ? pattern.indexOf('}', i) : -1;
            if (close > i + 1 && close - i <= 3) {
                String index = pattern.substring(i + 1, close);
                if (index.chars().allMatch(Character::isDigit) && Integer.parseInt(index) < args.length) {
                    Object arg = args[Integer.parseInt(index)];
                    out.append(arg instanceof Text t ? t.in(locale) : String.valueOf(arg));
                    i = close;
                    continue;
                }
            }
            out.append(c);
        }
        return out.toString();
    }

    /** The keys a feature's bundle holds in one language (for the test that both languages have the same). */
    public static Properties bundle(String feature, boolean english) {
        return BUNDLES.computeIfAbsent(feature + (english ? "_en" : ""), Texts::load);
    }

    private static Properties load(String name) {
        Properties p = new Properties();
        try (InputStream in = Texts.class.getClassLoader().getResourceAsStream("texts/" + name + ".properties")) {
            if (in != null) {
                p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }
}
