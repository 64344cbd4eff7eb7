package dev.otelint.collector.service.telemetry;

import dev.otelint.collector.net.HostPort;

/** Where a Prometheus pull reader serves /metrics. */
public record PrometheusEndpoint(String host, int port) {

    /** "host:port" ("[::1]:8888" for IPv6), as service::telemetry::metrics::address. */
    public static PrometheusEndpoint parse(String address) {
        HostPort split;
        try {
            split = HostPort.split(address);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("address " + address + ": " + e.getMessage(), e);
        }
        return of(split.host(), split.port());
    }

    static PrometheusEndpoint of(String host, int port) {
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("invalid port " + port + ": must be 0-65535");
        }
        return new PrometheusEndpoint(host.isEmpty() ? "0.0.0.0" : host, port); // Go: an empty host is every interface
    }

    @Override
    public String toString() {
        return (host.contains(":") ? "[" + host + "]" : host) + ":" + port;
    }
}
