package id.suarawarga.devsupport;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * The real Keycloak distribution ({@code bin/keycloak-dist}) in dev mode, with realm {@code suarawarga} imported.
 *
 * <p>Several servers may share one unpacked distribution: each keeps its H2 database and transaction log in its
 * own data dir, and the management interface (unused here: health and metrics are off) is moved off port 9000.
 */
public final class KeycloakServer {

    // java.util.logging: Quarkus tests route it to their log, a plain java main prints it to stderr.
    private static final Logger LOG = Logger.getLogger(KeycloakServer.class.getName());

    public static final String REALM = "suarawarga";
    /** How long a start (and the wait for another JVM's start) may take; SW_KEYCLOAK_START_SECONDS on a busy machine. */
    private static final Duration START_TIMEOUT = Duration.ofSeconds(
            Long.parseLong(DevSupport.env("SW_KEYCLOAK_START_SECONDS", "180")));
    private static final Duration LOCK_TIMEOUT = Duration.ofSeconds(600);

    private final Process process;
    private final int httpPort;
    private final Path log;
    private final Thread shutdownHook;

    private KeycloakServer(Process process, int httpPort, Path log) {
        this.process = process;
        this.httpPort = httpPort;
        this.log = log;
        // A JVM that exits without calling stop() (Ctrl-C, System.exit) must not leave Keycloak running.
        this.shutdownHook = new Thread(this::destroyTree, "keycloak-" + httpPort + "-stopper");
        try {
            Runtime.getRuntime().addShutdownHook(shutdownHook);
        } catch (IllegalStateException jvmShuttingDown) {
            destroyTree();
            throw jvmShuttingDown;
        }
    }

    /**
     * Starts Keycloak on 127.0.0.1:{@code httpPort} with its H2 database in {@code dataDir} (kept: an existing
     * realm is not imported again) and waits until the realm answers.
     */
    public static synchronized KeycloakServer start(Path dataDir, int httpPort, Path realmFile) {
        if (DevSupport.isListening("127.0.0.1", httpPort)) {
            throw new IllegalStateException("Port " + httpPort + " is already in use; Keycloak cannot start there");
        }
        try {
            Path dataDirectory = dataDir.toAbsolutePath().normalize();
            Files.createDirectories(dataDirectory);
            Path dist = distribution();
            Path log = dataDirectory.resolve("keycloak.log");
            // The shared dist is written at start: its dev-mode build (first start only) and data/import, read
            // while the realm is imported. Starts from several JVMs therefore take turns until each is up.
            try (FileChannel lockFile = FileChannel.open(dist.resolveSibling(dist.getFileName() + ".start.lock"),
                    StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                    FileLock ignored = lock(lockFile)) {
                long started = System.nanoTime();
                Path importDir = Files.createDirectories(dist.resolve("data/import"));
                Files.copy(realmFile, importDir.resolve(REALM + "-realm.json"), StandardCopyOption.REPLACE_EXISTING);

                List<String> command = List.of(
                        dist.resolve("bin/kc.sh").toString(),
                        "-Dquarkus.transaction-manager.object-store.directory=" + dataDirectory.resolve("transaction-logs"),
                        "start-dev",
                        "--http-host=127.0.0.1",
                        "--http-port=" + httpPort,
                        "--http-management-port=" + DevSupport.freePort(),
                        "--db=dev-file",
                        "--db-url=jdbc:h2:file:" + dataDirectory.resolve("h2/keycloakdb") + ";NON_KEYWORDS=VALUE",
                        "--import-realm");
                ProcessBuilder builder = new ProcessBuilder(command)
                        .directory(dataDirectory.toFile())
                        .redirectErrorStream(true)
                        .redirectOutput(log.toFile())
                        .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
                builder.environment().put("KC_BOOTSTRAP_ADMIN_USERNAME", "admin"); // master realm admin: demo only
                builder.environment().put("KC_BOOTSTRAP_ADMIN_PASSWORD", "admin");
                KeycloakServer server = new KeycloakServer(builder.start(), httpPort, log);
                try {
                    server.awaitReady(started);
                } catch (RuntimeException e) {
                    server.stop();
                    throw e;
                }
                LOG.log(Level.INFO, "Keycloak ready at {0} after {1,number,#} ms (log {2})", new Object[] {
                    server.baseUrl(), Duration.ofNanos(System.nanoTime() - started).toMillis(), log});
                return server;
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + httpPort;
    }

    public String realmUrl() {
        return baseUrl() + "/realms/" + REALM;
    }

    public int port() {
        return httpPort;
    }

    public Path log() {
        return log;
    }

    /** Stops Keycloak (kc.sh and every process below it) and waits until they are gone. */
    public void stop() {
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException alreadyShuttingDown) {
            // the hook runs anyway
        }
        destroyTree();
    }

    private void destroyTree() {
        List<ProcessHandle> tree = new ArrayList<>();
        tree.add(process.toHandle());
        process.descendants().forEach(tree::add);
        tree.forEach(ProcessHandle::destroy);
        for (ProcessHandle p : tree) {
            try {
                p.onExit().get(30, TimeUnit.SECONDS);
            } catch (TimeoutException e) {
                p.destroyForcibly();
            } catch (Exception e) {
                p.destroyForcibly();
            }
        }
    }

    private void awaitReady(long startedNanos) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create(realmUrl() + "/.well-known/openid-configuration"))
                .timeout(Duration.ofSeconds(5)).build();
        long deadline = startedNanos + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Keycloak exited with code " + process.exitValue() + ". Log "
                        + log + ":\n" + logTail());
            }
            try {
                if (http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for Keycloak", e);
            }
            sleep(Duration.ofMillis(500));
        }
        throw new IllegalStateException("Keycloak did not answer within " + START_TIMEOUT.toSeconds() + " s. Log "
                + log + ":\n" + logTail());
    }

    private String logTail() {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return lines.subList(Math.max(0, lines.size() - 40), lines.size()).stream().collect(Collectors.joining("\n"));
        } catch (IOException | UncheckedIOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    /** The unpacked distribution, from {@code bin/keycloak-dist} (which downloads and unpacks it if needed). */
    static Path distribution() throws IOException {
        Path script = DevSupport.projectDir().resolve("bin/keycloak-dist");
        Process process = new ProcessBuilder(script.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT)
                .start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        try {
            if (process.waitFor() != 0 || out.isEmpty()) {
                throw new IllegalStateException(script + " failed (exit " + process.exitValue() + ")");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while preparing Keycloak", e);
        }
        return Path.of(out);
    }

    private static FileLock lock(FileChannel channel) throws IOException {
        // Several test runs on one small machine queue here, each start taking minutes under load: wait for
        // the queue, longer than for one start.
        long deadline = System.nanoTime() + LOCK_TIMEOUT.toNanos();
        boolean told = false;
        while (true) {
            FileLock lock = channel.tryLock();
            if (lock != null) {
                return lock;
            }
            if (!told) {
                LOG.log(Level.INFO, "Another Keycloak is starting from the same distribution; waiting for it");
                told = true;
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Another Keycloak start held the distribution lock for over "
                        + LOCK_TIMEOUT.toSeconds() + " s");
            }
            sleep(Duration.ofMillis(500));
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        }
    }
}
