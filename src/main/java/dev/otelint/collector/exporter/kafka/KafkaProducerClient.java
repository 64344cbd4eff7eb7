package dev.otelint.collector.exporter.kafka;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.RetriableException;
import org.apache.kafka.common.header.internals.RecordHeader;

/**
 * The one class that touches kafka-clients, so that Kafka's classes load only when a kafka exporter starts.
 * Sends a request's records and waits for the broker's answer to each.
 */
final class KafkaProducerClient implements AutoCloseable {
    private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(5);

    private final KafkaProducer<byte[], byte[]> producer;

    private KafkaProducerClient(KafkaProducer<byte[], byte[]> producer) {
        this.producer = producer;
    }

    /** A producer with {@code properties}; a setting kafka-clients refuses is an IllegalArgumentException. */
    static KafkaProducerClient open(Map<String, Object> properties) {
        try {
            return new KafkaProducerClient(new KafkaProducer<>(properties));
        } catch (KafkaException e) {
            Throwable cause = e.getCause() != null ? e.getCause() : e;
            throw new IllegalArgumentException("cannot create the Kafka producer: " + cause.getMessage(), e);
        }
    }

    /** One record to send. */
    record Outgoing(String topic, byte[] key, byte[] value, Map<String, String> headers, int items) {}

    /** What the broker said: records and items that failed, whether all of them may be retried, the first error. */
    record Delivery(int failedRecords, long failedItems, boolean retryable, String firstError) {
        boolean ok() {
            return failedRecords == 0;
        }
    }

    /** Sends every record, then waits up to {@code wait} in all for their acknowledgements. */
    Delivery send(List<Outgoing> records, Duration wait) throws InterruptedException {
        List<Future<RecordMetadata>> sent = new ArrayList<>(records.size());
        for (Outgoing r : records) {
            ProducerRecord<byte[], byte[]> record = new ProducerRecord<>(r.topic(), r.key(), r.value());
            r.headers().forEach((k, v) -> record.headers().add(new RecordHeader(k, v.getBytes(java.nio.charset.StandardCharsets.UTF_8))));
            sent.add(producer.send(record));
        }
        long deadline = System.nanoTime() + wait.toNanos();
        int failedRecords = 0;
        long failedItems = 0;
        boolean retryable = false;
        String firstError = null;
        for (int i = 0; i < sent.size(); i++) {
            Throwable error = outcome(sent.get(i), deadline);
            if (error != null) {
                failedRecords++;
                failedItems += records.get(i).items();
                retryable |= error instanceof RetriableException || error instanceof TimeoutException;
                firstError = firstError != null ? firstError : describe(error);
            }
        }
        return new Delivery(failedRecords, failedItems, retryable, firstError);
    }

    /** The error a record failed with, or null when the broker took it. */
    private static Throwable outcome(Future<RecordMetadata> future, long deadline) throws InterruptedException {
        try {
            future.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            return null;
        } catch (ExecutionException e) {
            return e.getCause();
        } catch (TimeoutException e) {
            return e;
        }
    }

    private static String describe(Throwable error) {
        if (error instanceof TimeoutException) {
            return "no answer from the broker in time";
        }
        return error.getClass().getSimpleName() + ": " + error.getMessage();
    }

    @Override
    public void close() {
        producer.close(CLOSE_TIMEOUT);
    }
}
