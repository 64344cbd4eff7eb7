package dev.otelint.collector.exporter.kafka;

import com.google.protobuf.Message;
import dev.otelint.collector.component.ComponentSettings;
import dev.otelint.collector.component.Exporter;
import dev.otelint.collector.component.ExporterFactory;
import dev.otelint.collector.component.PushTarget;
import dev.otelint.collector.component.SignalType;
import dev.otelint.collector.exporter.helper.QueuedRetryExporter;
import java.util.Optional;

/** The "kafka" exporter: each export request as OTLP messages on a Kafka topic, as collector-contrib's kafkaexporter. */
public final class KafkaExporterFactory implements ExporterFactory<KafkaExporterConfig> {
    @Override
    public String type() {
        return "kafka";
    }

    @Override
    public KafkaExporterConfig createDefaultConfig() {
        return new KafkaExporterConfig();
    }

    @Override
    public <T extends Message> Exporter<T> createExporter(SignalType<T> signal, ComponentSettings settings,
                                                          KafkaExporterConfig config) {
        return new QueuedRetryExporter<>(signal, settings, config.sendingQueue, config.retryOnFailure,
                new KafkaRequestSender<>(signal, config));
    }

    @Override
    public Optional<PushTarget> pushTarget() {
        return Optional.of(new KafkaPushTarget());
    }
}
