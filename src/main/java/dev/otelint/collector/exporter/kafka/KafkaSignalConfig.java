package dev.otelint.collector.exporter.kafka;

import dev.otelint.collector.component.ConfigKey;

/** The kafka exporter's per-signal section (traces, metrics, logs), as contrib's SignalConfig. */
public final class KafkaSignalConfig {
    /** Empty: the deprecated top-level topic when set, else the signal's default (otlp_spans...). */
    @ConfigKey("topic")
    public String topic = "";

    /** Empty: the deprecated top-level encoding when set, else otlp_proto. */
    @ConfigKey("encoding")
    public String encoding = "";

    // otelint's receivers pass no client metadata, so there is nothing to take these from
    @ConfigKey(value = "topic_from_metadata_key", supported = false)
    public String topicFromMetadataKey = "";

    @ConfigKey(value = "message_key_from_metadata_key", supported = false)
    public String messageKeyFromMetadataKey = "";
}
