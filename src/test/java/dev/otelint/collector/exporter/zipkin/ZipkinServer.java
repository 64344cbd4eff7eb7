package dev.otelint.collector.exporter.zipkin;

import dev.otelint.testing.FreePorts;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * One real Zipkin server (the exec jar Maven copies to target/zipkin), in-memory storage, on a free loopback port.
 * Closing stops its process tree; a JVM shutdown hook does the same if close never runs.
 */
final class ZipkinServer implements AutoCloseable {
    static final String VERSION = System.getProperty("otelint.zipkin.version", "3.5.1");
    private static final Duration START_TIMEOUT = Duration.ofSeconds(Long.getLong("otelint.zipkin.startTimeoutSeconds", 180));
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Process process;
    private final Path log;
    private final int port;
    private final HttpClient http = HttpClient.newHttpClient();
    private final Thread shutdownHook = new Thread(this::stop, "zipkin-shutdown");
    private boolean stopped;

    private ZipkinServer(Process process, Path log, int port) {
        this.process = process;
        this.log = log;
        this.port = port;
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    /** Where the jar was looked for, for the message shown when it is missing. */
    static List<Path> candidates() {
        String name = "zipkin-server-" + VERSION + "-exec.jar";
        String repo = System.getProperty("maven.repo.local", Path.of(System.getProperty("user.home"), ".m2", "repository").toString());
        return List.of(Path.of("target", "zipkin", name).toAbsolutePath(),
                Path.of(repo, "io", "zipkin", "zipkin-server", VERSION, name));
    }

    static Optional<Path> findJar() {
        return candidates().stream().filter(Files::isRegularFile).findFirst();
    }

    static ZipkinServer start(Path jar) throws IOException, InterruptedException {
        int port = freeLoopbackPort();
        Path log = Files.createTempFile("otelint-zipkin", ".log");
        ProcessBuilder pb = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m", "-XX:TieredStopAtLevel=1", "-jar", jar.toString(),
                // the whole list item: Spring replaces, not merges, the jar's armeria.ports[0]
                "--armeria.ports[0].ip=127.0.0.1", "--armeria.ports[0].port=" + port,
                "--armeria.ports[0].protocols[0]=http")
                .redirectErrorStream(true).redirectOutput(log.toFile());
        pb.environment().put("STORAGE_TYPE", "mem");
        pb.environment().remove("JAVA_TOOL_OPTIONS");
        ZipkinServer server = new ZipkinServer(pb.start(), log, port);
        try {
            server.awaitHealthy();
            return server;
        } catch (RuntimeException | InterruptedException e) {
            server.close();
            throw e;
        }
    }

    String spansUrl() {
        return baseUrl() + "/api/v2/spans";
    }

    String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    /** GET /api/v2/trace/{id}: the trace's spans as Zipkin stored them, or an empty array before they arrive. */
    JsonNode trace(String traceId) throws IOException, InterruptedException {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/api/v2/trace/" + traceId)).build(),
                HttpResponse.BodyHandlers.ofString());
        return r.statusCode() == 404 ? JSON.createArrayNode() : JSON.readTree(r.body());
    }

    /** The trace once it holds {@code spans} spans (Zipkin stores asynchronously after its 202). */
    JsonNode awaitTrace(String traceId, int spans) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
        JsonNode trace = trace(traceId);
        while (trace.size() < spans && System.nanoTime() < deadline) {
            Thread.sleep(100);
            trace = trace(traceId);
        }
        return trace;
    }

    private void awaitHealthy() throws InterruptedException {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("Zipkin exited with code " + process.exitValue() + " while starting; see " + log);
            }
            try {
                HttpResponse<Void> r = http.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/health"))
                        .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding());
                if (r.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("Zipkin did not answer /health within " + START_TIMEOUT.toSeconds() + " s; see " + log);
    }

    private static int freeLoopbackPort() {
        return FreePorts.pick();
    }

    @Override
    public void close() {
        stop();
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException alreadyShuttingDown) {
            // the hook runs stop() itself
        }
    }

    /** Stops the java process this server started (and any child it made), then deletes its log. */
    private synchronized void stop() {
        if (stopped) {
            return;
        }
        stopped = true;
        List<ProcessHandle> tree = new ArrayList<>(process.descendants().toList());
        tree.add(process.toHandle());
        tree.forEach(ProcessHandle::destroy);
        for (ProcessHandle p : tree) {
            try {
                p.onExit().get(20, TimeUnit.SECONDS);
            } catch (Exception e) {
                p.destroyForcibly();
            }
        }
        try {
            Files.deleteIfExists(log);
        } catch (IOException ignored) {
            // a temp file; nothing else to do
        }
    }
}
