package id.suarawarga.devsupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * One real database and one real Keycloak for the whole test run (see {@link RealServices}).
 *
 * <p>The app gets {@code quarkus.datasource.*} and {@code suarawarga.oidc.realm-url}; tests that need Keycloak
 * itself (tokens, admin API) read {@code suarawarga.test.keycloak.base-url}.
 */
public class RealServicesTestResource implements QuarkusTestResourceLifecycleManager {

    /** Where {@code @QuarkusTest} serves the app; the portal client must be allowed to redirect there. */
    static final String TEST_PORT = System.getenv().getOrDefault("SW_TEST_PORT", "8081");
    static final String[] TEST_REDIRECT_URIS = {
            "http://localhost:" + TEST_PORT + "/*", "http://127.0.0.1:" + TEST_PORT + "/*"};

    private DatabaseServer database;
    private KeycloakServer keycloak;

    @Override
    public Map<String, String> start() {
        Path project = DevSupport.projectDir();
        database = DatabaseServer.forTests();
        try {
            Path keycloakDir = project.resolve("target/keycloak-test");
            DevSupport.deleteRecursively(keycloakDir); // a fresh H2 database, so the realm is always imported anew
            Files.createDirectories(keycloakDir);
            Path realm = writeTestRealm(project.resolve("src/main/keycloak/suarawarga-realm.json"),
                    keycloakDir.resolve("suarawarga-realm.json"));
            keycloak = KeycloakServer.start(keycloakDir, DevSupport.freePort(), realm);
        } catch (IOException | RuntimeException e) {
            database.stop();
            throw e instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) e;
        }
        return Map.of(
                "suarawarga.test.db", String.join("|", database.host(), String.valueOf(database.port()),
                        database.database(), database.username(), database.password(),
                        database.toolDir().map(Object::toString).orElse("")),
                "quarkus.datasource.jdbc.url", database.jdbcUrl(),
                "quarkus.datasource.username", database.username(),
                "quarkus.datasource.password", database.password(),
                "suarawarga.oidc.realm-url", keycloak.realmUrl(),
                // The CSP's form-action names Keycloak's origin (the logout form redirects there).
                "suarawarga.oidc.origin", keycloak.baseUrl(),
                "suarawarga.test.keycloak.base-url", keycloak.baseUrl());
    }

    @Override
    public void stop() {
        if (keycloak != null) {
            keycloak.stop();
            keycloak = null;
        }
        if (database != null) {
            database.stop();
            database = null;
        }
    }

    /** The repo realm plus the Quarkus test port in the portal client's redirect URIs; nothing else changes. */
    static Path writeTestRealm(Path repoRealm, Path target) throws IOException {
        ObjectMapper json = new ObjectMapper();
        JsonNode realm = json.readTree(repoRealm.toFile());
        ObjectNode web = null;
        for (JsonNode client : realm.path("clients")) {
            if ("suarawarga-web".equals(client.path("clientId").asText())) {
                web = (ObjectNode) client;
            }
        }
        if (web == null) {
            throw new IllegalStateException("No client suarawarga-web in " + repoRealm);
        }
        ArrayNode redirects = web.withArrayProperty("redirectUris");
        for (String uri : TEST_REDIRECT_URIS) {
            boolean present = false;
            for (JsonNode existing : redirects) {
                present |= uri.equals(existing.asText());
            }
            if (!present) {
                redirects.add(uri);
            }
        }
        json.writerWithDefaultPrettyPrinter().writeValue(target.toFile(), realm);
        return target;
    }
}
