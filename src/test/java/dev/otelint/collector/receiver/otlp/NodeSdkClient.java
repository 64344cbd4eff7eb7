package dev.otelint.collector.receiver.otlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * Runs src/test/node/send.js, the OpenTelemetry Node SDK client. Without node or the installed packages
 * ({@code npm ci --prefix src/test/node}, done by .ci/run) the test is skipped loudly, or fails when CI=true.
 */
final class NodeSdkClient {
    static final Path DIR = Path.of("src", "test", "node");
    private static final long TIMEOUT_SECONDS = 30;

    private NodeSdkClient() {}

    /** Skips (or, under CI=true, fails) the calling test when the client cannot run here. */
    static void assumeInstalled(String test) {
        String missing = !nodeRuns() ? "`node` is not on the PATH"
                : !Files.isDirectory(DIR.resolve("node_modules/@opentelemetry/sdk-node"))
                        ? DIR.resolve("node_modules") + " is not installed (run: npm ci --prefix " + DIR + ")" : null;
        if (missing == null) {
            return;
        }
        String message = "*** SKIPPING " + test + ": " + missing + " ***";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            fail(message.replace("SKIPPING", "CANNOT RUN") + " (.ci/run installs node and the packages)");
        }
        System.err.println(message);
        Assumptions.assumeTrue(false, message);
    }

    /** Runs send.js against {@code endpoint}; asserts that it exits 0 in time and returns its output. */
    static String send(String endpoint, Path workDir) throws IOException, InterruptedException {
        Path output = workDir.resolve("node-output.txt");
        ProcessBuilder builder = new ProcessBuilder("node", DIR.resolve("send.js").toString(), endpoint)
                .redirectErrorStream(true).redirectOutput(output.toFile());
        // the SDK reads OTEL_* settings (exporters, endpoints, resource) that would change what is sent
        builder.environment().keySet().removeIf(name -> name.startsWith("OTEL_"));
        Process node = builder.start();
        try {
            if (!node.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                fail("send.js did not finish within " + TIMEOUT_SECONDS + " s; output:\n" + read(output));
            }
        } finally {
            node.destroyForcibly().waitFor();
        }
        String text = read(output);
        assertThat(node.exitValue()).as("send.js exit code; output:%n%s", text).isZero();
        return text;
    }

    private static boolean nodeRuns() {
        try {
            Process p = new ProcessBuilder("node", "--version").redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            boolean finished = p.waitFor(10, TimeUnit.SECONDS);
            if (!finished) {
                p.destroyForcibly();
            }
            return finished && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static String read(Path file) throws IOException {
        return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
    }
}
