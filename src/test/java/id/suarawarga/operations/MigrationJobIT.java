package id.suarawarga.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import id.suarawarga.devsupport.DatabaseServer;
import id.suarawarga.devsupport.DevSupport;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * "Flyway once per rollout", run for real: the packaged jar started with the environment that the rendered production
 * overlay gives the migration Job migrates a fresh schema and exits 0 without serving, and a second run changes
 * nothing (re-applying the Job is harmless); started with the Deployment's environment it serves on the migrated
 * schema without migrating, and refuses to start on an unmigrated one (Hibernate validates the schema), so a replica
 * can never run ahead of its migration. Secret values and in-cluster addresses are replaced by local ones; every
 * literal setting (the Job's and Deployment's env, JAVA_OPTS as JDK_JAVA_OPTIONS) is taken from the manifests.
 */
class MigrationJobIT {

    static DatabaseServer database;
    static JsonNode job;
    static JsonNode deployment;
    static String emptySchema;
    static final List<Process> started = new ArrayList<>();

    @BeforeAll
    static void start() throws Exception {
        List<JsonNode> docs = KubeTools.documents(KubeTools.kustomize(KubernetesManifestsTest.PRODUCTION));
        job = docs.stream().filter(d -> d.path("kind").asText().equals("Job")).findFirst().orElseThrow();
        deployment = docs.stream().filter(d -> d.path("kind").asText().equals("Deployment")).findFirst().orElseThrow();
        database = DatabaseServer.forTests();
        emptySchema = database.database() + "_unmigrated";
        admin("DROP DATABASE IF EXISTS `" + emptySchema + "`",
                "CREATE DATABASE `" + emptySchema + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
    }

    @AfterAll
    static void stop() throws Exception {
        for (Process p : started) {
            p.destroy();
            p.waitFor();
        }
        if (database != null) {
            admin("DROP DATABASE IF EXISTS `" + emptySchema + "`");
            database.stop();
        }
    }

    @Test
    void theJobMigratesOnceAndTheReplicasOnlyServe() throws Exception {
        long migrations;
        try (Stream<Path> files = Files.list(DevSupport.projectDir().resolve("src/main/resources/db/migration"))) {
            migrations = files.filter(f -> f.getFileName().toString().matches("V.*__.*\\.sql")).count();
        }
        assertTrue(migrations > 0);
        assertEquals(0, history(database.database()), "fresh schema");

        Path logs = DevSupport.projectDir().resolve("target/migration-job-it");
        Files.createDirectories(logs);
        Process first = launch(job, database.database(), logs.resolve("job-1.log"));
        assertEquals(0, exitWithin(first, 180), "the migration Job's run exits 0 (log: " + logs + "/job-1.log)");
        assertEquals(migrations, history(database.database()), "every migration applied");
        assertEquals(0, failed(database.database()));

        Process again = launch(job, database.database(), logs.resolve("job-2.log"));
        assertEquals(0, exitWithin(again, 180), "a second run of the Job exits 0");
        assertEquals(migrations, history(database.database()), "a second run applies nothing");

        int port = DevSupport.freePort();
        Process replica = launch(deployment, database.database(), logs.resolve("replica.log"), port);
        assertTrue(readyWithin(replica, port, 120), "a replica serves on the migrated schema (log: replica.log)");
        assertEquals(migrations, history(database.database()), "the replica did not migrate");
        replica.destroy();
        replica.waitFor();

        Process early = launch(deployment, emptySchema, logs.resolve("replica-unmigrated.log"), DevSupport.freePort());
        int exit = exitWithin(early, 180);
        assertTrue(exit != 0, "a replica on an unmigrated schema must fail its start, exit " + exit);
        assertEquals(0, tables(emptySchema), "and must not have created anything");
    }

    // ---------------------------------------------------------------------------------------------------------

    static Process launch(JsonNode workload, String schema, Path log) throws IOException {
        return launch(workload, schema, log, DevSupport.freePort());
    }

    /** The packaged jar with the workload's literal env; Secret and ConfigMap values replaced by local ones. */
    static Process launch(JsonNode workload, String schema, Path log, int port) throws IOException {
        JsonNode container = workload.path("spec").path("template").path("spec").path("containers").path(0);
        Map<String, String> env = new HashMap<>();
        for (JsonNode e : container.path("env")) {
            String name = e.path("name").asText();
            if (e.has("value")) {
                env.put(name, e.path("value").asText());
            } else if (e.path("valueFrom").has("secretKeyRef")) {
                env.put(name, switch (name) {
                    case "QUARKUS_DATASOURCE_USERNAME" -> database.username();
                    case "QUARKUS_DATASOURCE_PASSWORD" -> database.password();
                    case "SUARAWARGA_OIDC_WEB_SECRET" -> "local-check-web-secret";
                    case "SUARAWARGA_OIDC_STATE_SECRET" -> "local-check-state-secret-at-least-32-chars";
                    case "SUARAWARGA_KEYCLOAK_ADMIN_SECRET" -> "local-check-admin-secret";
                    default -> throw new IllegalStateException("unknown secret env " + name);
                });
            }
        }
        // The image's entrypoint passes JAVA_OPTS to the JVM; the plain launcher reads JDK_JAVA_OPTIONS.
        String javaOpts = env.remove("JAVA_OPTS");
        assertTrue(javaOpts != null && !javaOpts.isBlank(), "JAVA_OPTS in " + workload.path("metadata").path("name"));
        env.put("JDK_JAVA_OPTIONS", javaOpts);
        // ConfigMap (envFrom) values: this machine's database, an unreachable Keycloak (not needed to migrate or
        // to serve public pages), loopback only.
        env.put("QUARKUS_DATASOURCE_JDBC_URL", "jdbc:mysql://" + database.host() + ":" + database.port() + "/" + schema
                + "?characterEncoding=UTF-8");
        env.put("SUARAWARGA_OIDC_REALM_URL", "http://127.0.0.1:" + DevSupport.freePort() + "/realms/suarawarga");
        env.put("SUARAWARGA_OIDC_ORIGIN", "http://127.0.0.1:1");
        env.put("SUARAWARGA_PUBLIC_BASE_URL", "http://127.0.0.1:" + port);
        env.put("QUARKUS_HTTP_HOST", "127.0.0.1");
        env.put("QUARKUS_HTTP_PORT", String.valueOf(port));

        String jar = System.getProperty("suarawarga.app.jar",
                DevSupport.projectDir().resolve("target/quarkus-app/quarkus-run.jar").toString());
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar).redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().keySet().removeIf(k -> k.startsWith("QUARKUS_") || k.startsWith("SUARAWARGA_"));
        pb.environment().putAll(env);
        Process p = pb.start();
        started.add(p);
        return p;
    }

    static int exitWithin(Process p, int seconds) throws InterruptedException {
        if (!p.waitFor(seconds, java.util.concurrent.TimeUnit.SECONDS)) {
            p.destroyForcibly();
            fail("still running after " + seconds + " s");
        }
        return p.exitValue();
    }

    static boolean readyWithin(Process p, int port, int seconds) throws InterruptedException {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        Instant deadline = Instant.now().plusSeconds(seconds);
        while (Instant.now().isBefore(deadline) && p.isAlive()) {
            try {
                HttpResponse<String> r = http.send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/q/health/ready")).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (r.statusCode() == 200) {
                    return true;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        return false;
    }

    static long history(String schema) throws Exception {
        return count("SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = '" + schema
                + "' AND table_name = 'flyway_schema_history'") == 0 ? 0
                : count("SELECT COUNT(*) FROM `" + schema + "`.flyway_schema_history WHERE version IS NOT NULL");
    }

    static long failed(String schema) throws Exception {
        return count("SELECT COUNT(*) FROM `" + schema + "`.flyway_schema_history WHERE success = 0");
    }

    static long tables(String schema) throws Exception {
        return count("SELECT COUNT(*) FROM information_schema.tables WHERE table_schema = '" + schema + "'");
    }

    static long count(String sql) throws Exception {
        try (Connection c = connect(); Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static void admin(String... statements) throws Exception {
        try (Connection c = connect(); Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
        }
    }

    static Connection connect() throws Exception {
        return DriverManager.getConnection("jdbc:mysql://" + database.host() + ":" + database.port() + "/",
                database.username(), database.password());
    }
}
