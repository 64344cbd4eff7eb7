package dev.otelint.collector.exporter.zipkin;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Provides one Zipkin server for the whole test run, started on first use and kept in the root store so JUnit stops
 * it when the run ends. Without the jar the tests skip loudly, or fail when CI=true.
 */
final class ZipkinExtension implements BeforeEachCallback, ParameterResolver {
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(ZipkinExtension.class);

    @Override
    public void beforeEach(ExtensionContext context) {
        jarOrSkip(context.getDisplayName());
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == ZipkinServer.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Path jar = jarOrSkip(context.getDisplayName());
        return context.getRoot().getStore(NAMESPACE)
                .getOrComputeIfAbsent(Startup.class, key -> Startup.attempt(jar), Startup.class).serverOrThrow();
    }

    private static Path jarOrSkip(String test) {
        Optional<Path> jar = ZipkinServer.findJar();
        if (jar.isEmpty()) {
            String message = "Zipkin server " + ZipkinServer.VERSION + " exec jar not found in " + ZipkinServer.candidates()
                    + " (run the tests through Maven, which fetches it in generate-test-resources)";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new IllegalStateException(message);
            }
            System.err.println("*** SKIPPING " + test + ": " + message + " ***");
            Assumptions.abort(message);
        }
        return jar.get();
    }

    /** The one start attempt, remembered so a failed start is not retried by every test. */
    private record Startup(ZipkinServer server, RuntimeException failure) implements ExtensionContext.Store.CloseableResource {
        static Startup attempt(Path jar) {
            try {
                long started = System.nanoTime();
                ZipkinServer server = ZipkinServer.start(jar);
                System.err.printf("Zipkin %s started in %.1f s%n", ZipkinServer.VERSION, (System.nanoTime() - started) / 1e9);
                return new Startup(server, null);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new Startup(null, new IllegalStateException("interrupted while starting Zipkin", e));
            } catch (Exception e) {
                return new Startup(null, new IllegalStateException("cannot start Zipkin: " + e.getMessage(), e));
            }
        }

        ZipkinServer serverOrThrow() {
            if (failure != null) {
                throw failure;
            }
            return server;
        }

        @Override
        public void close() {
            if (server != null) {
                server.close();
            }
        }
    }
}
