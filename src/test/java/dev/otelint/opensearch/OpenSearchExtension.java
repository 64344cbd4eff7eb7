package dev.otelint.opensearch;

import java.util.Optional;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Provides one OpenSearch for the whole test run and injects an {@link OpenSearchClient}. The server
 * starts on first use and lives in the root store, so every test class shares it and JUnit closes it
 * when the run ends. Without a distribution the test classes skip loudly, or fail when CI=true.
 */
public final class OpenSearchExtension implements BeforeEachCallback, ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(OpenSearchExtension.class);

    /**
     * Only finds the distribution, skipping each test when it is absent (Maven then counts them as
     * skipped); the server starts when a test first asks for a client.
     */
    @Override
    public void beforeEach(ExtensionContext context) {
        distribution(context);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == OpenSearchClient.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        OpenSearchDistribution dist = distribution(context);
        Startup startup = context.getRoot().getStore(NAMESPACE)
                .getOrComputeIfAbsent(Startup.class, key -> Startup.attempt(dist), Startup.class);
        return startup.serverOrThrow().client();
    }

    private static OpenSearchDistribution distribution(ExtensionContext context) {
        return distributionOrSkip(context.getDisplayName());
    }

    /** The distribution, or a skipped test (a failed one when CI=true) with a message saying why. */
    static OpenSearchDistribution distributionOrSkip(String test) {
        Optional<OpenSearchDistribution> dist = OpenSearchDistribution.find();
        if (dist.isEmpty()) {
            String message = "OpenSearch " + OpenSearchDistribution.configuredVersion()
                    + " distribution not found in " + OpenSearchDistribution.searchedLocations()
                    + " (run the tests through Maven, which fetches it in generate-test-resources)";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                throw new IllegalStateException(message);
            }
            System.err.println("*** SKIPPING " + test + ": " + message + " ***");
            Assumptions.abort(message);
        }
        return dist.get();
    }

    /** The outcome of the one start attempt, remembered so a failed start is not retried per class. */
    private static final class Startup implements ExtensionContext.Store.CloseableResource {
        private final OpenSearchServer server;
        private final RuntimeException failure;

        private Startup(OpenSearchServer server, RuntimeException failure) {
            this.server = server;
            this.failure = failure;
        }

        static Startup attempt(OpenSearchDistribution dist) {
            try {
                long started = System.nanoTime();
                OpenSearchServer server = OpenSearchServer.start(dist);
                System.err.printf("OpenSearch %s started in %.1f s%n", dist.version(), (System.nanoTime() - started) / 1e9);
                return new Startup(server, null);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return new Startup(null, new IllegalStateException("interrupted while starting OpenSearch", e));
            } catch (Exception e) {
                return new Startup(null, new IllegalStateException("cannot start OpenSearch: " + e.getMessage(), e));
            }
        }

        OpenSearchServer serverOrThrow() {
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
