package dev.otelint.collector.exporter.kafka;

import dev.otelint.collector.component.ConfigKey;
import java.time.Duration;
import java.util.List;

/** The kafka exporter's {@code producer} section, with configkafka's defaults and checks. */
public final class KafkaProducerConfig {
    static final List<String> COMPRESSIONS = List.of("none", "gzip", "snappy", "lz4", "zstd");

    @ConfigKey("max_message_bytes")
    public long maxMessageBytes = 1_000_000;

    /** 0, 1 or -1 / "all" (configkafka accepts the word as an alias for -1). */
    @ConfigKey("required_acks")
    public Object requiredAcks = 1L;

    @ConfigKey("compression")
    public String compression = "none";

    @ConfigKey("compression_params")
    public CompressionParams compressionParams = new CompressionParams();

    /** kafka-clients has no per-request message count (its batches are sized in bytes). */
    @ConfigKey(value = "flush_max_messages", supported = false)
    public long flushMaxMessages = 0;

    /** Only true can be honoured: kafka-clients' producer always lets the broker create a topic. */
    @ConfigKey("allow_auto_topic_creation")
    public boolean allowAutoTopicCreation = true;

    @ConfigKey("linger")
    public Duration linger = Duration.ofMillis(10);

    @ConfigKey(value = "max_broker_write_bytes", supported = false)
    public long maxBrokerWriteBytes = 104_857_600;

    /** configcompression's level; -1 is the codec's default. */
    public static final class CompressionParams {
        @ConfigKey("level")
        public long level = -1;
    }

    void validate() {
        if (!COMPRESSIONS.contains(compression)) {
            throw new IllegalArgumentException("compression should be one of 'none', 'gzip', 'snappy', 'lz4', or "
                    + "'zstd'. configured value is \"" + compression + "\"");
        }
        acks();
        if (maxMessageBytes <= 0) {
            throw new IllegalArgumentException("producer::max_message_bytes must be positive");
        }
        if (!allowAutoTopicCreation) {
            throw new IllegalArgumentException("producer::allow_auto_topic_creation: false is not supported by otelint "
                    + "(its Kafka producer always lets the broker create a missing topic)");
        }
        if (linger.isNegative()) {
            throw new IllegalArgumentException("producer::linger must be non-negative");
        }
    }

    /** The acks property: "0", "1" or "all". */
    String acks() {
        Object value = requiredAcks;
        if ("all".equals(value)) {
            return "all";
        }
        if (value instanceof Long n && n >= -1 && n <= 1) {
            return n == -1 ? "all" : n.toString();
        }
        throw new IllegalArgumentException("expected 'all' (-1), 0, or 1; configured value is " + value);
    }
}
