package dev.otelint.collector.exporter.kafka;

import dev.otelint.testing.SharedServer;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * One Kafka broker for the whole test run (3 partitions per auto-created topic), started on first use and kept
 * in the root store, so JUnit stops it and deletes its dir when the run ends. Tests that stop a broker start
 * their own {@link KafkaBroker} instead.
 */
final class KafkaBrokerExtension implements ParameterResolver {

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == KafkaBroker.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return SharedServer.get(context, KafkaBroker.class, "Kafka broker", () -> KafkaBroker.start(3));
    }
}
