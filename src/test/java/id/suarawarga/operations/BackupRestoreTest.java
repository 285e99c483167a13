package id.suarawarga.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import id.suarawarga.devsupport.DevSupport;
import id.suarawarga.feedback.FeedbackTestAccess;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * The backup procedure of docs/operations.md, run as an operator would: {@code bin/db-backup} dumps the live test
 * database, {@code bin/db-restore} loads the dump into a fresh schema, and every table is found again with the
 * same rows (count and {@code CHECKSUM TABLE}), 4-byte characters included.
 */
@QuarkusTest
class BackupRestoreTest {

    @Test
    void aDumpRestoredIntoAFreshSchemaHasEveryRow() throws Exception {
        String[] db = ConfigProvider.getConfig().getValue("suarawarga.test.db", String.class).split("\\|", -1);
        String host = db[0];
        String port = db[1];
        String name = db[2];
        String user = db[3];
        String password = db[4];
        String toolDir = db[5];
        String restored = name + "_restored";
        // A citizen's comment with an emoji and Indonesian text: utf8mb4 must survive the round trip.
        String comment = "Pelayanan cepat 👍 — terima kasih, Bu Siti";
        long id = FeedbackTestAccess.rateWithComment("warga2", "7602", "7602-DIKBUD", comment);

        Path work = DevSupport.projectDir().resolve("target/backup-test");
        Files.createDirectories(work);
        Path dump = work.resolve("suarawarga.sql.gz");
        Files.deleteIfExists(dump);
        String admin = "jdbc:mysql://" + host + ":" + port + "/?characterEncoding=UTF-8";
        try (Connection c = DriverManager.getConnection(admin, user, password); Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS `" + restored + "`");
        }

        Map<String, String> env = Map.of("SW_DB_HOST", host, "SW_DB_PORT", port, "SW_DB_USER", user,
                "SW_DB_PASSWORD", password, "SW_DB_NAME", name, "SW_DB_BIN", toolDir);
        Map<String, String> before;
        Map<String, String> after;
        // The app's jobs may write while the dump runs: compare against a source that did not move meanwhile.
        int attempts = 0;
        do {
            before = fingerprint(admin, user, password, name);
            run(env, work, "bin/db-backup", dump.toString());
            after = fingerprint(admin, user, password, name);
        } while (!before.equals(after) && ++attempts < 3);
        assertEquals(before, after, "the source kept changing during three dumps");
        run(env, work, "bin/db-restore", dump.toString(), restored);

        try {
            Map<String, String> copy = fingerprint(admin, user, password, restored);
            assertEquals(before.keySet(), copy.keySet(), "same tables");
            assertEquals(before, copy, "same rows in every table (count and checksum)");
            assertTrue(Long.parseLong(before.get("feedback").split(" ")[0]) > 0);
            assertTrue(Long.parseLong(before.get("flyway_schema_history").split(" ")[0]) > 0,
                    "the migration history comes along, so the app starts on the restored schema as is");
            try (Connection c = DriverManager.getConnection(admin, user, password); Statement s = c.createStatement();
                    ResultSet rs = s.executeQuery("SELECT comment FROM `" + restored + "`.feedback WHERE id = " + id)) {
                assertTrue(rs.next());
                assertEquals(comment, rs.getString(1));
            }
            // A restore never lands on a schema that has tables.
            Process again = process(env, work, "bin/db-restore", dump.toString(), restored);
            assertEquals(1, again.exitValue(), "restoring over existing tables is refused");
        } finally {
            try (Connection c = DriverManager.getConnection(admin, user, password); Statement s = c.createStatement()) {
                s.execute("DROP DATABASE IF EXISTS `" + restored + "`");
            }
        }
    }

    /** Per base table: "rows checksum". */
    private static Map<String, String> fingerprint(String url, String user, String password, String schema)
            throws Exception {
        Map<String, String> result = new TreeMap<>();
        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT table_name FROM information_schema.tables WHERE table_schema = '"
                    + schema + "' AND table_type = 'BASE TABLE'")) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
            for (String t : tables) {
                String q = "`" + schema + "`.`" + t + "`";
                long rows;
                try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + q)) {
                    rs.next();
                    rows = rs.getLong(1);
                }
                // Over the stored columns only: CHECKSUM TABLE also reads virtual generated columns (V7's
                // feedback.comment_public), whose bytes differ after a restore though every value is the same.
                List<String> columns = new ArrayList<>();
                try (ResultSet rs = s.executeQuery("SELECT column_name FROM information_schema.columns WHERE table_schema = '"
                        + schema + "' AND table_name = '" + t + "' AND extra NOT LIKE '%GENERATED%' ORDER BY ordinal_position")) {
                    while (rs.next()) {
                        columns.add("IFNULL(HEX(`" + rs.getString(1) + "`), '~')");
                    }
                }
                try (ResultSet rs = s.executeQuery("SELECT COALESCE(SUM(CRC32(CONCAT_WS('|', " + String.join(", ", columns)
                        + "))), 0) FROM " + q)) {
                    rs.next();
                    result.put(t, rows + " " + rs.getString(1));
                }
            }
        }
        return result;
    }

    private static void run(Map<String, String> env, Path work, String... command) throws Exception {
        Process p = process(env, work, command);
        assertEquals(0, p.exitValue(), String.join(" ", command) + " failed, see " + work.resolve("tool.log") + ": "
                + Files.readString(work.resolve("tool.log")));
    }

    private static Process process(Map<String, String> env, Path work, String... command) throws Exception {
        List<String> cmd = new ArrayList<>(List.of(command));
        cmd.set(0, DevSupport.projectDir().resolve(command[0]).toString());
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(DevSupport.projectDir().toFile())
                .redirectErrorStream(true).redirectOutput(work.resolve("tool.log").toFile());
        pb.environment().putAll(env);
        Process p = pb.start();
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), String.join(" ", command) + " did not finish in 2 minutes");
        return p;
    }
}
