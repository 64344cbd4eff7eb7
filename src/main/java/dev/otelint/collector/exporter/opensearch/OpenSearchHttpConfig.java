package dev.otelint.collector.exporter.opensearch;

import dev.otelint.collector.component.ConfigKey;
import dev.otelint.collector.net.TlsClientConfig;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Map;

/**
 * The exporter's {@code http} block: the collector's confighttp client settings that otelint applies. Basic auth
 * comes from the endpoint's user info ({@code https://user:pass@host:9200}, which Go's HTTP client turns into an
 * Authorization header too) or from {@code headers}; the collector's {@code auth} extensions are not supported yet.
 */
public final class OpenSearchHttpConfig {
    @ConfigKey("endpoint")
    public String endpoint = "";

    @ConfigKey("headers")
    public Map<String, String> headers = Map.of();

    @ConfigKey("tls")
    public TlsClientConfig tls = new TlsClientConfig();

    /** confighttp's own client timeout; 0: none (the exporter's {@code timeout} still applies). */
    @ConfigKey("timeout")
    public Duration timeout = Duration.ZERO;

    @ConfigKey(value = "auth", supported = false)
    public Map<String, String> auth = Map.of();

    @ConfigKey(value = "compression", supported = false)
    public String compression = "";

    @ConfigKey(value = "proxy_url", supported = false)
    public String proxyUrl = "";

    void validate() {
        if (endpoint.isEmpty()) {
            throw new IllegalArgumentException("endpoint must be specified"); // opensearchexporter's errConfigNoEndpoint
        }
        URI uri = uri();
        if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme()) || uri.getHost() == null) {
            throw new IllegalArgumentException("invalid endpoint: \"" + endpoint
                    + "\": expected http:// or https:// and a host");
        }
        if (timeout.isNegative()) {
            throw new IllegalArgumentException("'http.timeout' must be non-negative");
        }
        tls.validate();
    }

    URI uri() {
        try {
            return new URI(endpoint);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("invalid endpoint: \"" + endpoint + "\": " + e.getMessage());
        }
    }
}
