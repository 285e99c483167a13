package id.suarawarga.shared.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every text key in both languages, every key the code names present, and the arguments filled in. */
class TextsTest {

    private static final Path TEXTS = Path.of("src/main/resources/texts");
    private static final Path SOURCES = Path.of("src/main/java");

    @Test
    void everyFeatureBundleHasTheSameKeysInBothLanguages() throws IOException {
        List<String> features = features();
        assertFalse(features.isEmpty());
        for (String feature : features) {
            Set<String> id = new TreeSet<>(Texts.bundle(feature, false).stringPropertyNames());
            Set<String> en = new TreeSet<>(Texts.bundle(feature, true).stringPropertyNames());
            assertEquals(id, en, "texts/" + feature + "(_en).properties: the same keys in both languages");
            for (String key : id) {
                assertTrue(key.startsWith(feature + "."), key + " belongs in texts/" + feature + ".properties");
                assertTrue(Texts.isKey(key), key + " is not a well-formed key");
            }
        }
    }

    @Test
    void everyKeyTheCodeNamesExists() throws IOException {
        List<String> features = features();
        Pattern literal = Pattern.compile("\"((" + String.join("|", features) + ")\\.[a-z0-9_-]+(?:\\.[a-z0-9_-]+)*)\"");
        List<String> missing = new ArrayList<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            files.filter(f -> f.toString().endsWith(".java")).forEach(f -> {
                Matcher m = literal.matcher(read(f));
                while (m.find()) {
                    String key = m.group(1);
                    if (Texts.bundle(m.group(2), false).getProperty(key) == null) {
                        missing.add(SOURCES.relativize(f) + ": " + key);
                    }
                }
            });
        }
        assertEquals(List.of(), missing, "text keys named in code but missing from texts/*.properties");
    }

    @Test
    void argumentsAreFilledInAndNestedTextsSpeakTheSameLanguage() {
        assertEquals("Unit 7 tidak ditemukan", Texts.get(Language.INDONESIAN, "shared.not-found", "Unit", 7));
        assertEquals("Unit 7 not found", Texts.get(Locale.ENGLISH, "shared.not-found", "Unit", 7));
        assertEquals("Terjadi kesalahan tak terduga, kode insiden {x}",
                Texts.get(Language.INDONESIAN, "shared.incident", "{x}"), "an argument is not read as a pattern");
        assertEquals("a literal / not a key", Texts.get(Locale.ENGLISH, "a literal / not a key"));
        assertEquals("shared.no-such-text", Texts.get(Locale.ENGLISH, "shared.no-such-text"));
        assertEquals("{0} {1} not found", Texts.get(Locale.ENGLISH, "shared.not-found"));
    }

    @Test
    void apiLanguageFollowsAcceptLanguageWithIndonesianByDefault() {
        assertEquals(Language.INDONESIAN, Language.ofAcceptLanguage(null));
        assertEquals(Language.INDONESIAN, Language.ofAcceptLanguage(""));
        assertEquals(Language.INDONESIAN, Language.ofAcceptLanguage("fr-FR,de;q=0.5"));
        assertEquals(Language.INDONESIAN, Language.ofAcceptLanguage("id,en;q=0.8"));
        assertEquals(Language.INDONESIAN, Language.ofAcceptLanguage("en;q=0.3,id;q=0.9"));
        assertEquals(Language.INDONESIAN, Language.ofAcceptLanguage("en;q=zz"));
        assertEquals(Locale.ENGLISH, Language.ofAcceptLanguage("en-US,en;q=0.9,id;q=0.5"));
        assertEquals(Locale.ENGLISH, Language.ofAcceptLanguage("fr,en-GB;q=0.7"));
        assertEquals(Language.INDONESIAN, Language.ofAcceptLanguage("en;q=0,fr"));
    }

    private static List<String> features() throws IOException {
        try (Stream<Path> files = Files.list(TEXTS)) {
            return files.map(f -> f.getFileName().toString())
                    .filter(n -> n.endsWith(".properties") && !n.endsWith("_en.properties"))
                    .map(n -> n.substring(0, n.length() - ".properties".length())).sorted().toList();
        }
    }

    private static String read(Path f) {
        try {
            return Files.readString(f);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
