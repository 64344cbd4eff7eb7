package dev.otelint.collector.exporter.kafka;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/** Reads a topic from its start with a kafka-clients consumer (no group: every partition assigned directly). */
final class KafkaTopicReader {
    private KafkaTopicReader() {}

    /** Reads until {@code count} records arrived (then {@code settle} longer, to catch extra ones) or 30 s passed. */
    static List<ConsumerRecord<byte[], byte[]>> read(String bootstrap, String topic, int count, Duration settle) {
        Map<String, Object> properties = Map.of("bootstrap.servers", bootstrap,
                "key.deserializer", ByteArrayDeserializer.class.getName(),
                "value.deserializer", ByteArrayDeserializer.class.getName(),
                "enable.auto.commit", "false", "fetch.max.bytes", "10000000",
                "max.partition.fetch.bytes", "10000000");
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(properties)) {
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            List<TopicPartition> partitions = partitions(consumer, topic, deadline);
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            List<ConsumerRecord<byte[], byte[]>> records = new ArrayList<>();
            long settled = Long.MAX_VALUE;
            while (System.nanoTime() < Math.min(deadline, settled)) {
                consumer.poll(Duration.ofMillis(100)).forEach(records::add);
                if (records.size() >= count && settled == Long.MAX_VALUE) {
                    settled = System.nanoTime() + settle.toNanos();
                }
            }
            return records;
        }
    }

    /** The topic's partitions, once the exporter's first message has created it. */
    private static List<TopicPartition> partitions(KafkaConsumer<byte[], byte[]> consumer, String topic, long deadline) {
        while (true) {
            List<PartitionInfo> infos = consumer.listTopics(Duration.ofSeconds(10)).get(topic);
            if (infos != null && !infos.isEmpty()) {
                return infos.stream().map(p -> new TopicPartition(topic, p.partition())).toList();
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("topic " + topic + " was not created");
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
