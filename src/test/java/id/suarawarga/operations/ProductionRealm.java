package id.suarawarga.operations;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;

/**
 * The production realm is the demo realm ({@code src/main/keycloak/suarawarga-realm.json}) minus what only a demo or
 * a test may have: no people (so no demo passwords; the {@code suarawarga-admin} client's service-account user stays,
 * it carries the one role account deletion needs), no {@code suarawarga-cli} client (direct password grants), no demo queue machine, TLS
 * required for external requests, a password policy ({@link #PASSWORD_POLICY}), the portal's public redirect URIs, and the web and admin clients' secrets as
 * placeholders that the Keycloak Operator fills from a Secret at import time. {@link KubernetesManifestsTest} derives it anew and
 * compares it with {@code k8s/overlays/production/keycloak/realm-import.yaml}.
 */
final class ProductionRealm {

    static final String PUBLIC_BASE_URL = "https://suarawarga.example.go.id";
    static final String SECRET_PLACEHOLDER = "SUARAWARGA_WEB_CLIENT_SECRET";
    static final String ADMIN_SECRET_PLACEHOLDER = "SUARAWARGA_ADMIN_CLIENT_SECRET";
    static final String KEYCLOAK_CR = "keycloak";
    /**
     * The production password policy (issue 15): at least 10 characters, not the username, none of the last 3.
     * The demo realm has none: its demo logins are "password = username" by design.
     */
    static final String PASSWORD_POLICY = "length(10) and notUsername(undefined) and passwordHistory(3)";

    /**
     * The demo's queue machine (issue 16, a {@code counter} client with a demo secret): production registers each
     * unit's queue machine as its own client (docs/operations.md), none comes with the realm.
     */
    static final String DEMO_MACHINE = "suarawarga-counter-demo";

    private ProductionRealm() {
    }

    static ObjectNode derive(JsonNode demo) {
        ObjectNode realm = demo.deepCopy();
        ArrayNode serviceAccounts = JsonNodeFactory.instance.arrayNode();
        for (JsonNode u : realm.withArray("users")) {
            if (u.hasNonNull("serviceAccountClientId") && !u.has("credentials")
                    && !DEMO_MACHINE.equals(u.path("serviceAccountClientId").asText())) {
                serviceAccounts.add(u);
            }
        }
        realm.set("users", serviceAccounts);
        realm.put("sslRequired", "external");
        realm.put("passwordPolicy", PASSWORD_POLICY);
        ArrayNode clients = JsonNodeFactory.instance.arrayNode();
        for (JsonNode c : realm.withArray("clients")) {
            String id = c.path("clientId").asText();
            if (id.equals("suarawarga-cli") || id.equals(DEMO_MACHINE)) {
                continue;
            }
            ObjectNode client = (ObjectNode) c;
            if (id.equals("suarawarga-web")) {
                // Keycloak 26 operator placeholder syntax: $(NAME), filled from spec.placeholders.
                client.put("secret", "$(" + SECRET_PLACEHOLDER + ")");
                client.put("rootUrl", PUBLIC_BASE_URL);
                client.putArray("redirectUris").add(PUBLIC_BASE_URL + "/*");
            }
            if (id.equals("suarawarga-admin")) {
                client.put("secret", "$(" + ADMIN_SECRET_PLACEHOLDER + ")");
            }
            clients.add(client);
        }
        realm.set("clients", clients);
        return realm;
    }

    /** The whole KeycloakRealmImport resource, as the file in the overlay should hold it. */
    static String resourceYaml(JsonNode demo) throws IOException {
        ObjectNode doc = JsonNodeFactory.instance.objectNode();
        doc.put("apiVersion", "k8s.keycloak.org/v2alpha1");
        doc.put("kind", "KeycloakRealmImport");
        doc.putObject("metadata").put("name", "suarawarga");
        ObjectNode spec = doc.putObject("spec");
        spec.put("keycloakCRName", KEYCLOAK_CR);
        ObjectNode placeholders = spec.putObject("placeholders");
        ObjectNode secret = placeholders.putObject(SECRET_PLACEHOLDER).putObject("secret");
        secret.put("name", "suarawarga-oidc");
        secret.put("key", "web-client-secret");
        ObjectNode adminSecret = placeholders.putObject(ADMIN_SECRET_PLACEHOLDER).putObject("secret");
        adminSecret.put("name", "suarawarga-oidc");
        adminSecret.put("key", "admin-client-secret");
        spec.set("realm", derive(demo));
        YAMLMapper yaml = new YAMLMapper(YAMLFactory.builder()
                .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
                .disable(YAMLGenerator.Feature.SPLIT_LINES)
                .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
                .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
                .build());
        return "# GENERATED from src/main/keycloak/suarawarga-realm.json by KubernetesManifestsTest (ProductionRealm):\n"
                + "# do not edit. After changing the demo realm, run the test and copy the file it writes\n"
                + "# (target/k8s/realm-import.yaml) here. The realm is imported once, when it does not exist yet.\n"
                + yaml.writeValueAsString(doc);
    }
}
