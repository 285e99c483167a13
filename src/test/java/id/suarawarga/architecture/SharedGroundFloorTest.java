package id.suarawarga.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.suarawarga.devsupport.DevSupport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Issue 14 point 4: {@code shared} is the ground floor. Every feature may use it; it names no feature, neither by
 * an import nor by a fully qualified name. What a shared class needs from a feature it declares as an interface
 * that the feature implements ({@code shared.web.LoginAvailability}, implemented by {@code identity.KeycloakProbe}).
 *
 * <p>{@link #KNOWN} lists the reaches still allowed, per file. It may only shrink: a new reach fails the build, and
 * so does an entry that is no longer needed.
 */
class SharedGroundFloorTest {

    /** The packages under id.suarawarga that are features (everything but shared and the build's own). */
    static final Set<String> FEATURES = Set.of("appraisal", "catalogue", "counter", "feedback", "forum", "identity",
            "moderation", "notification", "privacy");

    /** Reaches from shared into a feature still allowed (file under src/main/java → features). None today. */
    static final Map<String, Set<String>> KNOWN = Map.of();

    private static final Pattern BLOCK_COMMENT = Pattern.compile("/\\*.*?\\*/", Pattern.DOTALL);
    private static final Pattern LINE_COMMENT = Pattern.compile("//[^\\n]*");
    private static final Pattern FEATURE_NAME = Pattern.compile("\\bid\\.suarawarga\\.([a-z]+)\\b");

    @Test
    void everyFeatureIsAPackageAndSharedIsNotOne() throws IOException {
        Set<String> packages = new TreeSet<>();
        try (Stream<Path> dirs = Files.list(DevSupport.projectDir().resolve("src/main/java/id/suarawarga"))) {
            dirs.filter(Files::isDirectory).forEach(d -> packages.add(d.getFileName().toString()));
        }
        assertTrue(packages.contains("shared"), "packages: " + packages);
        Set<String> expected = new TreeSet<>(FEATURES);
        expected.add("shared");
        assertEquals(expected, packages, "a new top-level package is a feature: add it to FEATURES");
    }

    @Test
    void sharedNamesNoFeature() throws IOException {
        Path root = DevSupport.projectDir().resolve("src/main/java");
        Map<String, Set<String>> found = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root.resolve("id/suarawarga/shared"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Set<String> features = features(Files.readString(f));
                if (!features.isEmpty()) {
                    found.put(root.relativize(f).toString().replace('\\', '/'), features);
                }
            }
        }
        assertEquals(new TreeMap<>(KNOWN), found, "shared naming a feature (file → features); declare what shared"
                + " needs as an interface in shared that the feature implements, or, if you removed a reach, shrink KNOWN");
    }

    @Test
    void theScannerSeesImportsAndQualifiedNamesButNotComments() {
        assertEquals(Set.of("catalogue", "identity"), features("""
                package id.suarawarga.shared.web;
                import id.suarawarga.identity.CurrentUser;
                import static id.suarawarga.shared.web.Formats.date;
                // id.suarawarga.forum.ForumMsg
                /** {@link id.suarawarga.appraisal.AppraisalMsg} */
                interface X { String region_type(id.suarawarga.catalogue.RegionType type); }
                """));
        assertEquals(Set.of("feedback"), features("import static id.suarawarga.feedback.skm.Period.of;"));
        assertEquals(Set.of(), features("String s = \"id.suarawarga.shared.web\";"));
    }

    /** The features a source names outside comments (imports, static imports, qualified names). */
    static Set<String> features(String source) {
        String code = LINE_COMMENT.matcher(BLOCK_COMMENT.matcher(source).replaceAll(" ")).replaceAll(" ");
        Set<String> out = new TreeSet<>();
        Matcher m = FEATURE_NAME.matcher(code);
        while (m.find()) {
            if (FEATURES.contains(m.group(1))) {
                out.add(m.group(1));
            }
        }
        return out;
    }
}
