package dev.otelint.collector.extension.healthcheck;

import dev.otelint.collector.net.HostPort;
import java.net.InetSocketAddress;

/** The health check's endpoint, with the collector's message for a bad one ("address X: missing port in address"). */
final class ListenAddress {
    private ListenAddress() {}

    static HostPort parse(String endpoint) {
        try {
            return HostPort.split(endpoint);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("address " + endpoint + ": " + e.getMessage(), e);
        }
    }

    /** A resolved address to bind. */
    static InetSocketAddress bindable(String endpoint) {
        return parse(endpoint).bindable();
    }
}
