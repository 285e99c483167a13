package id.suarawarga.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;

import id.suarawarga.devsupport.DevSupport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Issue 14 point 4: features depend on each other in one direction only, so each can be read (and changed) with
 * what it uses below it. The graph is read from the sources (imports and fully qualified names of
 * {@code id.suarawarga.<feature>.}); {@code shared} is the ground floor and is checked by SharedGroundFloorTest.
 * A cycle (e.g. identity → catalogue → identity, which {@code Roles} moving to {@code shared.security} broke) fails.
 */
class FeatureDependenciesTest {

    private static final Path BASE = DevSupport.projectDir().resolve("src/main/java/id/suarawarga");
    private static final Pattern NAME = Pattern.compile("id\\.suarawarga\\.([a-z]+)\\.");

    @Test
    void noTwoFeaturesDependOnEachOther() throws IOException {
        Map<String, Set<String>> uses = graph();
        assertEquals(List.of(), cycles(uses), "feature dependency cycles; the graph is " + uses);
    }

    @Test
    void aCycleIsFound() {
        Map<String, Set<String>> g = Map.of("a", Set.of("b"), "b", Set.of("c"), "c", Set.of("a"), "d", Set.of("a"));
        assertEquals(List.of("a → b → c → a"), cycles(g));
        assertEquals(List.of(), cycles(Map.of("a", Set.of("b"), "b", Set.of())));
    }

    static Map<String, Set<String>> graph() throws IOException {
        Map<String, Set<String>> uses = new TreeMap<>();
        try (Stream<Path> files = Files.walk(BASE)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                Path rel = BASE.relativize(f);
                if (rel.getNameCount() < 2) {
                    continue; // the application class at the top
                }
                String feature = rel.getName(0).toString();
                Set<String> to = uses.computeIfAbsent(feature, k -> new TreeSet<>());
                Matcher m = NAME.matcher(Files.readString(f));
                while (m.find()) {
                    if (!m.group(1).equals(feature) && !m.group(1).equals("shared")) {
                        to.add(m.group(1));
                    }
                }
            }
        }
        uses.remove("shared");
        return uses;
    }

    /** Each cycle once, from its smallest name: "a → b → a". */
    static List<String> cycles(Map<String, Set<String>> g) {
        Set<String> found = new TreeSet<>();
        for (String start : new TreeSet<>(g.keySet())) {
            walk(g, start, new ArrayList<>(List.of(start)), found);
        }
        return new ArrayList<>(found);
    }

    private static void walk(Map<String, Set<String>> g, String start, List<String> path, Set<String> found) {
        for (String next : g.getOrDefault(path.get(path.size() - 1), Set.of())) {
            if (next.equals(start) && path.stream().allMatch(n -> n.compareTo(start) >= 0)) {
                found.add(String.join(" → ", path) + " → " + start);
            } else if (!path.contains(next)) {
                path.add(next);
                walk(g, start, path, found);
                path.remove(path.size() - 1);
            }
        }
    }
}
