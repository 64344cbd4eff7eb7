package dev.otelint.collector.receiver.otlp;

import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsParameters;
import com.sun.net.httpserver.HttpsServer;
import dev.otelint.collector.net.TlsMaterial;
import dev.otelint.collector.net.TlsServerConfig;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;

/**
 * The otlp receiver's HTTP server (the JDK's), with TLS and mTLS when configured. A fixed pool of handler
 * threads reads bodies, so at most that many bodies (each under the body limit) are in memory at once however
 * many clients connect; other connections wait their turn.
 */
final class HttpReceiverServer {
    private static final int BACKLOG = 256;
    private static final int DRAIN_SECONDS = 5;
    private static final long DRAIN_POLL_MILLIS = 10;

    private final HttpServerConfig config;
    private final Map<String, HttpExportHandler.HttpRoute<?>> routes;
    private final String name;
    private HttpServer server;
    private ExecutorService handlers;
    private final AtomicInteger inFlight = new AtomicInteger();
    private volatile boolean draining;

    HttpReceiverServer(HttpServerConfig config, Map<String, HttpExportHandler.HttpRoute<?>> routes, String name) {
        this.config = config;
        this.routes = routes;
        this.name = name;
    }

    void start() {
        InetSocketAddress address = Endpoints.bindAddress(config.endpoint, "protocols::http");
        try {
            server = config.tls == null ? HttpServer.create(address, BACKLOG) : https(address, config.tls);
        } catch (IOException e) {
            throw new UncheckedIOException("listen tcp " + config.endpoint + ": " + e.getMessage(), e);
        }
        handlers = Endpoints.handlerThreads("otelint-otlp-http-" + name);
        server.setExecutor(handlers);
        Cors cors = config.cors == null || config.cors.allowedOrigins.isEmpty() ? null : new Cors(config.cors);
        HttpExportHandler export = new HttpExportHandler(routes, cors, config.bodyLimit());
        server.createContext("/", exchange -> {
            inFlight.incrementAndGet();
            try {
                if (draining) {
                    try (exchange) {
                        exchange.sendResponseHeaders(503, -1);
                    }
                    return;
                }
                export.handle(exchange);
            } finally {
                inFlight.decrementAndGet();
            }
        });
        server.start();
    }

    int port() {
        return server.getAddress().getPort();
    }

    /**
     * Lets requests being handled finish (up to 5 s; new ones are answered 503), then closes. JDK 17's
     * HttpServer.stop(delay) waits the whole delay even when idle, hence the own count of requests in progress.
     */
    void shutdown() {
        if (server == null) {
            return;
        }
        draining = true;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(DRAIN_SECONDS);
        try {
            while (inFlight.get() > 0 && System.nanoTime() < deadline) {
                Thread.sleep(DRAIN_POLL_MILLIS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        server.stop(0);
        handlers.shutdownNow();
        server = null;
    }

    private static HttpsServer https(InetSocketAddress address, TlsServerConfig tls) throws IOException {
        boolean mutual = !tls.clientCaFile.isEmpty();
        SSLContext context = TlsMaterial.context(TlsMaterial.keyManagers(tls.certFile, tls.keyFile),
                mutual ? TlsMaterial.trustManagers(tls.clientCaFile) : null);
        String[] protocols = TlsMaterial.protocols(tls.minVersion, tls.maxVersion);
        HttpsServer server = HttpsServer.create(address, BACKLOG);
        server.setHttpsConfigurator(new HttpsConfigurator(context) {
            @Override
            public void configure(HttpsParameters params) {
                SSLParameters ssl = context.getDefaultSSLParameters();
                ssl.setProtocols(protocols);
                ssl.setNeedClientAuth(mutual);
                params.setSSLParameters(ssl);
            }
        });
        return server;
    }
}
