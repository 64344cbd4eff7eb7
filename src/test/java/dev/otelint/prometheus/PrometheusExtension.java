package dev.otelint.prometheus;

import dev.otelint.testing.SharedServer;
import java.nio.file.Files;
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
        return SharedServer.get(context, PrometheusServer.class, "Prometheus", PrometheusServer::start);
    }

    /** Skips the test (fails it when CI=true) when the Prometheus binary is absent. */
    public static void binaryOrSkip(String test) {
        if (!Files.isExecutable(PrometheusServer.BINARY)) {
            SharedServer.skip(test, "Prometheus not found at " + PrometheusServer.BINARY
                    + " (install Debian's prometheus package: apt-get install prometheus)");
        }
    }
}
