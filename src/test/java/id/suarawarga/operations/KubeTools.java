package id.suarawarga.operations;

import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import id.suarawarga.devsupport.DevSupport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs the machine's {@code kubectl kustomize} and {@code yamllint} (installed by {@code bin/install-k8s-tools}) and
 * parses what they print. A missing tool fails the calling test with a message that says how to install it; nothing
 * is skipped.
 */
final class KubeTools {

    static final YAMLMapper YAML = new YAMLMapper();

    private KubeTools() {
    }

    record Result(int exit, String output) {
    }

    /** The kubectl to run: {@code SW_KUBECTL} when set, else the one on the PATH. */
    static String kubectl() {
        String configured = System.getenv("SW_KUBECTL");
        return configured == null || configured.isBlank() ? "kubectl" : configured;
    }

    static Result run(List<String> command) {
        Path project = DevSupport.projectDir();
        ProcessBuilder pb = new ProcessBuilder(command).directory(project.toFile()).redirectErrorStream(true);
        Process process;
        try {
            process = pb.start();
        } catch (IOException e) {
            return fail("`" + command.get(0) + "` could not be started (" + e.getMessage() + "). Install the "
                    + "Kubernetes tools with bin/install-k8s-tools (kubectl with kustomize, yamllint), or point "
                    + "SW_KUBECTL at a kubectl.");
        }
        try {
            byte[] out = process.getInputStream().readAllBytes();
            if (!process.waitFor(120, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return fail("`" + String.join(" ", command) + "` did not finish within 2 minutes");
            }
            return new Result(process.exitValue(), new String(out, StandardCharsets.UTF_8));
        } catch (IOException e) {
            return fail("reading the output of `" + String.join(" ", command) + "`: " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return fail("interrupted");
        }
    }

    /** {@code kubectl kustomize <dir>} as text; fails the test when it does not render. */
    static String kustomize(String dir) {
        Result r = run(List.of(kubectl(), "kustomize", dir));
        if (r.exit() != 0) {
            fail("`" + kubectl() + " kustomize " + dir + "` failed (exit " + r.exit() + "). A kubectl whose "
                    + "built-in kustomize is older than v4 (Debian's kubernetes-client 1.20) cannot render these "
                    + "overlays: run bin/install-k8s-tools.\n" + r.output());
        }
        return r.output();
    }

    /** Every document of a rendered overlay. */
    static List<JsonNode> documents(String yaml) {
        List<JsonNode> docs = new ArrayList<>();
        try (MappingIterator<JsonNode> it = YAML.readerFor(JsonNode.class).readValues(yaml)) {
            while (it.hasNext()) {
                JsonNode doc = it.next();
                if (doc != null && !doc.isNull() && !doc.isMissingNode()) {
                    docs.add(doc);
                }
            }
        } catch (IOException e) {
            fail("rendered YAML does not parse: " + e.getMessage());
        }
        return docs;
    }

    /** yamllint with the project's configuration; returns its report (empty when clean). */
    static Result yamllint(String... paths) {
        List<String> cmd = new ArrayList<>(List.of("yamllint", "--strict", "-f", "parsable", "-c", "k8s/.yamllint"));
        cmd.addAll(List.of(paths));
        return run(cmd);
    }
}
