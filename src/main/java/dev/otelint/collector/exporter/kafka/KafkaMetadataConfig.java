package dev.otelint.collector.exporter.kafka;

import dev.otelint.collector.component.ConfigKey;
import java.time.Duration;

/** The kafka exporter's {@code metadata} section, with configkafka's defaults. */
public final class KafkaMetadataConfig {
    /** kafka-clients' producer only ever fetches the metadata of the topics it writes to. */
    @ConfigKey(value = "full", supported = false)
    public boolean full = true;

    @ConfigKey("refresh_interval")
    public Duration refreshInterval = Duration.ofMinutes(10);

    @ConfigKey(value = "retry", supported = false)
    public Retry retry = new Retry();

    /** Sarama's metadata retries; kafka-clients retries metadata until the send's timeout instead. */
    public static final class Retry {
        @ConfigKey("max")
        public long max = 3;

        @ConfigKey("backoff")
        public Duration backoff = Duration.ofMillis(250);
    }
}
