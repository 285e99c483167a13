package id.suarawarga.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import id.suarawarga.devsupport.DevSupport;
import io.quarkus.test.junit.QuarkusTest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import org.eclipse.microprofile.config.ConfigProvider;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

/**
 * V10's legacy path (issue 15), on the real MariaDB: a database of its own is migrated to V9, given the periods a
 * portal of two regencies had before periods belonged to a regency, then migrated to the latest version. A period
 * whose current run counted answers in one regency only belongs to it (a unit of the other regency without answers
 * does not count); one whose run counted answers of both, and one never computed, stay portal-wide (NULL, the
 * operator's only).
 */
@QuarkusTest
class AppraisalPeriodRegionMigrationTest {

    @Test
    void legacyPeriodsGetTheRegionOfTheirRunsAnswersOrStayPortalWide() throws Exception {
        String[] db = ConfigProvider.getConfig().getValue("suarawarga.test.db", String.class).split("\\|", -1);
        String user = db[3];
        String password = db[4];
        String server = "jdbc:mysql://" + db[0] + ":" + db[1] + "/";
        String params = "?characterEncoding=UTF-8&connectionCollation=utf8mb4_unicode_ci";
        String schema = db[2] + "_v10";
        admin(server + params, user, password, "DROP DATABASE IF EXISTS `" + schema + "`",
                "CREATE DATABASE `" + schema + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        String url = server + schema + params;
        try {
            Flyway flyway = flyway(url, user, password, "9");
            flyway.migrate();
            assertEquals("9", flyway.info().current().getVersion().getVersion(), "stopped before V10");

            long oneRegion;
            long twoRegions;
            long neverComputed;
            long kepahiang;
            try (Connection c = DriverManager.getConnection(url, user, password)) {
                kepahiang = insert(c, "INSERT INTO region (code, name, type, province) VALUES ('M1708', 'Kabupaten A', 'KABUPATEN', 'Bengkulu')");
                long mamuju = insert(c, "INSERT INTO region (code, name, type, province) VALUES ('M7602', 'Kabupaten B', 'KABUPATEN', 'Sulawesi Barat')");
                long a1 = unit(c, "M1708-DUKCAPIL", kepahiang);
                long a2 = unit(c, "M1708-DPMPTSP", kepahiang);
                long b1 = unit(c, "M7602-DUKCAPIL", mamuju);

                oneRegion = period(c, "2024-Q1");
                run(c, oneRegion, new long[][] {{a1, kepahiang, 12}, {a2, kepahiang, 3}, {b1, mamuju, 0}});
                twoRegions = period(c, "2024-Q2");
                run(c, twoRegions, new long[][] {{a1, kepahiang, 7}, {b1, mamuju, 2}});
                neverComputed = period(c, "2024-Q3");
            }

            flyway(url, user, password, "latest").migrate();

            try (Connection c = DriverManager.getConnection(url, user, password)) {
                assertEquals(Long.valueOf(kepahiang), regionOf(c, oneRegion), "all answers in one regency: that regency's period");
                assertNull(regionOf(c, twoRegions), "answers of two regencies: portal-wide");
                assertNull(regionOf(c, neverComputed), "never computed on a portal of two regencies: portal-wide");
            }
        } finally {
            admin(server + params, user, password, "DROP DATABASE IF EXISTS `" + schema + "`");
        }
    }

    private static Flyway flyway(String url, String user, String password, String target) {
        return Flyway.configure().dataSource(url, user, password)
                .locations("filesystem:" + DevSupport.projectDir().resolve("src/main/resources/db/migration"))
                .target(target).load();
    }

    private static long unit(Connection c, String code, long region) throws Exception {
        return insert(c, "INSERT INTO unit (code, name, type, region_id) VALUES ('" + code + "', 'Unit " + code + "', 'DINAS', "
                + region + ")");
    }

    private static long period(Connection c, String code) throws Exception {
        return insert(c, "INSERT INTO appraisal_period (code, kind, starts_on, ends_before, status, min_respondents,"
                + " prior_weight, review_working_days, created_by) VALUES ('" + code + "', 'QUARTER', '2024-01-01',"
                + " '2024-04-01', 'OPEN', 30, 20, 10, 'hr1')");
    }

    /** A computed run of the period, made its current one: per unit {unit id, region id, answers counted}. */
    private static void run(Connection c, long period, long[][] scores) throws Exception {
        long run = insert(c, "INSERT INTO appraisal_run (period_id, code_version, parameters, answers_total, answers_excluded,"
                + " computed_by, canonical, sha256) VALUES (" + period + ", 'v1', '{}', 0, 0, 'hr1', '', REPEAT('0', 64))");
        try (PreparedStatement s = c.prepareStatement("""
                INSERT INTO appraisal_score (run_id, unit_id, region_id, answers, excluded, respondents, ratings,
                  representative, sufficient, staff_n, staff_sufficient) VALUES (?, ?, ?, ?, 0, ?, 0, FALSE, FALSE, 0, FALSE)""")) {
            for (long[] score : scores) {
                s.setLong(1, run);
                s.setLong(2, score[0]);
                s.setLong(3, score[1]);
                s.setLong(4, score[2]);
                s.setLong(5, score[2]);
                s.executeUpdate();
            }
        }
        try (Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE appraisal_period SET current_run_id = " + run + ", status = 'IN_REVIEW' WHERE id = " + period);
        }
    }

    private static Long regionOf(Connection c, long period) throws Exception {
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT region_id FROM appraisal_period WHERE id = " + period)) {
            rs.next();
            long v = rs.getLong(1);
            return rs.wasNull() ? null : v;
        }
    }

    private static long insert(Connection c, String sql) throws Exception {
        try (Statement s = c.createStatement()) {
            s.executeUpdate(sql, Statement.RETURN_GENERATED_KEYS);
            try (ResultSet keys = s.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    private static void admin(String url, String user, String password, String... sql) throws Exception {
        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
            for (String q : sql) {
                s.execute(q);
            }
        }
    }
}
