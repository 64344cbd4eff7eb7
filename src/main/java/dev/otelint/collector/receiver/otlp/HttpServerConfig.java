package dev.otelint.collector.receiver.otlp;

import dev.otelint.collector.component.ConfigKey;
import dev.otelint.collector.net.TlsServerConfig;

/** The otlp receiver's HTTP server (confighttp.ServerConfig plus the receiver's url paths). */
public final class HttpServerConfig {
    /** confighttp's default request body limit. */
    static final long DEFAULT_MAX_BODY = 20L * 1024 * 1024;

    @ConfigKey("endpoint")
    public String endpoint = "localhost:4318";

    @ConfigKey("tls")
    public TlsServerConfig tls;

    @ConfigKey("cors")
    public CorsConfig cors;

    /** 0: the 20 MiB default; applies to the body as sent and once decompressed. */
    @ConfigKey("max_request_body_size")
    public long maxRequestBodySize = 0;

    @ConfigKey("traces_url_path")
    public String tracesUrlPath = "/v1/traces";

    @ConfigKey("metrics_url_path")
    public String metricsUrlPath = "/v1/metrics";

    @ConfigKey("logs_url_path")
    public String logsUrlPath = "/v1/logs";

    @ConfigKey(value = "include_metadata", supported = false)
    public boolean includeMetadata = false;

    long bodyLimit() {
        return maxRequestBodySize > 0 ? maxRequestBodySize : DEFAULT_MAX_BODY;
    }

    void validate() {
        Endpoints.hostPort(endpoint, "protocols::http");
        // the collector accepts a path without its leading slash and adds it
        tracesUrlPath = withSlash(tracesUrlPath);
        metricsUrlPath = withSlash(metricsUrlPath);
        logsUrlPath = withSlash(logsUrlPath);
        if (tls != null) {
            tls.validate();
        }
    }

    private static String withSlash(String path) {
        return path.startsWith("/") ? path : "/" + path;
    }
}
