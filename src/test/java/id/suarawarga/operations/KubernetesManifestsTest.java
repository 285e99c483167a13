package id.suarawarga.operations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import id.suarawarga.devsupport.DevSupport;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Kubernetes manifests (k8s/), rendered offline with the machine's {@code kubectl kustomize} and linted with
 * {@code yamllint}, as docs/operations.md says; then the rendered production overlay is read and held to what issue 8
 * asks of it: at least two replicas under an HPA, a PDB over the same pods, default-deny NetworkPolicies with narrow
 * exceptions, requests, limits and probes on every container, Flyway once per release in a Job, Keycloak and the
 * database by their operators, and no secret value anywhere.
 */
class KubernetesManifestsTest {

    static final String PRODUCTION = "k8s/overlays/production";
    static final String APP_NS = "suarawarga";
    static final String DB_NS = "suarawarga-db";
    static final String KEYCLOAK_NS = "suarawarga-keycloak";
    static final String INGRESS_NS = "ingress-nginx";

    static List<JsonNode> production;

    @BeforeAll
    static void render() {
        production = KubeTools.documents(KubeTools.kustomize(PRODUCTION));
    }

    // --- rendering and lint ----------------------------------------------------------------------------------

    @Test
    void everyOverlayAndTheBaseRenderAndLintCleanly() throws IOException {
        Path out = DevSupport.projectDir().resolve("target/k8s");
        Files.createDirectories(out);
        List<String> rendered = new ArrayList<>();
        for (String dir : List.of("k8s/base", "k8s/overlays/demo", PRODUCTION)) {
            String yaml = KubeTools.kustomize(dir);
            assertFalse(KubeTools.documents(yaml).isEmpty(), dir + " renders no resource");
            Path file = out.resolve(dir.replace('/', '-') + ".yaml");
            Files.writeString(file, yaml, StandardCharsets.UTF_8);
            rendered.add(DevSupport.projectDir().relativize(file).toString());
        }
        List<String> targets = new ArrayList<>(List.of("k8s"));
        targets.addAll(rendered);
        KubeTools.Result lint = KubeTools.yamllint(targets.toArray(String[]::new));
        assertEquals(0, lint.exit(), "yamllint -c k8s/.yamllint (strict) reports problems in k8s/ or in the "
                + "rendered overlays (target/k8s):\n" + lint.output());
    }

    @Test
    void yamllintReallyLints() throws IOException {
        // A tab-indented, duplicate-key file must be refused: proves the lint step is not a no-op.
        Path bad = DevSupport.projectDir().resolve("target/k8s/bad.yaml");
        Files.createDirectories(bad.getParent());
        Files.writeString(bad, "a: 1\na: 2\nb:   [1,2]\n");
        KubeTools.Result lint = KubeTools.yamllint(DevSupport.projectDir().relativize(bad).toString());
        assertTrue(lint.exit() != 0 && lint.output().contains("key-duplicates"), lint.output());
    }

    // --- replicas, autoscaling, disruption budget ------------------------------------------------------------

    @Test
    void atLeastTwoReplicasUnderAnAutoscaler() {
        JsonNode deployment = one("Deployment", "suarawarga", APP_NS);
        JsonNode replicas = deployment.path("spec").path("replicas");
        // Either the HPA owns the count (no replicas in the manifest, Kubernetes' advice) or it is at least 2.
        assertTrue(replicas.isMissingNode() || replicas.asInt() >= 2, "Deployment replicas " + replicas);

        JsonNode hpa = one("HorizontalPodAutoscaler", "suarawarga", APP_NS);
        assertEquals("autoscaling/v2", hpa.path("apiVersion").asText());
        JsonNode target = hpa.path("spec").path("scaleTargetRef");
        assertEquals("Deployment", target.path("kind").asText());
        assertEquals("suarawarga", target.path("name").asText());
        int min = hpa.path("spec").path("minReplicas").asInt();
        int max = hpa.path("spec").path("maxReplicas").asInt();
        assertTrue(min >= 2, "HPA minReplicas " + min);
        assertTrue(max > min, "HPA maxReplicas " + max + " must leave room above " + min);
        JsonNode metric = hpa.path("spec").path("metrics").path(0);
        assertEquals("cpu", metric.path("resource").path("name").asText());
        assertTrue(metric.path("resource").path("target").path("averageUtilization").asInt() > 0);
        // CPU utilisation is relative to the request: without one the HPA cannot compute it.
        assertTrue(container(deployment).path("resources").path("requests").has("cpu"));
        if (!replicas.isMissingNode()) {
            assertTrue(replicas.asInt() >= min);
        }
    }

    @Test
    void theDisruptionBudgetCoversExactlyTheAppPods() {
        JsonNode deployment = one("Deployment", "suarawarga", APP_NS);
        JsonNode pdb = one("PodDisruptionBudget", "suarawarga", APP_NS);
        assertEquals("policy/v1", pdb.path("apiVersion").asText());
        JsonNode selector = pdb.path("spec").path("selector").path("matchLabels");
        assertEquals(deployment.path("spec").path("selector").path("matchLabels"), selector);
        assertTrue(matches(selector, deployment.path("spec").path("template").path("metadata").path("labels")));
        for (JsonNode job : all("Job")) {
            assertFalse(matches(selector, job.path("spec").path("template").path("metadata").path("labels")),
                    "the PDB (and the Service) must not select the migration Job's pod");
        }
        int min = one("HorizontalPodAutoscaler", "suarawarga", APP_NS).path("spec").path("minReplicas").asInt();
        JsonNode spec = pdb.path("spec");
        if (spec.has("maxUnavailable")) {
            int maxUnavailable = spec.path("maxUnavailable").asInt();
            assertTrue(maxUnavailable >= 1 && maxUnavailable < min, "maxUnavailable " + maxUnavailable);
        } else {
            int minAvailable = spec.path("minAvailable").asInt();
            assertTrue(minAvailable >= 1 && minAvailable < min, "minAvailable " + minAvailable
                    + " must let a drain proceed with " + min + " replicas");
        }
    }

    // --- network policies ------------------------------------------------------------------------------------

    @Test
    void theAppNamespaceDeniesByDefault() {
        List<JsonNode> policies = inNamespace("NetworkPolicy", APP_NS);
        assertTrue(policies.stream().anyMatch(p -> p.path("spec").path("podSelector").isEmpty()
                && types(p).containsAll(Set.of("Ingress", "Egress"))
                && !p.path("spec").has("ingress") && !p.path("spec").has("egress")),
                "no default-deny policy (empty podSelector, Ingress and Egress, no rules) in " + APP_NS);
    }

    @Test
    void trafficInComesOnlyFromTheIngressControllerToTheAppPort() {
        JsonNode container = container(one("Deployment", "suarawarga", APP_NS));
        int appPort = container.path("ports").path(0).path("containerPort").asInt();
        int ingressRules = 0;
        for (JsonNode p : inNamespace("NetworkPolicy", APP_NS)) {
            for (JsonNode rule : p.path("spec").path("ingress")) {
                ingressRules++;
                assertTrue(matches(p.path("spec").path("podSelector").path("matchLabels"),
                        one("Deployment", "suarawarga", APP_NS).path("spec").path("template").path("metadata")
                                .path("labels")), p.path("metadata").path("name") + " admits traffic to other pods");
                assertEquals(1, rule.path("from").size(), "one source per rule: " + rule);
                JsonNode from = rule.path("from").path(0);
                assertEquals(INGRESS_NS, from.path("namespaceSelector").path("matchLabels")
                        .path("kubernetes.io/metadata.name").asText(), "ingress source " + from);
                assertFalse(from.has("ipBlock"));
                assertEquals(1, rule.path("ports").size());
                assertEquals(appPort, rule.path("ports").path(0).path("port").asInt());
            }
        }
        assertEquals(1, ingressRules, "exactly one ingress rule (the ingress controller) in " + APP_NS);
    }

    @Test
    void trafficOutGoesOnlyToDnsTheDatabaseAndKeycloak() {
        Map<String, Set<Integer>> allowed = Map.of(
                "kube-system", Set.of(53),
                DB_NS, Set.of(3306),
                KEYCLOAK_NS, Set.of(8080));
        Set<String> reached = new HashSet<>();
        for (JsonNode p : inNamespace("NetworkPolicy", APP_NS)) {
            for (JsonNode rule : p.path("spec").path("egress")) {
                assertTrue(rule.has("to") && rule.has("ports"), "egress rule without destination or ports: " + rule);
                for (JsonNode to : rule.path("to")) {
                    assertFalse(to.has("ipBlock"), "egress to an address range: " + to);
                    String ns = to.path("namespaceSelector").path("matchLabels")
                            .path("kubernetes.io/metadata.name").asText();
                    assertTrue(allowed.containsKey(ns), "egress to namespace '" + ns + "' in " + rule);
                    assertFalse(to.path("podSelector").path("matchLabels").isEmpty(),
                            "egress to every pod of " + ns + " in " + rule);
                    for (JsonNode port : rule.path("ports")) {
                        assertTrue(allowed.get(ns).contains(port.path("port").asInt()), "port " + port + " to " + ns);
                    }
                    reached.add(ns);
                }
            }
        }
        assertEquals(allowed.keySet(), reached);
        // The destinations are the pods the configuration points at.
        JsonNode mariadb = one("MariaDB", null, DB_NS);
        JsonNode keycloak = one("Keycloak", null, KEYCLOAK_NS);
        String dbSelector = mariadb.path("metadata").path("name").asText();
        assertTrue(inNamespace("NetworkPolicy", APP_NS).stream().flatMap(p -> stream(p.path("spec").path("egress")))
                .flatMap(r -> stream(r.path("to")))
                .anyMatch(to -> dbSelector.equals(to.path("podSelector").path("matchLabels")
                        .path("app.kubernetes.io/instance").asText())));
        assertEquals(8080, keycloak.path("spec").path("http").path("httpPort").asInt());
    }

    // --- containers ------------------------------------------------------------------------------------------

    @Test
    void everyContainerHasRequestsAndLimits() {
        int containers = 0;
        for (JsonNode doc : production) {
            JsonNode podSpec = doc.path("spec").path("template").path("spec");
            for (String list : List.of("initContainers", "containers")) {
                for (JsonNode c : podSpec.path(list)) {
                    containers++;
                    String where = kind(doc) + "/" + name(doc) + " container " + c.path("name").asText();
                    for (String kind : List.of("requests", "limits")) {
                        for (String resource : List.of("cpu", "memory")) {
                            assertTrue(c.path("resources").path(kind).has(resource), where + " has no " + kind + "."
                                    + resource);
                        }
                    }
                    assertTrue(bytes(c.path("resources").path("requests").path("memory").asText())
                            <= bytes(c.path("resources").path("limits").path("memory").asText()), where);
                }
            }
        }
        assertTrue(containers >= 2, "the app and the migration Job");
        for (String kind : List.of("Keycloak", "MariaDB")) {
            for (JsonNode cr : all(kind)) {
                assertTrue(cr.path("spec").path("resources").path("requests").has("memory"), kind + " requests");
                assertTrue(cr.path("spec").path("resources").path("limits").has("memory"), kind + " limits");
            }
        }
    }

    @Test
    void theAppHasHealthProbesAndContainerAwareJvmFlags() {
        JsonNode deployment = one("Deployment", "suarawarga", APP_NS);
        JsonNode c = container(deployment);
        Map<String, String> probes = Map.of("startupProbe", "/q/health/started", "readinessProbe", "/q/health/ready",
                "livenessProbe", "/q/health/live");
        probes.forEach((probe, path) -> {
            JsonNode get = c.path(probe).path("httpGet");
            assertEquals(path, get.path("path").asText(), probe);
            assertEquals(c.path("ports").path(0).path("name").asText(), get.path("port").asText(), probe + " port");
        });
        String javaOpts = env(c).get("JAVA_OPTS");
        assertNotNull(javaOpts, "JAVA_OPTS");
        assertTrue(javaOpts.contains("-XX:MaxRAMPercentage="), javaOpts);
        assertTrue(javaOpts.contains("-XX:+ExitOnOutOfMemoryError"), javaOpts);
        assertFalse(javaOpts.contains("-Xmx"), "a fixed heap ignores the container limit: " + javaOpts);
        // The heap fraction leaves room for metaspace, threads and buffers (measured: docs/operations.md).
        Matcher m = Pattern.compile("-XX:MaxRAMPercentage=(\\d+)").matcher(javaOpts);
        assertTrue(m.find());
        assertTrue(Integer.parseInt(m.group(1)) <= 75, javaOpts);
        JsonNode security = c.path("securityContext");
        assertTrue(security.path("readOnlyRootFilesystem").asBoolean());
        assertFalse(security.path("allowPrivilegeEscalation").asBoolean(true));
    }

    // --- Flyway once per release -----------------------------------------------------------------------------

    @Test
    void flywayRunsOnceInAJobNamedForTheReleaseNotInTheReplicas() {
        JsonNode deployment = one("Deployment", "suarawarga", APP_NS);
        JsonNode app = container(deployment);
        assertEquals("false", env(app).get("QUARKUS_FLYWAY_MIGRATE_AT_START"),
                "the replicas must not migrate at start");

        List<JsonNode> jobs = inNamespace("Job", APP_NS);
        assertEquals(1, jobs.size(), "one migration Job");
        JsonNode job = jobs.get(0);
        JsonNode migrate = container(job);
        Map<String, String> env = env(migrate);
        assertEquals("true", env.get("QUARKUS_INIT_AND_EXIT"));
        assertEquals("true", env.get("QUARKUS_FLYWAY_MIGRATE_AT_START"));
        assertEquals("Never", job.path("spec").path("template").path("spec").path("restartPolicy").asText());
        String image = app.path("image").asText();
        assertEquals(image, migrate.path("image").asText(), "the Job migrates with the release's own image");
        String tag = image.substring(image.lastIndexOf(':') + 1);
        assertEquals("suarawarga-migrate-" + tag.replaceAll("[^A-Za-z0-9]", "-").toLowerCase(), name(job),
                "the Job's name carries the image tag, so each release gets a new Job (kustomization.yaml)");
        // Rollout phase 1 (docs/operations.md) applies `-l 'app.kubernetes.io/component!=server'`: everything the Job
        // needs (its ConfigMap, the NetworkPolicies) and the Job itself, but not the Deployment.
        List<JsonNode> phase1 = production.stream().filter(d -> namespace(d).equals(APP_NS))
                .filter(d -> !"server".equals(d.path("metadata").path("labels").path("app.kubernetes.io/component")
                        .asText())).toList();
        Set<String> phase1Kinds = new HashSet<>();
        phase1.forEach(d -> phase1Kinds.add(kind(d)));
        assertFalse(phase1Kinds.contains("Deployment"), "phase 1 must not roll the Deployment");
        assertTrue(phase1Kinds.containsAll(Set.of("Job", "ConfigMap", "NetworkPolicy")), "phase 1: " + phase1Kinds);
        // Same configuration and database account as the app.
        assertEquals(envFrom(app), envFrom(migrate));
        assertEquals(secretRefs(app).get("QUARKUS_DATASOURCE_USERNAME"), secretRefs(migrate)
                .get("QUARKUS_DATASOURCE_USERNAME"));
    }

    // --- secrets ---------------------------------------------------------------------------------------------

    @Test
    void noSecretValueIsRenderedAnywhere() throws IOException {
        Set<String> demoSecrets = new HashSet<>(List.of("suarawarga-web-demo-secret", "suarawarga-admin-demo-secret",
                "demo-state-secret-at-least-32-characters-long", "local-state-secret-at-least-32-characters-long"));
        JsonNode demoRealm = new ObjectMapper().readTree(
                DevSupport.projectDir().resolve("src/main/keycloak/suarawarga-realm.json").toFile());
        for (JsonNode user : demoRealm.path("users")) {
            for (JsonNode cred : user.path("credentials")) {
                demoSecrets.add(cred.path("value").asText());
            }
        }
        for (String dir : List.of("k8s/base", "k8s/overlays/demo", PRODUCTION)) {
            String yaml = KubeTools.kustomize(dir);
            for (JsonNode doc : KubeTools.documents(yaml)) {
                if (kind(doc).equals("Secret")) {
                    assertTrue(doc.path("data").isEmpty() && doc.path("stringData").isEmpty(),
                            dir + " renders Secret " + name(doc) + " with values");
                }
                // Credentials in env vars come from Secrets, never as a literal value.
                for (JsonNode spec : List.of(doc.path("spec").path("template").path("spec"))) {
                    for (JsonNode c : spec.path("containers")) {
                        c.path("env").forEach(e -> assertFalse(
                                e.path("name").asText().matches(".*(PASSWORD|SECRET|TOKEN).*") && e.has("value"),
                                dir + ": " + name(doc) + " sets " + e.path("name").asText() + " literally"));
                    }
                }
            }
            for (String value : demoSecrets) {
                if (!value.isBlank()) {
                    assertFalse(yaml.contains(value), dir + " contains the demo secret '" + value + "'");
                }
            }
        }
        // Operators must not invent passwords that would then live only in the cluster, unknown to the runbook.
        for (JsonNode mariadb : all("MariaDB")) {
            mariadb.findParents("generate").forEach(ref -> assertFalse(ref.path("generate").asBoolean(),
                    "MariaDB generates a password: " + ref));
        }
    }

    @Test
    void everyReferencedSecretIsDocumentedInTheRunbook() throws IOException {
        String readme = Files.readString(DevSupport.projectDir().resolve("k8s/base/README.md"));
        Set<String> refs = new HashSet<>();
        for (JsonNode doc : production) {
            secretRefs(doc, "", ref -> refs.add(namespace(doc) + " " + ref));
        }
        // The app's two Secrets, the database's root/replication/account passwords, Keycloak's database account.
        assertTrue(refs.size() >= 8, "Secret references found: " + refs);
        for (String ref : refs) {
            String[] parts = ref.split(" ");
            Pattern row = Pattern.compile("(?m)^\\|[^\\n]*`" + Pattern.quote(parts[0]) + "`[^\\n]*`"
                    + Pattern.quote(parts[1]) + "`[^\\n]*`" + Pattern.quote(parts[2]) + "`");
            assertTrue(row.matcher(readme).find(), "k8s/base/README.md has no row for namespace `" + parts[0]
                    + "`, Secret `" + parts[1] + "`, key `" + parts[2] + "`");
        }
    }

    // --- Keycloak and the database by their operators --------------------------------------------------------

    @Test
    void keycloakComesFromTheOperatorWithTheProductionRealm() throws IOException {
        // The file is the demo realm put through ProductionRealm: regenerate it when the demo realm changes.
        Path demoFile = DevSupport.projectDir().resolve("src/main/keycloak/suarawarga-realm.json");
        JsonNode demo = new ObjectMapper().readTree(demoFile.toFile());
        String expected = ProductionRealm.resourceYaml(demo);
        Path generated = DevSupport.projectDir().resolve("target/k8s/realm-import.yaml");
        Files.createDirectories(generated.getParent());
        Files.writeString(generated, expected);
        Path checkedIn = DevSupport.projectDir().resolve(PRODUCTION + "/keycloak/realm-import.yaml");
        assertTrue(KubeTools.YAML.readTree(expected).equals(KubeTools.YAML.readTree(checkedIn.toFile())),
                "the production realm import is out of date with " + demoFile + ": cp target/k8s/realm-import.yaml "
                        + checkedIn);

        JsonNode keycloak = one("Keycloak", null, KEYCLOAK_NS);
        assertEquals("k8s.keycloak.org/v2alpha1", keycloak.path("apiVersion").asText());
        assertTrue(keycloak.path("spec").path("instances").asInt() >= 2);
        assertTrue(keycloak.path("spec").path("db").path("passwordSecret").has("name"));
        JsonNode realmImport = one("KeycloakRealmImport", null, KEYCLOAK_NS);
        assertEquals("k8s.keycloak.org/v2alpha1", realmImport.path("apiVersion").asText());
        assertEquals(name(keycloak), realmImport.path("spec").path("keycloakCRName").asText());

        JsonNode realm = realmImport.path("spec").path("realm");
        assertEquals("suarawarga", realm.path("realm").asText());
        // No people (no demo passwords): only the account-removal client's service-account user, without credentials.
        for (JsonNode user : realm.path("users")) {
            assertTrue(user.hasNonNull("serviceAccountClientId") && !user.has("credentials"),
                    "production realm with a person: " + user.path("username"));
        }
        assertEquals("external", realm.path("sslRequired").asText());
        // Issue 15: the production realm's password policy (PasswordPolicyTest checks it on a real Keycloak) and
        // brute-force detection.
        assertEquals(ProductionRealm.PASSWORD_POLICY, realm.path("passwordPolicy").asText());
        assertTrue(realm.path("bruteForceProtected").asBoolean(), "brute-force detection stays on");
        Set<String> clients = new HashSet<>();
        realm.path("clients").forEach(c -> clients.add(c.path("clientId").asText()));
        assertEquals(Set.of("suarawarga-web", "suarawarga-api", "suarawarga-admin"), clients);
        for (String[] client : List.of(new String[] {"suarawarga-web", "web-client-secret"},
                new String[] {"suarawarga-admin", "admin-client-secret"})) {
            JsonNode c = stream(realm.path("clients")).filter(x -> x.path("clientId").asText().equals(client[0]))
                    .findFirst().orElseThrow();
            Matcher placeholder = Pattern.compile("\\$\\((\\w+)\\)").matcher(c.path("secret").asText());
            assertTrue(placeholder.matches(), client[0] + " secret must be a placeholder: " + c.path("secret"));
            JsonNode fill = realmImport.path("spec").path("placeholders").path(placeholder.group(1)).path("secret");
            assertEquals("suarawarga-oidc", fill.path("name").asText());
            assertEquals(client[1], fill.path("key").asText());
        }

        // The app talks to this Keycloak: its realm URL names the operator's Service in that namespace.
        URI realmUrl = URI.create(config().get("SUARAWARGA_OIDC_REALM_URL"));
        assertEquals(name(keycloak) + "-service." + KEYCLOAK_NS + ".svc.cluster.local", realmUrl.getHost());
        assertEquals(8080, realmUrl.getPort());
        assertEquals("/realms/suarawarga", realmUrl.getPath());
        assertEquals(URI.create(keycloak.path("spec").path("hostname").path("hostname").asText()).getHost(),
                URI.create(config().get("SUARAWARGA_OIDC_ORIGIN")).getHost(), "CSP origin = Keycloak's public name");
    }

    @Test
    void theDatabaseIsAnOperatorManagedReplicatedMariaDb() {
        JsonNode mariadb = one("MariaDB", null, DB_NS);
        assertEquals("k8s.mariadb.com/v1alpha1", mariadb.path("apiVersion").asText());
        JsonNode spec = mariadb.path("spec");
        assertTrue(spec.path("replicas").asInt() >= 3, "replicas " + spec.path("replicas"));
        assertTrue(spec.path("replication").path("enabled").asBoolean() || spec.path("galera").path("enabled")
                .asBoolean(), "neither replication nor Galera");
        assertTrue(spec.path("storage").has("size"));
        String myCnf = spec.path("myCnf").asText();
        assertTrue(myCnf.contains("log_bin_trust_function_creators=1"), "Flyway's V4 triggers need it with binlogs");
        assertTrue(myCnf.contains("innodb_ft_min_token_size=2"), "forum search of two-letter abbreviations");
        Matcher maxConnections = Pattern.compile("max_connections=(\\d+)").matcher(myCnf);
        assertTrue(maxConnections.find());
        int pool = 32; // quarkus.datasource.jdbc.max-size in application.properties
        int maxReplicas = one("HorizontalPodAutoscaler", "suarawarga", APP_NS).path("spec").path("maxReplicas")
                .asInt();
        int appAccount = one("User", "suarawarga", DB_NS).path("spec").path("maxUserConnections").asInt();
        assertTrue(appAccount >= (maxReplicas + 1) * pool, "account suarawarga: " + appAccount
                + " connections for " + maxReplicas + " replicas and the Job with " + pool + " each");
        JsonNode keycloakSpec = one("Keycloak", null, KEYCLOAK_NS).path("spec");
        int keycloakAccount = one("User", keycloakSpec.path("db").path("username").asText("keycloak"), DB_NS)
                .path("spec").path("maxUserConnections").asInt();
        assertTrue(keycloakAccount >= keycloakSpec.path("instances").asInt() * keycloakSpec.path("db")
                .path("poolMaxSize").asInt(), "account keycloak: " + keycloakAccount);
        assertTrue(keycloakSpec.path("db").path("poolMaxSize").asInt() > 0, "Keycloak's pool must be bounded");
        assertTrue(Integer.parseInt(maxConnections.group(1)) >= appAccount + keycloakAccount + 10,
                "max_connections must hold both accounts' limits plus the operator's and replication's own");

        URI jdbc = URI.create(config().get("QUARKUS_DATASOURCE_JDBC_URL").substring("jdbc:".length()));
        assertEquals(name(mariadb) + "-primary." + DB_NS + ".svc.cluster.local", jdbc.getHost(),
                "the app writes to the primary");
        assertEquals("/suarawarga", jdbc.getPath());
        JsonNode database = one("Database", "suarawarga", DB_NS);
        assertEquals(name(mariadb), database.path("spec").path("mariaDbRef").path("name").asText());
        assertEquals("utf8mb4", database.path("spec").path("characterSet").asText());
        JsonNode user = one("User", "suarawarga", DB_NS);
        assertEquals("suarawarga-db", user.path("spec").path("passwordSecretKeyRef").path("name").asText());
        JsonNode keycloakDb = one("Keycloak", null, KEYCLOAK_NS).path("spec").path("db");
        assertEquals(name(mariadb) + "-primary." + DB_NS + ".svc.cluster.local", keycloakDb.path("host").asText());
        one("Database", keycloakDb.path("database").asText(), DB_NS);
    }

    // --- helpers ---------------------------------------------------------------------------------------------

    static List<JsonNode> all(String kind) {
        return production.stream().filter(d -> kind(d).equals(kind)).toList();
    }

    static List<JsonNode> inNamespace(String kind, String namespace) {
        return all(kind).stream().filter(d -> namespace(d).equals(namespace)).toList();
    }

    /** The single resource of a kind (and name, when given) in a namespace. */
    static JsonNode one(String kind, String name, String namespace) {
        List<JsonNode> found = inNamespace(kind, namespace).stream()
                .filter(d -> name == null || name(d).equals(name)).toList();
        if (found.size() != 1) {
            fail("expected one " + kind + (name == null ? "" : " " + name) + " in namespace " + namespace + ", found "
                    + found.size());
        }
        return found.get(0);
    }

    static String kind(JsonNode doc) {
        return doc.path("kind").asText();
    }

    static String name(JsonNode doc) {
        return doc.path("metadata").path("name").asText();
    }

    static String namespace(JsonNode doc) {
        return doc.path("metadata").path("namespace").asText();
    }

    static JsonNode container(JsonNode workload) {
        JsonNode containers = workload.path("spec").path("template").path("spec").path("containers");
        assertEquals(1, containers.size(), name(workload) + " containers");
        return containers.get(0);
    }

    static Map<String, String> env(JsonNode container) {
        Map<String, String> env = new HashMap<>();
        container.path("env").forEach(e -> {
            if (e.has("value")) {
                env.put(e.path("name").asText(), e.path("value").asText());
            }
        });
        return env;
    }

    static Map<String, String> secretRefs(JsonNode container) {
        Map<String, String> refs = new HashMap<>();
        container.path("env").forEach(e -> {
            JsonNode ref = e.path("valueFrom").path("secretKeyRef");
            if (!ref.isMissingNode()) {
                refs.put(e.path("name").asText(), ref.path("name").asText() + "/" + ref.path("key").asText());
            }
        });
        return refs;
    }

    /**
     * Every reference to a key of a Secret, as "name key": env {@code secretKeyRef}s and the operators' own
     * {@code ...SecretKeyRef}, {@code ...Secret} and placeholder {@code secret} fields ({name, key}).
     */
    static void secretRefs(JsonNode node, String field, java.util.function.Consumer<String> out) {
        if (node.isObject()) {
            boolean ref = node.has("name") && node.has("key") && (field.endsWith("SecretKeyRef")
                    || field.equals("secretKeyRef") || field.endsWith("Secret") || field.equals("secret"));
            if (ref) {
                out.accept(node.path("name").asText() + " " + node.path("key").asText());
            }
            node.fields().forEachRemaining(e -> secretRefs(e.getValue(), e.getKey(), out));
        } else if (node.isArray()) {
            node.forEach(n -> secretRefs(n, field, out));
        }
    }

    static JsonNode envFrom(JsonNode container) {
        return container.path("envFrom");
    }

    static Map<String, String> config() {
        JsonNode data = one("ConfigMap", "suarawarga-config", APP_NS).path("data");
        Map<String, String> config = new HashMap<>();
        data.fields().forEachRemaining(e -> config.put(e.getKey(), e.getValue().asText()));
        return config;
    }

    static Set<String> types(JsonNode policy) {
        Set<String> types = new HashSet<>();
        policy.path("spec").path("policyTypes").forEach(t -> types.add(t.asText()));
        return types;
    }

    /** Whether every label of the selector is on the object. */
    static boolean matches(JsonNode selector, JsonNode labels) {
        if (selector.isEmpty()) {
            return true;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = selector.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            if (!e.getValue().asText().equals(labels.path(e.getKey()).asText(null))) {
                return false;
            }
        }
        return true;
    }

    static java.util.stream.Stream<JsonNode> stream(JsonNode array) {
        List<JsonNode> list = new ArrayList<>();
        array.forEach(list::add);
        return list.stream();
    }

    static long bytes(String quantity) {
        Matcher m = Pattern.compile("(\\d+)(Ki|Mi|Gi)?").matcher(quantity);
        assertTrue(m.matches(), "memory quantity " + quantity);
        long n = Long.parseLong(m.group(1));
        return switch (m.group(2) == null ? "" : m.group(2)) {
            case "Ki" -> n << 10;
            case "Mi" -> n << 20;
            case "Gi" -> n << 30;
            default -> n;
        };
    }
}
