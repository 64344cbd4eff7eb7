package dev.otelint.collector.net;

import java.net.InetSocketAddress;

/**
 * A server endpoint "host:port" split as Go's net.SplitHostPort does: "[::1]:4317" for IPv6, and an empty
 * host (":4318") that listens on every interface, as Go's net.Listen.
 */
public record HostPort(String host, int port) {

    /** Splits {@code endpoint}; a bad one is an IllegalArgumentException in Go's words ("missing port in address"). */
    public static HostPort split(String endpoint) {
        int colon = endpoint.lastIndexOf(':');
        if (colon < 0) {
            throw new IllegalArgumentException("missing port in address");
        }
        String host = endpoint.substring(0, colon);
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        int port;
        try {
            port = Integer.parseInt(endpoint.substring(colon + 1));
        } catch (NumberFormatException e) {
            port = -1;
        }
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("invalid port");
        }
        return new HostPort(host, port);
    }

    /** The address to listen on, its host resolved. */
    public InetSocketAddress bindable() {
        return host.isEmpty() ? new InetSocketAddress(port) : new InetSocketAddress(host, port);
    }
}
