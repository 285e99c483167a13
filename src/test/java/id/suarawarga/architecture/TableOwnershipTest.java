package id.suarawarga.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.suarawarga.devsupport.DevSupport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * Issue 14 point 3, ADR 0018: a feature's SQL names only its own tables; another feature's rows are reached
 * through that feature's contract (a service, a read API, {@code moderation/Reportable}). {@link #OWNERS} is the
 * one list of which feature owns which table; a new migration's table must be added to it.
 *
 * <p>{@link #KNOWN} lists the reaches that existed when the rule was made, per file. It may only shrink: a new
 * reach fails the build, and so does an entry that is no longer needed (delete it when you remove the reach).
 */
class TableOwnershipTest {

    /** Table → owning feature (the package under id.suarawarga; "shared" for the ground floor). */
    static final Map<String, String> OWNERS = Map.ofEntries(
            Map.entry("region", "catalogue"), Map.entry("unit", "catalogue"), Map.entry("public_service", "catalogue"),
            Map.entry("feedback", "feedback"), Map.entry("feedback_daily", "feedback"),
            Map.entry("feedback_response", "feedback"), Map.entry("feedback_rollup", "feedback"),
            Map.entry("questionnaire", "feedback"), Map.entry("questionnaire_element", "feedback"),
            Map.entry("improvement_plan", "feedback"), Map.entry("service_users", "feedback"),
            Map.entry("holiday", "feedback"),
            Map.entry("forum_category", "forum"), Map.entry("forum_post", "forum"), Map.entry("forum_post_edit", "forum"),
            Map.entry("forum_profile", "forum"), Map.entry("forum_reaction", "forum"), Map.entry("forum_thread", "forum"),
            Map.entry("moderation_report", "moderation"), Map.entry("moderation_sanction", "moderation"),
            Map.entry("banned_word", "moderation"),
            Map.entry("appraisal_access_log", "appraisal"), Map.entry("appraisal_exclusion", "appraisal"),
            Map.entry("appraisal_objection", "appraisal"), Map.entry("appraisal_period", "appraisal"),
            Map.entry("appraisal_run", "appraisal"), Map.entry("appraisal_score", "appraisal"),
            Map.entry("appraisal_snapshot", "appraisal"),
            Map.entry("staff_scope", "identity"), Map.entry("counter_settings", "counter"),
            Map.entry("paper_batch", "counter"), Map.entry("paper_sheet", "counter"),
            Map.entry("visit", "counter"), Map.entry("visit_batch", "counter"),
            Map.entry("kiosk", "counter"), Map.entry("kiosk_answer", "counter"),
            Map.entry("deleted_account", "privacy"), Map.entry("personal_data_access", "privacy"),
            Map.entry("idempotency_record", "shared"), Map.entry("audit_log", "shared"),
            Map.entry("rate_limit_counter", "shared"), Map.entry("notification", "notification"));

    /**
     * Reaches into another feature's tables that predate the rule (file under src/main/java → tables). Each is a
     * debt of issue 14 point 3 (privacy's export and erasure are a contributor per feature now, appraisal reads
     * through feedback's AnswersForAppraisal and the catalogue's finders), moderation asks the forum for move
     * targets (Reportable.moveTargets).
     */
    static final Map<String, Set<String>> KNOWN = Map.ofEntries(
            // The thread list and thread page name the badge's unit and the thread's region in their own one
            // statement (ThreadPageCostTest: at most 2 per page); an extra lookup would cost a round trip each.
            Map.entry("id/suarawarga/forum/ForumService.java", Set.of("region", "unit")));

    private static final Pattern TEXT_BLOCK = Pattern.compile("\"\"\"(.*?)\"\"\"", Pattern.DOTALL);
    private static final Pattern STRING = Pattern.compile("\"((?:[^\"\\\\\\n]|\\\\.)*)\"");
    private static final Pattern BLOCK_COMMENT = Pattern.compile("/\\*.*?\\*/", Pattern.DOTALL);
    private static final Pattern LINE_COMMENT = Pattern.compile("(?m)^\\s*//.*$");
    private static final Pattern SQL_TABLE = Pattern.compile(
            "(?i:\\bfrom|\\bjoin|\\binto|\\bupdate|\\btable|\\bexists)\\s+`?([a-z_]+)`?\\b");

    @Test
    void everyTableHasOneOwner() throws IOException {
        Set<String> created = new TreeSet<>();
        Set<String> dropped = new TreeSet<>();
        Pattern create = Pattern.compile("(?i)create\\s+table\\s+(?:if\\s+not\\s+exists\\s+)?`?([a-z_]+)");
        Pattern drop = Pattern.compile("(?i)drop\\s+table\\s+(?:if\\s+exists\\s+)?`?([a-z_]+)");
        try (Stream<Path> files = Files.list(DevSupport.projectDir().resolve("src/main/resources/db/migration"))) {
            for (Path f : files.toList()) {
                String sql = Files.readString(f);
                Matcher m = create.matcher(sql);
                while (m.find()) {
                    created.add(m.group(1));
                }
                Matcher d = drop.matcher(sql);
                while (d.find()) {
                    dropped.add(d.group(1));
                }
            }
        }
        // A table a later migration drops (officer_unit, moderator_region → staff_scope) has no owner any more.
        created.removeAll(dropped);
        assertTrue(created.size() > 30, "migrations read: " + created);
        assertEquals(created, new TreeSet<>(OWNERS.keySet()), "every migrated table has exactly one owner in OWNERS");
    }

    @Test
    void aFeaturesSqlNamesOnlyItsOwnTables() throws IOException {
        Path root = DevSupport.projectDir().resolve("src/main/java");
        Map<String, Set<String>> found = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String rel = root.relativize(f).toString().replace('\\', '/');
                String feature = rel.split("/")[2];
                Set<String> foreign = new TreeSet<>();
                for (String table : tables(Files.readString(f))) {
                    String owner = OWNERS.get(table);
                    if (owner != null && !owner.equals(feature)) {
                        foreign.add(table);
                    }
                }
                if (!foreign.isEmpty()) {
                    found.put(rel, foreign);
                }
            }
        }
        Map<String, Set<String>> known = new TreeMap<>();
        KNOWN.forEach((file, tables) -> {
            if (!tables.isEmpty()) {
                known.put(file, new TreeSet<>(tables));
            }
        });
        assertEquals(known, found, "SQL naming another feature's tables (file → tables); reach them through the"
                + " owner's contract, or, if you removed a reach, shrink KNOWN");
    }

    @Test
    void theScannerSeesTablesInStringsAndTextBlocksButNotInComments() {
        assertEquals(Set.of("forum_post", "unit"), tables("""
                // SELECT 1 FROM region
                /** joins feedback */
                String a = "SELECT p.id FROM forum_post p JOIN `unit` u ON u.id = p.unit_id";
                """));
        assertEquals(Set.of("notification", "audit_log"), tables("String b = \"\"\"\n  DELETE FROM notification;"
                + " INSERT INTO audit_log (x) VALUES (1)\n\"\"\";"));
        assertEquals(Set.of(), tables("String c = \"feedback from unit holders\";".replace("from", "of")));
    }

    /** Tables named after FROM/JOIN/INTO/UPDATE/TABLE in the string literals of a source (comments ignored). */
    static Set<String> tables(String source) {
        String code = LINE_COMMENT.matcher(BLOCK_COMMENT.matcher(source).replaceAll(" ")).replaceAll(" ");
        Set<String> out = new TreeSet<>();
        List<Pattern> literals = List.of(TEXT_BLOCK, STRING);
        String rest = code;
        for (Pattern literal : literals) {
            Matcher m = literal.matcher(rest);
            StringBuilder remaining = new StringBuilder();
            while (m.find()) {
                Matcher t = SQL_TABLE.matcher(m.group(1));
                while (t.find()) {
                    out.add(t.group(1));
                }
                m.appendReplacement(remaining, " ");
            }
            m.appendTail(remaining);
            rest = remaining.toString();
        }
        return out;
    }
}
