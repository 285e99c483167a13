package id.suarawarga.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.suarawarga.devsupport.DevSupport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Issue 14 point 5, ADR 0016: no text in Java is written "Indonesian / English", so no page or answer shows both
 * languages at once. A person's text is a key in {@code texts/<feature>.properties} (problem details, field errors)
 * or a Qute message (pages). The scan finds string literals with a word, a spaced slash and another word
 * ({@code "wajib diisi / required"}), including a literal that ends in {@code " / "} and goes on in the next one.
 *
 * <p>{@link #KNOWN} counts the literals per file that predate the rule; it may only shrink: a new one fails the
 * build, and so does a count that is higher than the file still needs (lower it when you fix one).
 */
class OneLanguageTest {

    private static final Path SOURCES = DevSupport.projectDir().resolve("src/main/java");

    /** File under src/main/java → mixed literals it still has. */
    static final Map<String, Integer> KNOWN = Map.of();

    private static final Pattern STRING = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"");
    private static final Pattern BLOCK_COMMENT = Pattern.compile("/\\*.*?\\*/", Pattern.DOTALL);
    private static final Pattern LINE_COMMENT = Pattern.compile("(?m)^\\s*//.*$");
    private static final Pattern MIXED = Pattern.compile("[\\p{L}\\d).;] / [\\p{L}{]|\\p{L} / $|^ / \\p{L}");

    @Test
    void noTextMixesBothLanguages() throws IOException {
        Map<String, Integer> found = new TreeMap<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            files.filter(f -> f.toString().endsWith(".java")).forEach(f -> {
                int n = count(read(f));
                if (n > 0) {
                    found.put(SOURCES.relativize(f).toString(), n);
                }
            });
        }
        assertEquals(new TreeMap<>(KNOWN), found, "Java strings written in both languages (file → count); make each "
                + "a text key (ADR 0016), and lower KNOWN to what is left");
    }

    @Test
    void theScanFindsMixedTextAndLeavesPathsAndSqlAlone() {
        assertEquals(1, count("throw invalid(\"answers\", \"wajib diisi / required\");"));
        assertEquals(1, count("String s = \"Anda sudah menilai unit ini hari ini / \"\n + \"You already rated\";"));
        assertEquals(0, count("String p = \"/api/v1/units/\" + id + \"/ratings\";"));
        assertEquals(0, count("String q = \"SELECT a / b FROM t\"; // a / b"));
        assertEquals(0, count("/** \"harus 1-4 / must be 1-4\" */ int x;"));
        assertTrue(count("String m = \"Batas {0} per hari / Limit {0} a day\";") > 0);
        assertEquals(1, count("invalid(\"page\", \"page harus 0..\" + MAX + \" / page must be 0..\" + MAX);"));
    }

    static int count(String java) {
        String code = LINE_COMMENT.matcher(BLOCK_COMMENT.matcher(java).replaceAll(" ")).replaceAll("");
        int n = 0;
        Matcher m = STRING.matcher(code);
        while (m.find()) {
            String literal = m.group(1);
            if (MIXED.matcher(literal).find() && !literal.matches("(?is)\\s*(SELECT|INSERT|UPDATE|DELETE)\\b.*")) {
                n++;
            }
        }
        return n;
    }

    private static String read(Path f) {
        try {
            return Files.readString(f);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
