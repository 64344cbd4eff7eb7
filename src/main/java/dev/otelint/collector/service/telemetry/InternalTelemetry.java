package dev.otelint.collector.service.telemetry;

import dev.otelint.collector.component.CollectorLog;
import dev.otelint.report.BadInputException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;

/**
 * The collector's own telemetry: one metric registry for every component, and the Prometheus endpoints that
 * serve it. Every series carries the collector's resource labels (service_instance_id, a random UUID per run;
 * service_name; service_version). Started before the components and stopped after them.
 */
public final class InternalTelemetry {
    static final String SERVICE_NAME = "otelint";

    private final TelemetryConfig config;
    private final CollectorLog log;
    private final MetricRegistry registry;
    private final Labels resource;
    private final List<PrometheusServer> servers = new ArrayList<>();

    public InternalTelemetry(TelemetryConfig config, CollectorLog log) {
        this.config = config;
        this.log = log;
        this.registry = new MetricRegistry(config.level());
        this.resource = Labels.of("service_instance_id", UUID.randomUUID().toString(), "service_name", SERVICE_NAME,
                "service_version", version());
        ProcessMetrics.register(registry);
    }

    public MetricRegistry registry() {
        return registry;
    }

    /** Binds every endpoint; a port in use is bad input naming the setting, as the collector fails to start. */
    public synchronized void start() {
        for (PrometheusEndpoint endpoint : config.served()) {
            PrometheusServer server = new PrometheusServer(endpoint, this::exposition);
            try {
                server.start();
            } catch (IOException | RuntimeException e) {
                shutdown();
                throw new BadInputException("service::telemetry::metrics: cannot serve metrics on " + endpoint
                        + ": " + e.getMessage());
            }
            servers.add(server);
            log.info("Serving metrics", "{\"address\": \"" + server.address() + "\", \"metrics level\": \""
                    + config.level().display() + "\"}");
        }
    }

    public synchronized void shutdown() {
        servers.forEach(PrometheusServer::shutdown);
        servers.clear();
    }

    /** The addresses being served, with the real port where port 0 was asked for. */
    public synchronized List<PrometheusEndpoint> addresses() {
        return servers.stream().map(PrometheusServer::address).toList();
    }

    /** What GET /metrics answers. */
    public String exposition() {
        return registry.exposition(resource);
    }

    /** otelint's version, as otelint --version prints it ("dev" outside a build). */
    public static String version() {
        Properties p = new Properties();
        try (InputStream in = InternalTelemetry.class.getResourceAsStream("/otelint-version.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            // "dev", as otelint --version
        }
        return p.getProperty("version", "dev");
    }
}
