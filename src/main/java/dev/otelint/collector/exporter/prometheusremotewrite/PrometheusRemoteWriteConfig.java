package dev.otelint.collector.exporter.prometheusremotewrite;

import dev.otelint.catalog.PrometheusNames;
import dev.otelint.collector.component.ConfigKey;
import dev.otelint.collector.component.ValidatedConfig;
import dev.otelint.collector.config.ConfigNode;
import dev.otelint.collector.exporter.helper.RetryConfig;
import dev.otelint.collector.net.TlsClientConfig;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;

/** The prometheusremotewrite exporter's settings, names and defaults as in contrib's prometheusremotewriteexporter. */
public final class PrometheusRemoteWriteConfig implements ValidatedConfig {
    /** The exporter's headers, which {@code headers} cannot change. */
    static final java.util.Set<String> PROTOCOL_HEADERS = java.util.Set.of("content-encoding", "content-type",
            "x-prometheus-remote-write-version", "user-agent");

    @ConfigKey("endpoint")
    public String endpoint = "";

    @ConfigKey("headers")
    public Map<String, String> headers = Map.of();

    @ConfigKey("tls")
    public TlsClientConfig tls = new TlsClientConfig();

    /** exporterhelper's TimeoutConfig default. */
    @ConfigKey("timeout")
    public Duration timeout = Duration.ofSeconds(5);

    /** Only snappy, which the exporter always uses. */
    @ConfigKey("compression")
    public String compression = "";

    @ConfigKey("namespace")
    public String namespace = "";

    @ConfigKey("external_labels")
    public Map<String, String> externalLabels = Map.of();

    @ConfigKey("resource_to_telemetry_conversion")
    public Toggle resourceToTelemetryConversion = new Toggle(false);

    @ConfigKey("add_metric_suffixes")
    public boolean addMetricSuffixes = true;

    @ConfigKey("target_info")
    public Toggle targetInfo = new Toggle(true);

    /** Largest WriteRequest sent (uncompressed); a bigger batch is split. 0 means the default, ~2.86 MB. */
    @ConfigKey("max_batch_size_bytes")
    public long maxBatchSizeBytes = 3_000_000;

    @ConfigKey("remote_write_queue")
    public RemoteWriteQueueConfig remoteWriteQueue = new RemoteWriteQueueConfig();

    /** The exporter's own backoff: faster than exporterhelper's (50ms up to 200ms, for at most a minute). */
    @ConfigKey("retry_on_failure")
    public RetryConfig retryOnFailure = retryDefaults();

    @ConfigKey(value = "wal", supported = false)
    public ConfigNode wal;

    @ConfigKey(value = "send_metadata", supported = false)
    public boolean sendMetadata = false;

    @ConfigKey(value = "protobuf_message", supported = false)
    public String protobufMessage = "prometheus.WriteRequest";

    @ConfigKey(value = "max_batch_request_parallelism", supported = false)
    public int maxBatchRequestParallelism = 0;

    @ConfigKey(value = "export_created_metric", supported = false)
    public ConfigNode exportCreatedMetric;

    /** A section with one {@code enabled} switch (target_info, resource_to_telemetry_conversion). */
    public static final class Toggle {
        @ConfigKey("enabled")
        public boolean enabled;

        public Toggle() {
            this(false);
        }

        Toggle(boolean enabled) {
            this.enabled = enabled;
        }
    }

    private static RetryConfig retryDefaults() {
        RetryConfig retry = new RetryConfig();
        retry.initialInterval = Duration.ofMillis(50);
        retry.maxInterval = Duration.ofMillis(200);
        retry.maxElapsedTime = Duration.ofMinutes(1);
        return retry;
    }

    @Override
    public void validate() {
        remoteWriteQueue.validate();
        if (maxBatchSizeBytes < 0) {
            throw new IllegalArgumentException("max_batch_size_bytes must be greater than 0");
        }
        if (maxBatchSizeBytes == 0) {
            maxBatchSizeBytes = 3_000_000;
        }
        if (!compression.isEmpty() && !compression.equals("snappy")) {
            throw new IllegalArgumentException("compression type must be snappy");
        }
        checkEndpoint();
        if (timeout.isNegative()) {
            throw new IllegalArgumentException("'timeout' must be non-negative");
        }
        sanitizedExternalLabels();
        tls.validate();
        retryOnFailure.validate();
    }

    private void checkEndpoint() {
        try {
            URI uri = new URI(endpoint);
            if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme()) || uri.getHost() == null) {
                throw new IllegalArgumentException("invalid endpoint: \"" + endpoint
                        + "\": expected http:// or https:// and a host");
            }
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("invalid endpoint: \"" + endpoint + "\": " + e.getMessage());
        }
    }

    /** external_labels with their names as labels (the exporter normalizes them at start). */
    Map<String, String> sanitizedExternalLabels() {
        Map<String, String> labels = new TreeMap<>();
        externalLabels.forEach((key, value) -> {
            if (key.isEmpty() || value.isEmpty()) {
                throw new IllegalArgumentException(
                        "prometheus remote write: external labels configuration contains an empty key or value");
            }
            labels.put(PrometheusNames.labelName(key), value);
        });
        return labels;
    }
}
