package dev.otelint.collector.exporter.otlp;

import com.google.protobuf.Message;
import dev.otelint.collector.component.ComponentSettings;
import dev.otelint.collector.component.SignalType;
import dev.otelint.collector.exporter.file.OtlpJsonLine;
import dev.otelint.collector.exporter.helper.SendResult;
import dev.otelint.collector.exporter.helper.ExportFailure;
import dev.otelint.collector.exporter.helper.ExportRequest;
import dev.otelint.collector.exporter.helper.HttpPoster;
import dev.otelint.collector.exporter.helper.RequestSender;
import dev.otelint.collector.net.Compression;
import dev.otelint.collector.net.RpcStatus;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Set;

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
    private final Compression compression;
    private HttpPoster poster;

    HttpRequestSender(SignalType<T> signal, ComponentSettings settings, OtlpHttpExporterConfig config) {
        this.signal = signal;
        this.settings = settings;
        this.config = config;
        this.compression = config.bodyCompression();
    }

    @Override
    public void start() {
        poster = new HttpPoster(URI.create(config.url(signal.signal())), config.tls, config.headers, config.timeout,
                compression);
    }

    @Override
    public boolean sendsProtobuf() {
        return config.encoding != OtlpHttpExporterConfig.BodyEncoding.JSON;
    }

    @Override
    public SendResult send(ExportRequest<T> request) throws ExportFailure {
        boolean json = !sendsProtobuf();
        byte[] body = json ? OtlpJsonLine.of(request.message()).getBytes(StandardCharsets.UTF_8) : request.protobuf();
        HttpResponse<byte[]> response = poster.post(json ? "application/json" : "application/x-protobuf", body,
                "failed to make an HTTP request: ");
        return answer(response, json);
    }

    private SendResult answer(HttpResponse<byte[]> response, boolean json) throws ExportFailure {
        int status = response.statusCode();
        if (status >= 200 && status < 300) {
            return PartialSuccess.log(settings, signal, response.body(), json);
        }
        boolean jsonBody = response.headers().firstValue("Content-Type").orElse("").startsWith("application/json");
        String message = "error exporting items, request to " + poster.url() + " responded with HTTP Status Code " + status
                + ", Message=" + RpcStatus.message(response.body(), jsonBody);
        if (RETRYABLE.contains(status)) {
            throw ExportFailure.retryable(message, RetryAfter.parse(response.headers().firstValue("Retry-After")
                    .orElse(null)), null);
        }
        throw ExportFailure.permanent(message, null);
    }
}
