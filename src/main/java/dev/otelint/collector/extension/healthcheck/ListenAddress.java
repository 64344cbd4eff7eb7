package dev.otelint.collector.extension.healthcheck;

import java.net.InetSocketAddress;

/** A server endpoint "host:port" as Go's net.Listen takes it: ":13133" or "0.0.0.0:13133" listen everywhere. */
final class ListenAddress {
    private ListenAddress() {}

    static InetSocketAddress parse(String endpoint) {
        int colon = endpoint.lastIndexOf(':');
        if (colon < 0) {
            throw new IllegalArgumentException("address " + endpoint + ": missing port in address");
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
            throw new IllegalArgumentException("address " + endpoint + ": invalid port");
        }
        return host.isEmpty() ? new InetSocketAddress(port) : InetSocketAddress.createUnresolved(host, port);
    }

    /** A resolved address to bind. */
    static InetSocketAddress bindable(String endpoint) {
        InetSocketAddress a = parse(endpoint);
        return a.isUnresolved() ? new InetSocketAddress(a.getHostString(), a.getPort()) : a;
    }
}
