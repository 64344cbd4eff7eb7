package dev.otelint.collector.exporter.otlp;

import dev.otelint.collector.component.ConfigKey;
import dev.otelint.collector.component.ValidatedConfig;
import dev.otelint.collector.exporter.helper.QueueConfig;
import dev.otelint.collector.exporter.helper.RetryConfig;
import dev.otelint.collector.net.TlsClientConfig;
import java.time.Duration;
import java.util.Map;

/** The otlp (gRPC) exporter's settings, names and defaults as in the collector's otlpexporter. */
public final class OtlpGrpcExporterConfig implements ValidatedConfig {
    /** host:port, or a URL whose scheme chooses TLS: http:// is plain text, https:// TLS. */
    @ConfigKey("endpoint")
    public String endpoint = "";

    @ConfigKey("tls")
    public TlsClientConfig tls = new TlsClientConfig();

    @ConfigKey("headers")
    public Map<String, String> headers = Map.of();

    @ConfigKey("compression")
    public String compression = "gzip";

    @ConfigKey("timeout")
    public Duration timeout = Duration.ofSeconds(5);

    @ConfigKey("retry_on_failure")
    public RetryConfig retryOnFailure = new RetryConfig();

    @ConfigKey("sending_queue")
    public QueueConfig sendingQueue = new QueueConfig();

    @ConfigKey(value = "balancer_name", supported = false)
    public String balancerName = "";

    @ConfigKey(value = "wait_for_ready", supported = false)
    public boolean waitForReady = false;

    @Override
    public void validate() {
        if (endpoint.isEmpty()) {
            throw new IllegalArgumentException("requires a non-empty \"endpoint\"");
        }
        Compressions.grpc(compression);
        if (timeout.isNegative()) {
            throw new IllegalArgumentException("'timeout' must be non-negative");
        }
        tls.validate();
        retryOnFailure.validate();
        sendingQueue.validate();
    }

    /** The gRPC target without a URL scheme. */
    String target() {
        int scheme = endpoint.indexOf("://");
        return scheme < 0 ? endpoint : endpoint.substring(scheme + 3);
    }

    /** Plain text: tls::insecure, or an http:// endpoint. */
    boolean plainText() {
        return endpoint.startsWith("http://") || !endpoint.startsWith("https://") && tls.insecure;
    }
}
