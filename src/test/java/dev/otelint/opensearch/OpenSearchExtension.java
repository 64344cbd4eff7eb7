package dev.otelint.opensearch;

import dev.otelint.testing.SharedServer;
import java.util.Optional;
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
        return SharedServer.get(context, OpenSearchServer.class, "OpenSearch " + dist.version(),
                () -> OpenSearchServer.start(dist)).client();
    }

    private static OpenSearchDistribution distribution(ExtensionContext context) {
        return distributionOrSkip(context.getDisplayName());
    }

    /** The distribution, or a skipped test (a failed one when CI=true) with a message saying why. */
    static OpenSearchDistribution distributionOrSkip(String test) {
        Optional<OpenSearchDistribution> dist = OpenSearchDistribution.find();
        if (dist.isEmpty()) {
            SharedServer.skip(test, "OpenSearch " + OpenSearchDistribution.configuredVersion()
                    + " distribution not found in " + OpenSearchDistribution.searchedLocations()
                    + " (run the tests through Maven, which fetches it in generate-test-resources)");
        }
        return dist.get();
    }
}
