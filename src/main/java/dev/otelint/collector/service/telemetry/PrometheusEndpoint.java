package dev.otelint.collector.service.telemetry;

/** Where a Prometheus pull reader serves /metrics. */
public record PrometheusEndpoint(String host, int port) {

    /** "host:port" ("[::1]:8888" for IPv6), as service::telemetry::metrics::address. */
    public static PrometheusEndpoint parse(String address) {
        int colon = address.lastIndexOf(':');
        if (colon < 0) {
            throw new IllegalArgumentException("address " + address + ": missing port in address");
        }
        String host = address.substring(0, colon);
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        int port;
        try {
            port = Integer.parseInt(address.substring(colon + 1));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("address " + address + ": invalid port");
        }
        return of(host, port);
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
