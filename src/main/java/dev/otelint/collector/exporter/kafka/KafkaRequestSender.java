package dev.otelint.collector.exporter.kafka;

import com.google.protobuf.Message;
import dev.otelint.collector.component.SignalType;
import dev.otelint.collector.exporter.helper.ExportFailure;
import dev.otelint.collector.exporter.helper.ExportRequest;
import dev.otelint.collector.exporter.helper.RequestSender;
import dev.otelint.collector.exporter.helper.SendResult;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Produces one export request to Kafka: cut into messages as {@link KafkaPartitioning} says, each encoded,
 * with the record_headers, on its topic. Retryable when the broker could not be reached or did not answer in
 * time (or answered with a retriable error); a message Kafka refuses for good (too large, invalid topic,
 * not authorized) is dropped with the broker's reason. As contrib, a retry sends the whole request again.
 */
final class KafkaRequestSender<T extends Message> implements RequestSender<T> {
    // kafka-clients' defaults bound an attempt when timeout is 0: delivery.timeout.ms is 120 s
    private static final Duration NO_TIMEOUT_WAIT = Duration.ofSeconds(125);
    private static final Duration ANSWER_MARGIN = Duration.ofSeconds(2);

    private final SignalType<T> signal;
    private final KafkaExporterConfig config;
    private final KafkaPartitioning partitioning;
    private KafkaEncoding encoding;
    private KafkaProducerClient client;

    KafkaRequestSender(SignalType<T> signal, KafkaExporterConfig config) {
        this.signal = signal;
        this.config = config;
        this.partitioning = new KafkaPartitioning(config);
    }

    @Override
    public void start() {
        encoding = KafkaEncoding.of(config.encoding(signal.signal()), signal.signal());
        client = KafkaProducerClient.open(KafkaClientProperties.of(config));
    }

    @Override
    public SendResult send(ExportRequest<T> queued) throws ExportFailure {
        T request = queued.message();
        List<KafkaProducerClient.Outgoing> records = new ArrayList<>();
        for (KafkaPartitioning.Part<T> part : partitioning.split(request, signal)) {
            records.add(new KafkaProducerClient.Outgoing(partitioning.topic(part.request(), signal), part.key(),
                    encoding.encode(part.request()), config.recordHeaders, signal.itemCount(part.request())));
        }
        KafkaProducerClient.Delivery delivery;
        try {
            delivery = client.send(records, answerWait());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw ExportFailure.shutdown("interrupted", e);
        }
        if (delivery.ok()) {
            return SendResult.allTaken();
        }
        // kafkaexporter's error text
        String message = "Failed to deliver " + delivery.failedRecords() + " messages due to " + delivery.firstError();
        if (delivery.retryable()) {
            throw ExportFailure.retryable(message, null, null);
        }
        if (delivery.failedRecords() == records.size()) {
            throw ExportFailure.permanent(message, null);
        }
        return SendResult.rejected(delivery.failedItems(), message);
    }

    private Duration answerWait() {
        return config.timeout.isZero() ? NO_TIMEOUT_WAIT : config.timeout.plus(config.producer.linger).plus(ANSWER_MARGIN);
    }

    @Override
    public void shutdown() {
        if (client != null) {
            client.close();
            client = null;
        }
    }
}
