package dev.otelint.collector.exporter.otlp;

import com.google.protobuf.Message;
import dev.otelint.collector.component.ComponentSettings;
import dev.otelint.collector.component.SignalType;
import dev.otelint.collector.exporter.file.OtlpJsonLine;
import dev.otelint.collector.exporter.helper.SendResult;
import dev.otelint.collector.exporter.helper.ExportFailure;
import dev.otelint.collector.exporter.helper.RequestSender;
import dev.otelint.collector.net.ContentEncoding;
import dev.otelint.collector.net.RpcStatus;
import dev.otelint.collector.net.TlsMaterial;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;

/**
 * Sends one OTLP/HTTP export request (the otlphttp exporter). Per the OTLP spec, 429, 502, 503 and 504 are
 * retryable, with the server's Retry-After; so is a request that never got an answer (connection refused,
 * timeout); any other status is permanent. A 2xx answer's partial_success is logged.
 */
final class HttpRequestSender<T extends Message> implements RequestSender<T> {
    private static final Set<Integer> RETRYABLE = Set.of(429, 502, 503, 504);

    private final SignalType<T> signal;
    private final ComponentSettings settings;
    private final OtlpHttpExporterConfig config;
    private final ContentEncoding compression;
    private URI url;
    private HttpClient client;

    HttpRequestSender(SignalType<T> signal, ComponentSettings settings, OtlpHttpExporterConfig config) {
        this.signal = signal;
        this.settings = settings;
        this.config = config;
        this.compression = Compressions.http(config.compression);
    }

    @Override
    public void start() {
        url = URI.create(config.url(signal.signal()));
        HttpRequest.Builder probe = HttpRequest.newBuilder(url);
        config.headers.forEach(probe::header); // the JDK refuses some names (Host, Connection...): say so at start
        HttpClient.Builder builder = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(config.timeout.isZero() ? java.time.Duration.ofSeconds(30) : config.timeout);
        if (url.getScheme().equals("https")) {
            SSLContext ssl = TlsMaterial.context(
                    config.tls.certFile.isEmpty() ? null : TlsMaterial.keyManagers(config.tls.certFile, config.tls.keyFile),
                    config.tls.insecureSkipVerify ? TlsMaterial.trustAll() : TlsMaterial.trustManagers(config.tls.caFile));
            SSLParameters parameters = ssl.getDefaultSSLParameters();
            parameters.setProtocols(TlsMaterial.protocols(config.tls.minVersion, config.tls.maxVersion));
            builder.sslContext(ssl).sslParameters(parameters);
        }
        client = builder.build();
    }

    @Override
    public SendResult send(T request) throws ExportFailure {
        boolean json = config.encoding == OtlpHttpExporterConfig.BodyEncoding.JSON;
        byte[] body = json ? OtlpJsonLine.of(request).getBytes(StandardCharsets.UTF_8) : request.toByteArray();
        HttpRequest.Builder http = HttpRequest.newBuilder(url)
                .header("Content-Type", json ? "application/json" : "application/x-protobuf")
                .POST(HttpRequest.BodyPublishers.ofByteArray(compression.encode(body)));
        if (compression != ContentEncoding.NONE) {
            http.header("Content-Encoding", compression.token());
        }
        if (!config.timeout.isZero()) {
            http.timeout(config.timeout);
        }
        config.headers.forEach(http::header);
        HttpResponse<byte[]> response;
        try {
            response = client.send(http.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw ExportFailure.retryable("failed to make an HTTP request: " + e, null, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw ExportFailure.permanent("interrupted", e);
        }
        return answer(response, json);
    }

    private SendResult answer(HttpResponse<byte[]> response, boolean json) throws ExportFailure {
        int status = response.statusCode();
        if (status >= 200 && status < 300) {
            return PartialSuccess.log(settings, signal, response.body(), json);
        }
        boolean jsonBody = response.headers().firstValue("Content-Type").orElse("").startsWith("application/json");
        String message = "error exporting items, request to " + url + " responded with HTTP Status Code " + status
                + ", Message=" + RpcStatus.message(response.body(), jsonBody);
        if (RETRYABLE.contains(status)) {
            throw ExportFailure.retryable(message, RetryAfter.parse(response.headers().firstValue("Retry-After")
                    .orElse(null)), null);
        }
        throw ExportFailure.permanent(message, null);
    }

    @Override
    public void shutdown() {
        client = null;
    }
}
