package dev.otelint.collector.exporter.zipkin;

import dev.otelint.collector.component.ComponentSettings;
import dev.otelint.collector.exporter.helper.ExportFailure;
import dev.otelint.collector.exporter.helper.RequestSender;
import dev.otelint.collector.exporter.helper.SendResult;
import dev.otelint.collector.net.ContentEncoding;
import dev.otelint.collector.net.TlsMaterial;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;

/**
 * POSTs one request's spans as a Zipkin v2 JSON array or protobuf ListOfSpans. Zipkin answers 202. A span that cannot be translated (an
 * empty id) fails the request for good, as in the collector. Unlike the collector, which retries every non-2xx
 * answer, only 408, 429, 5xx and a missing answer are retried: Zipkin's other 4xx answers (a 400 saying why the
 * body is bad) will not change on a retry.
 */
final class ZipkinSender implements RequestSender<ExportTraceServiceRequest> {
    private static final int MAX_REASON_CHARS = 500;

    private final ComponentSettings settings;
    private final ZipkinExporterConfig config;
    private final ContentEncoding compression;
    private final ZipkinFormat format;
    private URI url;
    private HttpClient client;

    ZipkinSender(ComponentSettings settings, ZipkinExporterConfig config) {
        this.settings = settings;
        this.config = config;
        this.compression = config.contentEncoding();
        this.format = ZipkinFormat.of(config.format);
    }

    @Override
    public void start() {
        url = URI.create(config.endpoint);
        HttpRequest.Builder probe = HttpRequest.newBuilder(url);
        config.headers.forEach(probe::header); // the JDK refuses some names (Host, Connection...): say so at start
        if (!config.defaultServiceName.equals(ZipkinExporterConfig.DEFAULT_SERVICE_NAME)) {
            settings.log().warn("default_service_name is not used: as in the collector's zipkin exporter, spans "
                    + "whose resource names no service get \"" + ZipkinTranslator.NO_SERVICE_NAME + "\"", null);
        }
        HttpClient.Builder builder = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(config.timeout.isZero() ? Duration.ofSeconds(30) : config.timeout);
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
    public SendResult send(ExportTraceServiceRequest request) throws ExportFailure {
        List<ZipkinSpan> spans;
        try {
            spans = ZipkinTranslator.translate(request);
        } catch (InvalidSpanException e) {
            throw ExportFailure.permanent("failed to push trace data via Zipkin exporter: " + e.getMessage(), e);
        }
        HttpRequest.Builder http = HttpRequest.newBuilder(url)
                .header("Content-Type", format.contentType())
                .POST(HttpRequest.BodyPublishers.ofByteArray(compression.encode(format.encode(spans))));
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
            throw ExportFailure.retryable("failed to push trace data via Zipkin exporter: " + e, null, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw ExportFailure.permanent("interrupted", e);
        }
        return answer(response);
    }

    private static SendResult answer(HttpResponse<byte[]> response) throws ExportFailure {
        int status = response.statusCode();
        if (status >= 200 && status < 300) {
            return SendResult.allTaken();
        }
        String message = "failed the request with status code " + status + reason(response.body());
        if (status == 408 || status == 429 || status >= 500) {
            throw ExportFailure.retryable(message, null, null);
        }
        throw ExportFailure.permanent(message, null);
    }

    /** Zipkin's answer text (e.g. why it could not read the spans), shortened. */
    private static String reason(byte[] body) {
        String text = new String(body, StandardCharsets.UTF_8).strip();
        if (text.isEmpty()) {
            return "";
        }
        return ": " + (text.length() > MAX_REASON_CHARS ? text.substring(0, MAX_REASON_CHARS) + "..." : text);
    }

    @Override
    public void shutdown() {
        client = null;
    }
}
