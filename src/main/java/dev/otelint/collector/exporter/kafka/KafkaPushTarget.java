package dev.otelint.collector.exporter.kafka;

import dev.otelint.collector.component.PushTarget;
import dev.otelint.collector.net.HostPort;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** {@code otelint push --to kafka=host:port[,host:port]}: the brokers; without a value the exporter's default. */
final class KafkaPushTarget implements PushTarget {
    @Override
    public String name() {
        return "kafka";
    }

    @Override
    public String valueLabel() {
        return "host:port[,host:port]";
    }

    @Override
    public Map<String, Object> config(String value) {
        return value.isBlank() ? Map.of() : Map.of("brokers", brokers(value));
    }

    @Override
    public Optional<HostPort> address(String value) {
        String first = value.isBlank() ? new KafkaExporterConfig().brokers.get(0) : brokers(value).get(0);
        try {
            return Optional.of(HostPort.split(first));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("invalid broker \"" + first + "\": " + e.getMessage()
                    + " (expected host:port)");
        }
    }

    private static List<String> brokers(String value) {
        return Arrays.stream(value.split(",")).map(String::trim).filter(b -> !b.isEmpty()).toList();
    }
}
