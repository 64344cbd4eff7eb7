package dev.otelint.collector.exporter.otlp;

import dev.otelint.collector.component.ConfigKey;
import dev.otelint.collector.component.SignalType;
import dev.otelint.collector.component.ValidatedConfig;
import dev.otelint.collector.exporter.helper.HttpPoster;
import dev.otelint.collector.exporter.helper.QueueConfig;
import dev.otelint.collector.exporter.helper.RetryConfig;
import dev.otelint.collector.net.Compression;
import dev.otelint.collector.net.CompressionParams;
import dev.otelint.collector.net.OtlpService;
import dev.otelint.collector.net.TlsClientConfig;
import dev.otelint.records.Signal;
import java.time.Duration;
import java.util.Map;

/** The otlphttp exporter's settings, names and defaults as in the collector's otlphttpexporter. */
public final class OtlpHttpExporterConfig implements ValidatedConfig {
    @ConfigKey("endpoint")
    public String endpoint = "";

    /** Used as-is, instead of endpoint + "/v1/traces". */
    @ConfigKey("traces_endpoint")
    public String tracesEndpoint = "";

    @ConfigKey("metrics_endpoint")
    public String metricsEndpoint = "";

    @ConfigKey("logs_endpoint")
    public String logsEndpoint = "";

    @ConfigKey("tls")
    public TlsClientConfig tls = new TlsClientConfig();

    @ConfigKey("headers")
    public Map<String, String> headers = Map.of();

    /** gzip, zstd, deflate, or none / "" for no compression. */
    @ConfigKey("compression")
    public String compression = "gzip";

    @ConfigKey("compression_params")
    public CompressionParams compressionParams = new CompressionParams();

    @ConfigKey("encoding")
    public BodyEncoding encoding = BodyEncoding.PROTO;

    @ConfigKey("timeout")
    public Duration timeout = Duration.ofSeconds(30);

    @ConfigKey("retry_on_failure")
    public RetryConfig retryOnFailure = new RetryConfig();

    @ConfigKey("sending_queue")
    public QueueConfig sendingQueue = new QueueConfig();

    @ConfigKey(value = "read_buffer_size", supported = false)
    public int readBufferSize = 0;

    @ConfigKey(value = "write_buffer_size", supported = false)
    public int writeBufferSize = 0;

    /** The request bodies the exporter sends. */
    public enum BodyEncoding { PROTO, JSON }

    @Override
    public void validate() {
        if (endpoint.isEmpty() && tracesEndpoint.isEmpty() && metricsEndpoint.isEmpty() && logsEndpoint.isEmpty()) {
            throw new IllegalArgumentException("at least one endpoint must be specified");
        }
        for (String url : new String[] {endpoint, tracesEndpoint, metricsEndpoint, logsEndpoint}) {
            if (!url.isEmpty()) {
                HttpPoster.checkUrl(url);
            }
        }
        compressionParams.resolve(compression);
        if (timeout.isNegative()) {
            throw new IllegalArgumentException("'timeout' must be non-negative");
        }
        tls.validate();
        retryOnFailure.validate();
        sendingQueue.validate();
    }

    /** The request bodies' compression. */
    Compression bodyCompression() {
        return compressionParams.resolve(compression);
    }

    /** A signal's URL: its own endpoint as-is, else endpoint + "/v1/traces" (one slash between). */
    String url(Signal signal) {
        String own = switch (signal) {
            case TRACES -> tracesEndpoint;
            case METRICS -> metricsEndpoint;
            case LOGS -> logsEndpoint;
        };
        if (!own.isEmpty()) {
            return own;
        }
        if (endpoint.isEmpty()) {
            throw new IllegalArgumentException("no endpoint for " + signal.label() + ": set endpoint or "
                    + signal.label() + "_endpoint");
        }
        String path = OtlpService.of(SignalType.of(signal)).httpPath();
        return endpoint.endsWith("/") ? endpoint + path.substring(1) : endpoint + path;
    }
}
