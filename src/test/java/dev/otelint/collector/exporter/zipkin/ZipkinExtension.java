package dev.otelint.collector.exporter.zipkin;

import dev.otelint.testing.SharedServer;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Provides one Zipkin server for the whole test run, started on first use and kept in the root store so JUnit stops
 * it when the run ends. Without the jar the tests skip loudly, or fail when CI=true.
 */
final class ZipkinExtension implements BeforeEachCallback, ParameterResolver {

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
        return SharedServer.get(context, ZipkinServer.class, "Zipkin " + ZipkinServer.VERSION, () -> ZipkinServer.start(jar));
    }

    private static Path jarOrSkip(String test) {
        Optional<Path> jar = ZipkinServer.findJar();
        if (jar.isEmpty()) {
            SharedServer.skip(test, "Zipkin server " + ZipkinServer.VERSION + " exec jar not found in "
                    + ZipkinServer.candidates() + " (run the tests through Maven, which fetches it in "
                    + "generate-test-resources)");
        }
        return jar.get();
    }
}
