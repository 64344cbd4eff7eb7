package dev.otelint.collector.exporter.zipkin;

import dev.otelint.collector.component.ConfigKey;
import dev.otelint.collector.component.ValidatedConfig;
import dev.otelint.collector.exporter.helper.HttpPoster;
import dev.otelint.collector.exporter.helper.QueueConfig;
import dev.otelint.collector.exporter.helper.RetryConfig;
import dev.otelint.collector.net.Compression;
import dev.otelint.collector.net.CompressionParams;
import dev.otelint.collector.net.TlsClientConfig;
import java.time.Duration;
import java.util.Map;

/** The zipkin exporter's settings, names and defaults as collector-contrib's zipkinexporter (confighttp client). */
public final class ZipkinExporterConfig implements ValidatedConfig {
    /** zipkinexporter: default_service_name defaults to this, and the exporter never reads it. */
    static final String DEFAULT_SERVICE_NAME = "<missing service name>";

    /** The whole URL spans are POSTed to, e.g. http://localhost:9411/api/v2/spans. */
    @ConfigKey("endpoint")
    public String endpoint = "";

    /** json (default) or proto. */
    @ConfigKey("format")
    public String format = "json";

    @ConfigKey("default_service_name")
    public String defaultServiceName = DEFAULT_SERVICE_NAME;

    @ConfigKey("tls")
    public TlsClientConfig tls = new TlsClientConfig();

    @ConfigKey("headers")
    public Map<String, String> headers = Map.of();

    /** confighttp's default is none for this exporter; gzip, zstd, deflate are sent as Content-Encoding. */
    @ConfigKey("compression")
    public String compression = "";

    @ConfigKey("compression_params")
    public CompressionParams compressionParams = new CompressionParams();

    @ConfigKey("timeout")
    public Duration timeout = Duration.ofSeconds(5);

    @ConfigKey("retry_on_failure")
    public RetryConfig retryOnFailure = new RetryConfig();

    @ConfigKey("sending_queue")
    public QueueConfig sendingQueue = new QueueConfig();

    @ConfigKey(value = "read_buffer_size", supported = false)
    public int readBufferSize = 0;

    /** zipkinexporter sets 512 KiB. */
    @ConfigKey(value = "write_buffer_size", supported = false)
    public int writeBufferSize = 512 * 1024;

    @ConfigKey(value = "proxy_url", supported = false)
    public String proxyUrl = "";

    @Override
    public void validate() {
        if (endpoint.isEmpty()) {
            throw new IllegalArgumentException("endpoint required"); // zipkinexporter's Validate
        }
        HttpPoster.checkUrl(endpoint);
        ZipkinFormat.of(format);
        compressionParams.resolve(compression);
        if (timeout.isNegative()) {
            throw new IllegalArgumentException("'timeout' must be non-negative");
        }
        tls.validate();
        retryOnFailure.validate();
        sendingQueue.validate();
    }

    Compression compression() {
        return compressionParams.resolve(compression);
    }
}
