package id.suarawarga.devsupport;

import static io.restassured.RestAssured.given;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The packaged app ({@code target/quarkus-app/quarkus-run.jar}, production profile) as its own process, for
 * tests and benchmarks that must see what an operator runs. Demo secrets only.
 */
public final class AppProcess implements AutoCloseable {

    private final Process process;
    private final String url;
    private final Path log;

    private AppProcess(Process process, String url, Path log) {
        this.process = process;
        this.url = url;
        this.log = log;
    }

    public static AppProcess start(DatabaseServer database, String realmUrl, Path log, String... extraJvmArgs)
            throws IOException, InterruptedException {
        Path project = DevSupport.projectDir();
        int port = DevSupport.freePort();
        List<String> cmd = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dquarkus.http.host=127.0.0.1",
                "-Dquarkus.http.port=" + port,
                "-Dquarkus.datasource.jdbc.url=" + database.jdbcUrl(),
                "-Dquarkus.datasource.username=" + database.username(),
                "-Dquarkus.datasource.password=" + database.password(),
                "-Dsuarawarga.oidc.realm-url=" + realmUrl));
        cmd.addAll(List.of(extraJvmArgs));
        cmd.addAll(List.of("-jar", System.getProperty("suarawarga.app.jar",
                project.resolve("target/quarkus-app/quarkus-run.jar").toString())));
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().put("SUARAWARGA_OIDC_WEB_SECRET", "suarawarga-web-demo-secret");
        pb.environment().put("SUARAWARGA_OIDC_STATE_SECRET", "local-state-secret-at-least-32-characters-long");
        pb.environment().put("SUARAWARGA_KEYCLOAK_ADMIN_SECRET", "suarawarga-admin-demo-secret");
        AppProcess app = new AppProcess(pb.start(), "http://127.0.0.1:" + port, log);
        Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
        while (!app.ready()) {
            if (!app.process.isAlive()) {
                throw new IllegalStateException("app exited, see " + log);
            }
            if (Instant.now().isAfter(deadline)) {
                app.close();
                throw new IllegalStateException("app not ready in 90 s, see " + log);
            }
            Thread.sleep(200);
        }
        return app;
    }

    public String url() {
        return url;
    }

    public long pid() {
        return process.pid();
    }

    public Path log() {
        return log;
    }

    private boolean ready() {
        try {
            return given().when().get(url + "/q/health/ready").then().extract().statusCode() == 200;
        } catch (Exception e) {
            return false;
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        process.waitFor();
    }
}
