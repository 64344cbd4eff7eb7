package dev.otelint.collector.receiver.otlp;

import java.net.InetSocketAddress;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** Where a receiver's server listens, and its handler threads. A server endpoint "host:port" ("[::1]:4317", ":4318" for every interface). */
final class Endpoints {
    private static final int HANDLER_THREADS = Math.max(4, 2 * Runtime.getRuntime().availableProcessors());

    private Endpoints() {}

    /** The address to listen on, its host resolved. */
    static InetSocketAddress bindAddress(String endpoint, String where) {
        InetSocketAddress address = hostPort(endpoint, where);
        return address.isUnresolved() ? new InetSocketAddress(address.getHostString(), address.getPort()) : address;
    }

    /**
     * The fixed pool a server handles requests on: at most this many request bodies are in memory at once,
     * however many clients connect; other requests wait their turn.
     */
    static ExecutorService handlerThreads(String name) {
        return Executors.newFixedThreadPool(HANDLER_THREADS, r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
    }

    static InetSocketAddress hostPort(String endpoint, String where) {
        int colon = endpoint.lastIndexOf(':');
        if (colon < 0) {
            throw new IllegalArgumentException(where + ": endpoint \"" + endpoint + "\": missing port in address");
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
            throw new IllegalArgumentException(where + ": endpoint \"" + endpoint + "\": invalid port");
        }
        // an empty host listens on every interface, as Go's net.Listen
        return host.isEmpty() ? new InetSocketAddress(port) : InetSocketAddress.createUnresolved(host, port);
    }
}
