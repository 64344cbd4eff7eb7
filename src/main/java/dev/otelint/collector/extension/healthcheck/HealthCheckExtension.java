package dev.otelint.collector.extension.healthcheck;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.otelint.collector.component.Component;
import dev.otelint.collector.component.ComponentSettings;
import dev.otelint.collector.component.GoDuration;
import dev.otelint.collector.component.Host;
import dev.otelint.collector.component.PipelineWatcher;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

/**
 * Serves the collector's health over HTTP as healthcheckextension does: 503 with {"status":"Server not
 * available",...} until every pipeline has started and again once shutdown begins, 200 with
 * {"status":"Server available","upSince":...,"uptime":...} in between.
 */
final class HealthCheckExtension implements Component, PipelineWatcher {
    private static final String ZERO_TIME = "0001-01-01T00:00:00Z"; // Go's zero time.Time in JSON

    private final HealthCheckConfig config;
    private final ComponentSettings settings;
    private volatile Instant upSince; // null: not ready
    private HttpServer server;

    HealthCheckExtension(HealthCheckConfig config, ComponentSettings settings) {
        this.config = config;
        this.settings = settings;
    }

    @Override
    public synchronized void start(Host host) {
        try {
            server = HttpServer.create(ListenAddress.bindable(config.endpoint), 0);
        } catch (IOException e) {
            throw new UncheckedIOException("health_check: listen tcp " + config.endpoint + ": " + e.getMessage(), e);
        }
        server.createContext("/", this::handle);
        server.start();
        settings.log().info("Starting health_check extension", "{\"otelcol.component.id\": \"" + settings.id()
                + "\", \"config\": {\"endpoint\": \"" + config.endpoint + "\", \"path\": \"" + config.path + "\"}}");
    }

    /** The port it listens on (the configured one, or the one the system chose for port 0). */
    int port() {
        return server.getAddress().getPort();
    }

    @Override
    public void ready() {
        if (upSince == null) {
            upSince = Instant.now();
        }
        settings.log().info("Health Check state change", "{\"status\": \"ready\"}");
    }

    @Override
    public void notReady() {
        upSince = null;
        settings.log().info("Health Check state change", "{\"status\": \"unavailable\"}");
    }

    @Override
    public synchronized void shutdown() {
        if (server != null) {
            server.stop(0);
            server = null;
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!servesPath(exchange.getRequestURI().getPath())) {
                reply(exchange, 404, "text/plain; charset=utf-8", "404 page not found\n");
                return;
            }
            Instant since = upSince;
            String body = config.responseBody != null
                    ? (since != null ? config.responseBody.healthy : config.responseBody.unhealthy)
                    : statusJson(since);
            reply(exchange, since != null ? 200 : 503, "application/json", body);
        }
    }

    /** Go's ServeMux: a path ending in / serves its whole subtree, any other path only itself. */
    private boolean servesPath(String requested) {
        return config.path.endsWith("/") ? requested.startsWith(config.path) : requested.equals(config.path);
    }

    private static String statusJson(Instant since) {
        if (since == null) {
            return "{\"status\":\"Server not available\",\"upSince\":\"" + ZERO_TIME + "\",\"uptime\":\"\"}";
        }
        return "{\"status\":\"Server available\",\"upSince\":\"" + since + "\",\"uptime\":\""
                + GoDuration.format(Duration.between(since, Instant.now())) + "\"}";
    }

    private static void reply(HttpExchange exchange, int status, String contentType, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", contentType);
        exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
