package dev.otelint.collector.exporter.kafka;

import dev.otelint.collector.component.ConfigKey;
import dev.otelint.collector.component.ValidatedConfig;
import dev.otelint.collector.config.ConfigNode;
import dev.otelint.collector.exporter.helper.QueueConfig;
import dev.otelint.collector.exporter.helper.RetryConfig;
import dev.otelint.collector.net.HostPort;
import dev.otelint.collector.net.TlsClientConfig;
import dev.otelint.records.Signal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** The kafka exporter's settings, names and defaults as in collector-contrib's kafkaexporter and configkafka. */
public final class KafkaExporterConfig implements ValidatedConfig {
    // sarama's ParseKafkaVersion: "0.8.2.0" style before 1.0, "2.1.0" style after
    private static final Pattern PROTOCOL_VERSION = Pattern.compile("0\\.\\d+\\.\\d+\\.\\d+|\\d+\\.\\d+\\.\\d+");

    @ConfigKey("brokers")
    public List<String> brokers = List.of("localhost:9092");

    /** Checked only: kafka-clients negotiates each request's version with the broker. */
    @ConfigKey("protocol_version")
    public String protocolVersion = "2.1.0";

    @ConfigKey("resolve_canonical_bootstrap_servers_only")
    public boolean resolveCanonicalBootstrapServersOnly = false;

    @ConfigKey("client_id")
    public String clientId = "otel-collector";

    @ConfigKey("conn_idle_timeout")
    public Duration connIdleTimeout = Duration.ofMinutes(9);

    // consumer settings of configkafka's shared client config: a producer has no use for them
    @ConfigKey(value = "rack_id", supported = false)
    public String rackId = "";

    @ConfigKey(value = "use_leader_epoch", supported = false)
    public boolean useLeaderEpoch = true;

    @ConfigKey("auth")
    public KafkaAuthConfig auth = new KafkaAuthConfig();

    /** Absent: plain text; present: TLS unless {@code insecure}. */
    @ConfigKey("tls")
    public TlsClientConfig tls;

    @ConfigKey("metadata")
    public KafkaMetadataConfig metadata = new KafkaMetadataConfig();

    /** How long one attempt to produce a request may take. */
    @ConfigKey("timeout")
    public Duration timeout = Duration.ofSeconds(5);

    @ConfigKey("retry_on_failure")
    public RetryConfig retryOnFailure = new RetryConfig();

    @ConfigKey("sending_queue")
    public QueueConfig sendingQueue = new QueueConfig();

    @ConfigKey("producer")
    public KafkaProducerConfig producer = new KafkaProducerConfig();

    @ConfigKey("traces")
    public KafkaSignalConfig traces = new KafkaSignalConfig();

    @ConfigKey("metrics")
    public KafkaSignalConfig metrics = new KafkaSignalConfig();

    @ConfigKey("logs")
    public KafkaSignalConfig logs = new KafkaSignalConfig();

    @ConfigKey(value = "profiles", supported = false)
    public ConfigNode profiles;

    /** Deprecated in contrib (v0.124.0): the topic of every signal whose own topic is not set. */
    @ConfigKey("topic")
    public String topic = "";

    /** Deprecated in contrib (v0.124.0): the encoding of every signal whose own encoding is not set. */
    @ConfigKey("encoding")
    public String encoding = "";

    @ConfigKey("topic_from_attribute")
    public String topicFromAttribute = "";

    @ConfigKey(value = "include_metadata_keys", supported = false)
    public List<String> includeMetadataKeys = List.of();

    @ConfigKey("record_headers")
    public Map<String, String> recordHeaders = Map.of();

    @ConfigKey("partition_traces_by_id")
    public boolean partitionTracesById = false;

    @ConfigKey("partition_metrics_by_resource_attributes")
    public boolean partitionMetricsByResourceAttributes = false;

    @ConfigKey("partition_logs_by_resource_attributes")
    public boolean partitionLogsByResourceAttributes = false;

    @ConfigKey("partition_logs_by_trace_id")
    public boolean partitionLogsByTraceId = false;

    @ConfigKey(value = "record_partitioner", supported = false)
    public ConfigNode recordPartitioner;

    @Override
    public void validate() {
        if (partitionLogsByResourceAttributes && partitionLogsByTraceId) {
            throw new IllegalArgumentException("partition_logs_by_resource_attributes and partition_logs_by_trace_id "
                    + "cannot both be enabled");
        }
        if (brokers.isEmpty()) {
            throw new IllegalArgumentException("brokers must be specified");
        }
        for (String broker : brokers) {
            checkBroker(broker);
        }
        if (!protocolVersion.isEmpty() && !PROTOCOL_VERSION.matcher(protocolVersion).matches()) {
            throw new IllegalArgumentException("invalid protocol version: invalid version `" + protocolVersion + "`");
        }
        if (timeout.isNegative()) {
            throw new IllegalArgumentException("'timeout' must be non-negative");
        }
        for (Signal signal : List.of(Signal.TRACES, Signal.METRICS, Signal.LOGS)) {
            KafkaEncoding.of(encoding(signal), signal);
        }
        auth.validate();
        TlsClientConfig tlsInForce = tls();
        if (tlsInForce != null) {
            KafkaTls.validate(tlsInForce);
        }
        producer.validate();
        retryOnFailure.validate();
        sendingQueue.validate();
    }

    private static void checkBroker(String broker) {
        try {
            HostPort address = HostPort.split(broker);
            if (address.host().isEmpty()) {
                throw new IllegalArgumentException("missing host");
            }
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("invalid broker \"" + broker + "\": " + e.getMessage()
                    + " (expected host:port)");
        }
    }

    KafkaSignalConfig signal(Signal signal) {
        return switch (signal) {
            case TRACES -> traces;
            case METRICS -> metrics;
            case LOGS -> logs;
        };
    }

    /** The signal's topic: its own, else the deprecated top-level one, else contrib's default. */
    String topic(Signal signal) {
        String own = signal(signal).topic;
        if (!own.isEmpty()) {
            return own;
        }
        if (!topic.isEmpty()) {
            return topic;
        }
        return switch (signal) {
            case TRACES -> "otlp_spans";
            case METRICS -> "otlp_metrics";
            case LOGS -> "otlp_logs";
        };
    }

    /** The signal's encoding name: its own, else the deprecated top-level one, else otlp_proto. */
    String encoding(Signal signal) {
        String own = signal(signal).encoding;
        return !own.isEmpty() ? own : !encoding.isEmpty() ? encoding : "otlp_proto";
    }

    /** The TLS settings in force: tls, else the deprecated auth::tls; null for plain text. */
    TlsClientConfig tls() {
        return tls != null ? tls : auth.tls;
    }
}
