package dev.otelint.collector.exporter.helper;

import dev.otelint.collector.net.Compression;
import dev.otelint.collector.net.ContentEncoding;
import dev.otelint.collector.net.TlsClientConfig;
import dev.otelint.collector.net.TlsMaterial;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

/**
 * An HTTP exporter's client (the collector's confighttp client settings: TLS for https URLs, headers, timeout,
 * compression) that POSTs one body and hands back the answer; a request that got no answer is a retryable failure.
 */
public final class HttpPoster {
    private static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(30);

    private final URI url;
    private final Map<String, String> headers;
    private final Duration timeout;
    private final Compression compression;
    private final HttpClient client;

    /** Builds the client; throws IllegalArgumentException for a header name the JDK refuses (Host, Connection...). */
    public HttpPoster(URI url, TlsClientConfig tls, Map<String, String> headers, Duration timeout, Compression compression) {
        this.url = url;
        this.headers = headers;
        this.timeout = timeout;
        this.compression = compression;
        headers.forEach(HttpRequest.newBuilder(url)::header);
        HttpClient.Builder builder = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(timeout.isZero() ? DEFAULT_CONNECT_TIMEOUT : timeout);
        if (url.getScheme().equals("https")) {
            TlsMaterial.configure(builder, tls);
        }
        client = builder.build();
    }

    /** Checks an endpoint setting: an http:// or https:// URL with a host. */
    public static void checkUrl(String url) {
        try {
            URI uri = new URI(url);
            if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme()) || uri.getHost() == null) {
                throw new IllegalArgumentException("invalid endpoint: \"" + url + "\": expected http:// or https:// and a host");
            }
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("invalid endpoint: \"" + url + "\": " + e.getMessage());
        }
    }

    public URI url() {
        return url;
    }

    /** POSTs {@code body} (compressed as configured); {@code noAnswer} starts the message when nothing answered. */
    public HttpResponse<byte[]> post(String contentType, byte[] body, String noAnswer) throws ExportFailure {
        HttpRequest.Builder http = HttpRequest.newBuilder(url)
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(compression.encode(body)));
        if (compression.encoding() != ContentEncoding.NONE) {
            http.header("Content-Encoding", compression.encoding().token());
        }
        if (!timeout.isZero()) {
            http.timeout(timeout);
        }
        headers.forEach(http::header);
        try {
            return client.send(http.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw ExportFailure.retryable(noAnswer + e, null, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw ExportFailure.permanent("interrupted", e);
        }
    }
}
