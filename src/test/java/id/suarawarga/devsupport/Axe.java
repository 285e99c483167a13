package id.suarawarga.devsupport;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * axe-core (Deque's accessibility engine, the npm package's {@code axe.min.js}) run inside the page Chromium
 * shows. One line per page in a browser test: {@code Axe.assertNoSeriousViolations(chrome, "survey")}. Serious
 * and critical findings fail the test; moderate and minor ones are printed for a person to weigh.
 */
public final class Axe {

    private static String source;

    private Axe() {
    }

    /** Runs axe on the current page (WCAG 2.0–2.2 A and AA rules) and fails on any serious or critical violation. */
    @SuppressWarnings("unchecked")
    public static List<Map<String, Object>> assertNoSeriousViolations(Chrome chrome, String page) {
        chrome.script(source());
        Object result = chrome.driver().executeAsyncScript("var done = arguments[arguments.length - 1];"
                + "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa',"
                + " 'wcag22aa', 'best-practice']}, resultTypes: ['violations']})"
                + ".then(function (r) { done(r.violations.map(function (v) { return {id: v.id, impact: v.impact,"
                + " help: v.help, nodes: v.nodes.slice(0, 5).map(function (n) { return n.target.join(' ') + ' — '"
                + " + (n.failureSummary || ''); })}; })); })"
                + ".catch(function (e) { done('axe failed: ' + e); });");
        if (!(result instanceof List)) {
            throw new IllegalStateException(String.valueOf(result));
        }
        List<Map<String, Object>> violations = (List<Map<String, Object>>) result;
        List<String> serious = new ArrayList<>();
        for (Map<String, Object> v : violations) {
            String line = page + ": [" + v.get("impact") + "] " + v.get("id") + " — " + v.get("help") + " " + v.get("nodes");
            if ("serious".equals(v.get("impact")) || "critical".equals(v.get("impact"))) {
                serious.add(line);
            } else {
                System.out.println("axe (not failing): " + line);
            }
        }
        if (!serious.isEmpty()) {
            fail("axe-core found serious or critical violations:\n" + String.join("\n", serious));
        }
        return violations;
    }

    private static synchronized String source() {
        if (source == null) {
            try (InputStream in = Axe.class.getClassLoader().getResourceAsStream("axe.min.js")) {
                if (in == null) {
                    throw new IllegalStateException("axe.min.js not on the test class path (com.deque.html.axe-core)");
                }
                source = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return source;
    }
}
