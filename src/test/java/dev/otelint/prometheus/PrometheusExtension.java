package dev.otelint.prometheus;

import java.nio.file.Files;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Provides one Prometheus for the whole test run (root store: started on first use, stopped when the run ends) and
 * injects it as a {@link PrometheusServer} parameter. Without the binary the tests skip loudly, or fail when CI=true
 * (.ci/run installs Debian's prometheus package).
 */
public final class PrometheusExtension implements BeforeEachCallback, ParameterResolver {
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(PrometheusExtension.class);

    @Override
    public void beforeEach(ExtensionContext context) {
        binaryOrSkip(context.getDisplayName());
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == PrometheusServer.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE)
                .getOrComputeIfAbsent(Startup.class, key -> Startup.attempt(), Startup.class).serverOrThrow();
    }

    /** Skips the test (fails it when CI=true) when the Prometheus binary is absent. */
    public static void binaryOrSkip(String test) {
        if (Files.isExecutable(PrometheusServer.BINARY)) {
            return;
        }
        String message = "Prometheus not found at " + PrometheusServer.BINARY
                + " (install Debian's prometheus package: apt-get install prometheus)";
        if ("true".equalsIgnoreCase(System.getenv("CI"))) {
            throw new IllegalStateException(message);
        }
        System.err.println("*** SKIPPING " + test + ": " + message + " ***");
        Assumptions.abort(message);
    }

    /** The one start attempt, remembered so that a failed start is not retried per test. */
    private record Startup(PrometheusServer server, RuntimeException failure)
            implements ExtensionContext.Store.CloseableResource {
        static Startup attempt() {
            try {
                return new Startup(PrometheusServer.start(), null);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new Startup(null, new IllegalStateException("interrupted while starting Prometheus", e));
            } catch (Exception e) {
                return new Startup(null, new IllegalStateException("cannot start Prometheus: " + e.getMessage(), e));
            }
        }

        PrometheusServer serverOrThrow() {
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
