package dev.otelint.testing;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real server shared by the whole test run: started on first use and kept in JUnit's root store, so JUnit closes
 * it when the run ends. The one start attempt is remembered, so a server that failed to start is not retried by
 * every test. Used by the extensions that provide OpenSearch, Prometheus, Zipkin and Kafka.
 */
public final class SharedServer {
    /** Starts the server; any exception means it could not start. */
    public interface Starter<S extends AutoCloseable> {
        S start() throws Exception;
    }

    private SharedServer() {}

    /** The run's server of {@code type}, started with {@code starter} on first use; {@code name} is for messages. */
    public static <S extends AutoCloseable> S get(ExtensionContext context, Class<S> type, String name,
                                                  Starter<S> starter) {
        ExtensionContext.Namespace namespace = ExtensionContext.Namespace.create(SharedServer.class, type);
        Startup<?> startup = context.getRoot().getStore(namespace)
                .getOrComputeIfAbsent(Startup.class, key -> Startup.attempt(name, starter), Startup.class);
        return type.cast(startup.serverOrThrow());
    }

    /** Skips the test with a loud line saying why, or fails it when CI=true (CI must never skip a real peer). */
    public static void skip(String test, String message) {
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new IllegalStateException(message);
        }
        System.err.println("*** SKIPPING " + test + ": " + message + " ***");
        Assumptions.abort(message);
    }

    private record Startup<S extends AutoCloseable>(S server, RuntimeException failure)
            implements ExtensionContext.Store.CloseableResource {
        static <S extends AutoCloseable> Startup<S> attempt(String name, Starter<S> starter) {
            try {
                long started = System.nanoTime();
                S server = starter.start();
                System.err.printf("%s started in %.1f s%n", name, (System.nanoTime() - started) / 1e9);
                return new Startup<>(server, null);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new Startup<>(null, new IllegalStateException("interrupted while starting " + name, e));
            } catch (Exception e) {
                return new Startup<>(null, new IllegalStateException("cannot start " + name + ": " + e.getMessage(), e));
            }
        }

        S serverOrThrow() {
            if (failure != null) {
                throw failure;
            }
            return server;
        }

        @Override
        public void close() throws Exception {
            if (server != null) {
                server.close();
            }
        }
    }
}
