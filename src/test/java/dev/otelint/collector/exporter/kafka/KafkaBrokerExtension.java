package dev.otelint.collector.exporter.kafka;

import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * One Kafka broker for the whole test run (3 partitions per auto-created topic), started on first use and kept
 * in the root store, so JUnit stops it and deletes its dir when the run ends. Tests that stop a broker start
 * their own {@link KafkaBroker} instead.
 */
final class KafkaBrokerExtension implements ParameterResolver {
    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(KafkaBrokerExtension.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == KafkaBroker.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return context.getRoot().getStore(NAMESPACE).getOrComputeIfAbsent(Shared.class, key -> Shared.start(),
                Shared.class).broker;
    }

    /** The shared broker, closed by JUnit with the root store. */
    private static final class Shared implements ExtensionContext.Store.CloseableResource {
        private final KafkaBroker broker;

        private Shared(KafkaBroker broker) {
            this.broker = broker;
        }

        static Shared start() {
            try {
                long started = System.nanoTime();
                KafkaBroker broker = KafkaBroker.start(3);
                System.err.printf("Kafka broker started in %.1f s on %s%n", (System.nanoTime() - started) / 1e9,
                        broker.bootstrap());
                return new Shared(broker);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while starting Kafka", e);
            } catch (Exception e) {
                throw new IllegalStateException("cannot start Kafka: " + e.getMessage(), e);
            }
        }

        @Override
        public void close() {
            broker.close();
        }
    }
}
