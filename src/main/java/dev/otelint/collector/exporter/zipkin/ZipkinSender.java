package dev.otelint.collector.exporter.zipkin;

import dev.otelint.collector.component.ComponentSettings;
import dev.otelint.collector.exporter.helper.ExportFailure;
import dev.otelint.collector.exporter.helper.ExportRequest;
import dev.otelint.collector.exporter.helper.HttpPoster;
import dev.otelint.collector.exporter.helper.RequestSender;
import dev.otelint.collector.exporter.helper.SendResult;
import dev.otelint.collector.net.Compression;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * POSTs one request's spans as a Zipkin v2 JSON array or protobuf ListOfSpans; Zipkin answers 202. A span that
 * cannot be translated (an empty id) fails the request for good, as in the collector. Unlike the collector, which
 * retries every non-2xx answer, only 408, 429, 5xx and a missing answer are retried: Zipkin's other 4xx answers
 * (a 400 saying why the body is bad) will not change on a retry.
 */
final class ZipkinSender implements RequestSender<ExportTraceServiceRequest> {
    private static final int MAX_REASON_CHARS = 500;

    private final ComponentSettings settings;
    private final ZipkinExporterConfig config;
    private final Compression compression;
    private final ZipkinFormat format;
    private HttpPoster poster;

    ZipkinSender(ComponentSettings settings, ZipkinExporterConfig config) {
        this.settings = settings;
        this.config = config;
        this.compression = config.compression();
        this.format = ZipkinFormat.of(config.format);
    }

    @Override
    public void start() {
        poster = new HttpPoster(URI.create(config.endpoint), config.tls, config.headers, config.timeout, compression);
        if (!config.defaultServiceName.equals(ZipkinExporterConfig.DEFAULT_SERVICE_NAME)) {
            settings.log().warn("default_service_name is not used: as in the collector's zipkin exporter, spans "
                    + "whose resource names no service get \"" + ZipkinTranslator.NO_SERVICE_NAME + "\"", null);
        }
    }

    @Override
    public SendResult send(ExportRequest<ExportTraceServiceRequest> queued) throws ExportFailure {
        ExportTraceServiceRequest request = queued.message();
        List<ZipkinSpan> spans;
        try {
            spans = ZipkinTranslator.translate(request);
        } catch (InvalidSpanException e) {
            throw ExportFailure.permanent("failed to push trace data via Zipkin exporter: " + e.getMessage(), e);
        }
        return answer(poster.post(format.contentType(), format.encode(spans),
                "failed to push trace data via Zipkin exporter: "));
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
}
