package dev.otelint.collector.exporter.opensearch;

import dev.otelint.collector.component.ConfigKey;
import dev.otelint.collector.component.ValidatedConfig;
import dev.otelint.collector.exporter.helper.QueueConfig;
import dev.otelint.collector.exporter.helper.RetryConfig;
import dev.otelint.records.SimpleSchemaEncoder;
import java.time.Duration;

/** The opensearch exporter's settings: names, defaults and messages of contrib's opensearchexporter config.go. */
public final class OpenSearchExporterConfig implements ValidatedConfig {
    static final String CREATE = "create";
    static final String INDEX = "index";

    @ConfigKey("http")
    public OpenSearchHttpConfig http = new OpenSearchHttpConfig();

    /** exporterhelper's timeout for one export; 0 (the exporter's default): none. */
    @ConfigKey("timeout")
    public Duration timeout = Duration.ZERO;

    @ConfigKey("dataset")
    public String dataset = SimpleSchemaEncoder.DEFAULT_DATASET;

    @ConfigKey("namespace")
    public String namespace = SimpleSchemaEncoder.DEFAULT_NAMESPACE;

    @ConfigKey("logs_index")
    public String logsIndex = "";

    @ConfigKey("logs_index_fallback")
    public String logsIndexFallback = "";

    @ConfigKey("logs_index_time_format")
    public String logsIndexTimeFormat = "";

    @ConfigKey("traces_index")
    public String tracesIndex = "";

    @ConfigKey("traces_index_fallback")
    public String tracesIndexFallback = "";

    @ConfigKey("traces_index_time_format")
    public String tracesIndexTimeFormat = "";

    @ConfigKey("bulk_action")
    public String bulkAction = CREATE;

    @ConfigKey(value = "pipeline", supported = false)
    public String pipeline = "";

    @ConfigKey("mapping")
    public MappingConfig mapping = new MappingConfig();

    @ConfigKey("retry_on_failure")
    public RetryConfig retryOnFailure = new RetryConfig();

    @ConfigKey("sending_queue")
    public QueueConfig sendingQueue = new QueueConfig();

    @Override
    public void validate() {
        http.validate();
        if (dataset.isEmpty()) {
            throw new IllegalArgumentException("dataset must be specified");
        }
        if (namespace.isEmpty()) {
            throw new IllegalArgumentException("namespace must be specified");
        }
        IndexPattern.checkTimeFormat("logs_index_time_format", logsIndexTimeFormat);
        IndexPattern.checkTimeFormat("traces_index_time_format", tracesIndexTimeFormat);
        if (!CREATE.equals(bulkAction) && !INDEX.equals(bulkAction)) {
            throw new IllegalArgumentException("bulk_action can either be `create` or `index`");
        }
        mapping.validate();
        if (timeout.isNegative()) {
            throw new IllegalArgumentException("'timeout' must be non-negative");
        }
        retryOnFailure.validate();
        sendingQueue.validate();
    }

    /** The limit for one bulk request: the shorter of timeout and http.timeout that is set, or null for none. */
    public Duration requestTimeout() {
        if (timeout.isZero()) {
            return http.timeout.isZero() ? null : http.timeout;
        }
        return http.timeout.isZero() || timeout.compareTo(http.timeout) < 0 ? timeout : http.timeout;
    }
}
