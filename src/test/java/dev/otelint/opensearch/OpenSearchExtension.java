package dev.otelint.opensearch;

import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Starts one OpenSearch for the whole test run (kept in the root store, so every test class that
 * uses this extension shares it; JUnit closes it when the run ends) and injects an
 * {@link OpenSearchClient}. Without a distribution the tests skip loudly, or fail when CI=true.
 */
public final class OpenSearchExtension implements BeforeAllCallback, ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(OpenSearchExtension.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        server(context);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == OpenSearchClient.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return server(context).client();
    }

    private static OpenSearchServer server(ExtensionContext context) {
        Startup startup = context.getRoot().getStore(NAMESPACE)
                .getOrComputeIfAbsent(Startup.class, key -> Startup.attempt(), Startup.class);
        return startup.serverOrThrow();
    }

    /** The outcome of the one start attempt, remembered so a failed start is not retried per class. */
    private static final class Startup implements ExtensionContext.Store.CloseableResource {
        private final OpenSearchServer server;
        private final String skipReason;
        private final RuntimeException failure;

        private Startup(OpenSearchServer server, String skipReason, RuntimeException failure) {
            this.server = server;
            this.skipReason = skipReason;
            this.failure = failure;
        }

        static Startup attempt() {
            Optional<OpenSearchDistribution> dist = OpenSearchDistribution.find();
            if (dist.isEmpty()) {
                String message = "OpenSearch " + OpenSearchDistribution.configuredVersion()
                        + " distribution not found in " + OpenSearchDistribution.searchedLocations()
                        + " (run the tests through Maven, which fetches it in generate-test-resources)";
                if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                    return new Startup(null, null, new IllegalStateException(message));
                }
                System.err.println("*** SKIPPING the OpenSearch differential tests: " + message + " ***");
                return new Startup(null, message, null);
            }
            try {
                long started = System.nanoTime();
                OpenSearchServer server = OpenSearchServer.start(dist.get());
                System.err.printf("OpenSearch %s started in %.1f s%n", dist.get().version(),
                        (System.nanoTime() - started) / 1e9);
                return new Startup(server, null, null);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new Startup(null, null, new IllegalStateException("interrupted while starting OpenSearch", e));
            } catch (Exception e) {
                return new Startup(null, null, new IllegalStateException("cannot start OpenSearch: " + e.getMessage(), e));
            }
        }

        OpenSearchServer serverOrThrow() {
            if (failure != null) {
                throw failure;
            }
            Assumptions.assumeTrue(skipReason == null, skipReason);
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
