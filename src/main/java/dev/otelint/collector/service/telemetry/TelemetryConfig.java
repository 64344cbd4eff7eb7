package dev.otelint.collector.service.telemetry;

import java.util.List;

/**
 * The parts of service::telemetry otelint applies: the metrics level and the Prometheus endpoints. No endpoint
 * configured means the collector's default, {@code localhost:8888}.
 */
public record TelemetryConfig(MetricsLevel level, List<PrometheusEndpoint> endpoints) {
    /** Tests set this system property (to {@code localhost:0}) so that parallel runs never fight over 8888. */
    public static final String DEFAULT_ADDRESS_PROPERTY = "otelint.collector.telemetry.address";
    private static final String DEFAULT_ADDRESS = "localhost:8888";

    public TelemetryConfig {
        endpoints = List.copyOf(endpoints);
    }

    public static TelemetryConfig defaults() {
        return new TelemetryConfig(MetricsLevel.NORMAL, List.of());
    }

    /** The endpoints to serve: none at level none, the default one when none is configured. */
    public List<PrometheusEndpoint> served() {
        if (level == MetricsLevel.NONE) {
            return List.of();
        }
        if (endpoints.isEmpty()) {
            return List.of(PrometheusEndpoint.parse(System.getProperty(DEFAULT_ADDRESS_PROPERTY, DEFAULT_ADDRESS)));
        }
        return endpoints;
    }
}
