package dev.otelint.collector.receiver.otlp;

import dev.otelint.collector.net.HostPort;
import java.net.InetSocketAddress;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** Where a receiver's server listens, and its handler threads. A server endpoint "host:port" ("[::1]:4317", ":4318" for every interface). */
final class Endpoints {
    private static final int HANDLER_THREADS = Math.max(4, 2 * Runtime.getRuntime().availableProcessors());

    private Endpoints() {}

    /** The address to listen on, its host resolved. */
    static InetSocketAddress bindAddress(String endpoint, String where) {
        return hostPort(endpoint, where).bindable();
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

    /** The endpoint split; a bad one is named with the protocol it configures. */
    static HostPort hostPort(String endpoint, String where) {
        try {
            return HostPort.split(endpoint);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(where + ": endpoint \"" + endpoint + "\": " + e.getMessage(), e);
        }
    }
}
