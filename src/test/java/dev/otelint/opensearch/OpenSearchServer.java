package dev.otelint.opensearch;

import dev.otelint.testing.FreePorts;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One real single-node OpenSearch on loopback ports, unpacked into a temp dir and deleted again on
 * close. Closing stops the whole process tree; a JVM shutdown hook does the same if close never runs.
 */
final class OpenSearchServer implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(
            Long.getLong("otelint.opensearch.startTimeoutSeconds", 180));
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);
    private static final int LOG_TAIL_LINES = 40;

    private final OpenSearchInstall install;
    private final Process process;
    private final OpenSearchClient client;
    private final Thread shutdownHook;
    private boolean closed;

    private OpenSearchServer(OpenSearchInstall install, Process process, OpenSearchClient client) {
        this.install = install;
        this.process = process;
        this.client = client;
        this.shutdownHook = new Thread(this::stop, "opensearch-shutdown");
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    static OpenSearchServer start(OpenSearchDistribution dist) throws IOException, InterruptedException {
        return start(dist, List.of());
    }

    /** {@code extraSettings} are more {@code -Ename=value} arguments. */
    static OpenSearchServer start(OpenSearchDistribution dist, List<String> extraSettings)
            throws IOException, InterruptedException {
        OpenSearchInstall install = OpenSearchInstall.unpack(dist);
        OpenSearchServer server;
        try {
            int httpPort = freeLoopbackPort();
            int transportPort = freeLoopbackPort();
            List<String> command = command(install, httpPort, transportPort);
            command.addAll(extraSettings);
            ProcessBuilder pb = new ProcessBuilder(ServiceUser.command(command, install.root()))
                    .directory(install.home().toFile())
                    .redirectErrorStream(true)
                    .redirectOutput(install.console().toFile());
            environment(pb.environment(), install);
            server = new OpenSearchServer(install, pb.start(), new OpenSearchClient(httpPort));
        } catch (IOException | RuntimeException | InterruptedException e) {
            install.delete();
            throw e;
        }
        try {
            server.awaitYellow();
            return server;
        } catch (RuntimeException | InterruptedException e) {
            server.close();
            throw e;
        }
    }

    OpenSearchClient client() {
        return client;
    }

    /** The launched process (runuser or the launch script, whose java is a descendant). */
    ProcessHandle process() {
        return process.toHandle();
    }

    /** The temp dir holding the unpacked distribution, data and logs. */
    Path directory() {
        return install.root();
    }

    @Override
    public void close() {
        stop();
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException alreadyShuttingDown) {
            // the hook is running or has run stop() itself
        }
    }

    private static List<String> command(OpenSearchInstall install, int httpPort, int transportPort) {
        List<String> cmd = new ArrayList<>();
        cmd.add(install.home().resolve("bin").resolve("opensearch").toString());
        cmd.addAll(List.of(
                "-Ediscovery.type=single-node",
                "-Enetwork.host=127.0.0.1",
                "-Ehttp.port=" + httpPort,
                "-Etransport.port=" + transportPort,
                "-Epath.data=" + install.data(),
                "-Epath.logs=" + install.logs(),
                "-Ecluster.name=otelint-differential",
                "-Enode.name=otelint",
                // a nearly full disk must not turn the test indices read-only
                "-Ecluster.routing.allocation.disk.threshold_enabled=false"));
        return cmd;
    }

    private static void environment(Map<String, String> env, OpenSearchInstall install) {
        env.put("OPENSEARCH_JAVA_HOME", javaHome());
        // jvm.options asks for 1g and pre-touches it; 512m is plenty for test indices and starts faster
        env.put("OPENSEARCH_JAVA_OPTS", "-Xms512m -Xmx512m -XX:-AlwaysPreTouch");
        // otherwise bin/opensearch-env leaves a mktemp dir in /tmp behind
        env.put("OPENSEARCH_TMPDIR", install.tmp().toString());
        env.remove("JAVA_TOOL_OPTIONS");
        env.remove("OPENSEARCH_PATH_CONF");
    }

    private static String javaHome() {
        Path debianJdk17 = Path.of("/usr/lib/jvm/java-17-openjdk-amd64");
        return debianJdk17.toFile().isDirectory() ? debianJdk17.toString() : System.getProperty("java.home");
    }

    private static int freeLoopbackPort() {
        return FreePorts.pick();
    }

    private void awaitYellow() throws InterruptedException {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("OpenSearch exited with code " + process.exitValue()
                        + " while starting; last lines of " + install.console() + ":\n" + logTail());
            }
            if (client.isYellow()) {
                return;
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("OpenSearch did not reach yellow health within " + START_TIMEOUT.toSeconds()
                + " s; last lines of " + install.console() + ":\n" + logTail());
    }

    private String logTail() {
        return OpenSearchInstall.tail(install.console(), LOG_TAIL_LINES);
    }

    /** Stops the process tree (runuser, the launch script's java) and deletes the temp dirs. */
    private synchronized void stop() {
        if (closed) {
            return;
        }
        closed = true;
        List<ProcessHandle> tree = new ArrayList<>(process.descendants().toList());
        tree.add(process.toHandle());
        tree.forEach(ProcessHandle::destroy);
        for (ProcessHandle p : tree) {
            awaitExit(p);
        }
        install.delete();
    }

    private static void awaitExit(ProcessHandle p) {
        if (exited(p)) {
            return;
        }
        p.destroyForcibly();
        if (!exited(p)) {
            throw new IllegalStateException("cannot stop OpenSearch process " + p.pid());
        }
    }

    private static boolean exited(ProcessHandle p) {
        try {
            p.onExit().get(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (ExecutionException e) {
            return !p.isAlive();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return !p.isAlive();
        }
    }
}
