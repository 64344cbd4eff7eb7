package dev.otelint.collector.service.telemetry;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;

/**
 * Serves the collector's metrics on GET /metrics in the Prometheus text format 0.0.4, as the collector's pull
 * reader does; other paths are 404, other methods 405. One thread: scrapes are rare and small.
 */
final class PrometheusServer {
    static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

    private final PrometheusEndpoint endpoint;
    private final Supplier<String> exposition;
    private HttpServer server;
    private ExecutorService executor;

    PrometheusServer(PrometheusEndpoint endpoint, Supplier<String> exposition) {
        this.endpoint = endpoint;
        this.exposition = exposition;
    }

    /** Binds the endpoint; throws {@link IOException} when it cannot (a port in use). */
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(endpoint.host(), endpoint.port()), 0);
        executor = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "otelint-telemetry-" + endpoint);
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    /** The bound address: the real port when the endpoint asked for port 0. */
    PrometheusEndpoint address() {
        return new PrometheusEndpoint(endpoint.host(), server.getAddress().getPort());
    }

    void shutdown() {
        if (server != null) {
            server.stop(0);
            executor.shutdownNow();
            server = null;
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!exchange.getRequestURI().getPath().equals("/metrics")) {
                send(exchange, 404, "404 page not found\n");
            } else if (!exchange.getRequestMethod().equals("GET") && !exchange.getRequestMethod().equals("HEAD")) {
                exchange.getResponseHeaders().set("Allow", "GET, HEAD");
                send(exchange, 405, "method not allowed\n");
            } else {
                exchange.getResponseHeaders().set("Content-Type", CONTENT_TYPE);
                send(exchange, 200, exposition.get());
            }
        }
    }

    private static void send(HttpExchange exchange, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        if (exchange.getRequestMethod().equals("HEAD")) {
            exchange.sendResponseHeaders(status, -1);
            return;
        }
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
