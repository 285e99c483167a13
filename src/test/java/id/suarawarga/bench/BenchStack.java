package id.suarawarga.bench;

import id.suarawarga.devsupport.AppProcess;
import id.suarawarga.devsupport.DatabaseServer;
import id.suarawarga.devsupport.DevSupport;
import id.suarawarga.devsupport.KeycloakServer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;

/**
 * What every benchmark runs against, started one way: the database ({@link DatabaseServer#forTests}), a fresh
 * Keycloak from its distribution, and the production jar in its own JVM ({@link AppProcess}), with their files
 * under {@code target/<name>/}. {@link #main} is the benchmarks' one entry point: it prints the machine, runs the
 * body, stops everything and exits (the HTTP clients' executor threads would keep the JVM alive).
 */
final class BenchStack implements AutoCloseable {

    /** A benchmark's body. */
    interface Body {
        void run() throws Exception;
    }

    final Path work;
    final DatabaseServer db;
    final KeycloakServer kc;
    final AppProcess app;

    private BenchStack(Path work, DatabaseServer db, KeycloakServer kc, AppProcess app) {
        this.work = work;
        this.db = db;
        this.kc = kc;
        this.app = app;
    }

    /** Runs {@code body}, then exits 0, or 1 with the stack trace when it failed. */
    static void main(String title, Body body) {
        try {
            System.out.println(title);
            System.out.printf("machine: %d cores, java %s%n", Runtime.getRuntime().availableProcessors(),
                    System.getProperty("java.version"));
            body.run();
        } catch (Throwable e) {
            e.printStackTrace();
            System.exit(1);
        }
        System.exit(0);
    }

    /** Starts the three processes for the benchmark {@code name}; {@code appArgs} go to the app's JVM. */
    static BenchStack start(String name, String... appArgs) throws Exception {
        Path project = DevSupport.projectDir();
        Path work = project.resolve("target/" + name);
        Files.createDirectories(work);
        DatabaseServer db = DatabaseServer.forTests();
        Path kcDir = work.resolve("keycloak");
        deleteTree(kcDir);
        Files.createDirectories(kcDir);
        KeycloakServer kc = KeycloakServer.start(kcDir, DevSupport.freePort(),
                project.resolve("src/main/keycloak/suarawarga-realm.json"));
        AppProcess app = AppProcess.start(db, kc.realmUrl(), work.resolve("app.log"), appArgs);
        return new BenchStack(work, db, kc, app);
    }

    /** The app's resident memory now, in KB (-1 when /proc cannot tell). */
    long appRssKb() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/" + app.pid() + "/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", ""));
                }
            }
        } catch (Exception e) {
            return -1;
        }
        return -1;
    }

    @Override
    public void close() throws Exception {
        try {
            app.close();
        } finally {
            try {
                kc.stop();
            } finally {
                db.stop();
            }
        }
    }

    private static void deleteTree(Path dir) throws Exception {
        if (Files.exists(dir)) {
            try (var paths = Files.walk(dir)) {
                paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
