package dev.otelint.prometheus;

import dev.otelint.testing.FreePorts;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A real Prometheus (Debian's /usr/bin/prometheus) with its remote write receiver on, on a loopback port, its TSDB in
 * a temp dir. {@link #stop()} and {@link #restart()} keep port and TSDB (the fault test); {@link #close()} stops it
 * and deletes the dir. A JVM shutdown hook stops the process if close never runs.
 */
public final class PrometheusServer implements AutoCloseable {
    public static final Path BINARY = Path.of(System.getProperty("otelint.prometheus", "/usr/bin/prometheus"));
    private static final Duration START_TIMEOUT = Duration.ofSeconds(60);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path dir;
    private final int port;
    private final HttpClient http = HttpClient.newHttpClient();
    private final Thread shutdownHook = new Thread(this::stop, "prometheus-shutdown");
    private Process process;

    private PrometheusServer(Path dir, int port) {
        this.dir = dir;
        this.port = port;
        Runtime.getRuntime().addShutdownHook(shutdownHook);
    }

    public static PrometheusServer start() throws IOException, InterruptedException {
        Path dir = Files.createTempDirectory("otelint-prometheus");
        // no scrape jobs: only what the tests write is in the TSDB
        Files.writeString(dir.resolve("prometheus.yml"), "global:\n  scrape_interval: 1h\n");
        PrometheusServer server = new PrometheusServer(dir, freeLoopbackPort());
        try {
            server.restart();
            return server;
        } catch (IOException | RuntimeException | InterruptedException e) {
            server.close();
            throw e;
        }
    }

    public String writeUrl() {
        return "http://127.0.0.1:" + port + "/api/v1/write";
    }

    /** Starts the process again on the same port and TSDB, and waits until it is ready. */
    public synchronized void restart() throws IOException, InterruptedException {
        if (process != null && process.isAlive()) {
            throw new IllegalStateException("Prometheus is running");
        }
        process = new ProcessBuilder(BINARY.toString(), "--web.enable-remote-write-receiver",
                "--storage.tsdb.path=" + dir.resolve("data"), "--web.listen-address=127.0.0.1:" + port,
                "--config.file=" + dir.resolve("prometheus.yml"))
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(dir.resolve("log").toFile()))
                .start();
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (!ready()) {
            if (!process.isAlive() || System.nanoTime() > deadline) {
                stop();
                throw new IllegalStateException("Prometheus did not become ready; its log:\n" + logTail());
            }
            Thread.sleep(100);
        }
    }

    /** Stops the process (SIGTERM, then SIGKILL after 30 s); port and TSDB stay. */
    public synchronized void stop() {
        if (process == null) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        process = null;
    }

    /** An instant query's result vector ({@code data.result}). */
    public JsonNode query(String promql) throws IOException, InterruptedException {
        return get("/api/v1/query?query=" + URLEncoder.encode(promql, StandardCharsets.UTF_8)).path("data").path("result");
    }

    /** The label sets of the series matching {@code selector}. */
    public JsonNode series(String selector) throws IOException, InterruptedException {
        return get("/api/v1/series?match[]=" + URLEncoder.encode(selector, StandardCharsets.UTF_8)).path("data");
    }

    private JsonNode get(String path) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException("GET " + path + ": HTTP " + response.statusCode() + ": " + response.body());
        }
        return JSON.readTree(response.body());
    }

    private boolean ready() {
        try {
            return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/-/ready"))
                    .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private String logTail() {
        try {
            List<String> lines = Files.readAllLines(dir.resolve("log"));
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }

    @Override
    public void close() {
        stop();
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException e) {
            // the JVM is already shutting down: the hook runs stop() itself
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            System.err.println("cannot delete " + dir + ": " + e.getMessage());
        }
    }

    private static int freeLoopbackPort() {
        return FreePorts.pick();
    }
}
