package dev.otelint.collector.exporter.opensearch;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.otelint.collector.net.TlsClientConfig;
import dev.otelint.collector.net.TlsMaterial;
import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.impl.nio.PoolingAsyncClientConnectionManagerBuilder;
import org.apache.hc.client5.http.ssl.ClientTlsStrategyBuilder;
import org.apache.hc.client5.http.ssl.NoopHostnameVerifier;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.http.message.BasicHeader;
import org.apache.hc.core5.util.Timeout;
import org.opensearch.client.json.jackson.JacksonJsonpMapper;
import org.opensearch.client.opensearch.OpenSearchClient;
import org.opensearch.client.transport.OpenSearchTransport;
import org.opensearch.client.transport.httpclient5.ApacheHttpClient5TransportBuilder;

/**
 * An opensearch-java client for the exporter's {@code http} settings, over the client's Apache HttpClient 5
 * transport. Only this class and the indexer touch opensearch-java, so the library loads when an exporter starts
 * (or push connects), never when otelint merely runs.
 */
public final class OpenSearchConnection implements AutoCloseable {
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(30);

    private final OpenSearchTransport transport;
    private final OpenSearchClient client;
    private final URI endpoint;

    private OpenSearchConnection(OpenSearchTransport transport, URI endpoint) {
        this.transport = transport;
        this.client = new OpenSearchClient(transport);
        this.endpoint = endpoint;
    }

    /** A client for {@code http} whose requests give up after {@code requestTimeout} (null: never). */
    public static OpenSearchConnection open(OpenSearchHttpConfig http, Duration requestTimeout) {
        URI uri = http.uri();
        int port = uri.getPort() >= 0 ? uri.getPort() : "https".equals(uri.getScheme()) ? 443 : 80;
        ApacheHttpClient5TransportBuilder builder = ApacheHttpClient5TransportBuilder
                .builder(new HttpHost(uri.getScheme(), uri.getHost(), port))
                .setMapper(new JacksonJsonpMapper(new ObjectMapper()))
                .setDefaultHeaders(headers(http, uri).toArray(new Header[0]));
        if (uri.getRawPath() != null && !uri.getRawPath().isEmpty() && !uri.getRawPath().equals("/")) {
            builder.setPathPrefix(uri.getRawPath());
        }
        builder.setHttpClientConfigCallback(client -> client.setConnectionManager(connections(uri, http.tls)));
        if (requestTimeout != null) {
            builder.setRequestConfigCallback(request -> request.setResponseTimeout(timeout(requestTimeout)));
        }
        return new OpenSearchConnection(builder.build(), uri);
    }

    OpenSearchClient client() {
        return client;
    }

    /** The endpoint without its user info, for messages. */
    public String endpoint() {
        return endpoint.getScheme() + "://" + endpoint.getHost() + (endpoint.getPort() < 0 ? "" : ":" + endpoint.getPort())
                + (endpoint.getRawPath() == null ? "" : endpoint.getRawPath());
    }

    /**
     * http.headers, and Basic auth from the endpoint's user info unless a header already sets Authorization (as
     * Go's http.Client does for a URL with user info).
     */
    private static List<Header> headers(OpenSearchHttpConfig http, URI uri) {
        List<Header> headers = new ArrayList<>();
        boolean authorization = false;
        for (Map.Entry<String, String> header : http.headers.entrySet()) {
            headers.add(new BasicHeader(header.getKey(), header.getValue()));
            authorization |= header.getKey().equalsIgnoreCase("Authorization");
        }
        String userInfo = uri.getRawUserInfo();
        if (userInfo != null && !authorization) {
            String decoded = URLDecoder.decode(userInfo.replace("+", "%2B"), StandardCharsets.UTF_8);
            headers.add(new BasicHeader("Authorization", "Basic "
                    + Base64.getEncoder().encodeToString(decoded.getBytes(StandardCharsets.UTF_8))));
        }
        return headers;
    }

    private static org.apache.hc.client5.http.nio.AsyncClientConnectionManager connections(URI uri, TlsClientConfig tls) {
        PoolingAsyncClientConnectionManagerBuilder connections = PoolingAsyncClientConnectionManagerBuilder.create()
                .setDefaultConnectionConfig(ConnectionConfig.custom().setConnectTimeout(timeout(CONNECT_TIMEOUT)).build());
        if ("https".equals(uri.getScheme())) {
            SSLContext ssl = TlsMaterial.context(
                    tls.certFile.isEmpty() ? null : TlsMaterial.keyManagers(tls.certFile, tls.keyFile),
                    tls.insecureSkipVerify ? TlsMaterial.trustAll() : TlsMaterial.trustManagers(tls.caFile));
            ClientTlsStrategyBuilder strategy = ClientTlsStrategyBuilder.create().setSslContext(ssl)
                    .setTlsVersions(TlsMaterial.protocols(tls.minVersion, tls.maxVersion));
            if (tls.insecureSkipVerify) {
                strategy.setHostnameVerifier(NoopHostnameVerifier.INSTANCE);
            }
            connections.setTlsStrategy(strategy.build());
        }
        return connections.build();
    }

    private static Timeout timeout(Duration duration) {
        return Timeout.of(duration.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() {
        try {
            transport.close();
        } catch (IOException e) {
            // closing an HTTP client's pool: nothing is lost
        }
    }
}
