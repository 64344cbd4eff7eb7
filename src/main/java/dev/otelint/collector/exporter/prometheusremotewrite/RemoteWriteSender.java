package dev.otelint.collector.exporter.prometheusremotewrite;

import dev.otelint.collector.component.ComponentSettings;
import dev.otelint.collector.component.SignalType;
import dev.otelint.collector.exporter.helper.ExportFailure;
import dev.otelint.collector.exporter.helper.ExportRequest;
import dev.otelint.collector.exporter.helper.HttpPoster;
import dev.otelint.collector.exporter.helper.LogFields;
import dev.otelint.collector.exporter.helper.RequestSender;
import dev.otelint.collector.exporter.helper.SendResult;
import dev.otelint.collector.net.Compression;
import dev.otelint.collector.net.ContentEncoding;
import io.opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceRequest;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Sends one OTLP metrics request as Prometheus remote write 1.0: translated, split under max_batch_size_bytes,
 * each part snappy-compressed and POSTed with the protocol's headers. As the exporter: 5xx is retryable (and 429,
 * as remote write 1.0 lets a sender retry it), any other status is permanent, with the start of the server's
 * body as the reason; so is a request that got no answer. Points the translation dropped are logged once per
 * metric and returned as refused.
 */
final class RemoteWriteSender implements RequestSender<ExportMetricsServiceRequest> {
    private static final int REASON_BYTES = 256;
    private static final int EXPLAINED_LIMIT = 10_000;

    private final ComponentSettings settings;
    private final PrometheusRemoteWriteConfig config;
    private final MetricsTranslator translator;
    private final String userAgent;
    private final Set<String> explained = ConcurrentHashMap.newKeySet();
    private HttpPoster poster;

    RemoteWriteSender(ComponentSettings settings, PrometheusRemoteWriteConfig config, String version) {
        this.settings = settings;
        this.config = config;
        this.translator = new MetricsTranslator(config);
        this.userAgent = "otelint/" + version;
    }

    @Override
    public void start() {
        poster = new HttpPoster(URI.create(config.endpoint), config.tls, requestHeaders(), config.timeout,
                Compression.of(ContentEncoding.NONE)); // the body is snappy-compressed here, per remote write's rules
    }

    /** The user's headers, except those the protocol fixes, then the protocol's own. */
    private Map<String, String> requestHeaders() {
        Map<String, String> headers = new LinkedHashMap<>();
        config.headers.forEach((name, value) -> {
            if (!PrometheusRemoteWriteConfig.PROTOCOL_HEADERS.contains(name.toLowerCase(Locale.ROOT))) {
                headers.put(name, value);
            }
        });
        headers.put("Content-Encoding", "snappy");
        headers.put("X-Prometheus-Remote-Write-Version", "0.1.0");
        headers.put("User-Agent", userAgent);
        return headers;
    }

    @Override
    public SendResult send(ExportRequest<ExportMetricsServiceRequest> queued) throws ExportFailure {
        ExportMetricsServiceRequest request = queued.message();
        Translation translation = translator.translate(request);
        explainDrops(translation);
        for (byte[] body : WriteRequestEncoder.requests(translation.series().sorted(), config.maxBatchSizeBytes)) {
            post(WriteRequestEncoder.snappy(body));
        }
        return SendResult.rejected(translation.droppedPoints(), translation.reason());
    }

    /** Once per metric and reason, so that a steady stream of delta data does not flood the log. */
    private void explainDrops(Translation translation) {
        for (Map.Entry<String, Set<String>> drop : translation.droppedMetrics().entrySet()) {
            for (String metric : drop.getValue()) {
                if (explained.size() < EXPLAINED_LIMIT && explained.add(drop.getKey() + "\u0000" + metric)) {
                    settings.log().warn("Dropping metric \"" + metric + "\": " + drop.getKey()
                            + " (logged once per metric)", LogFields.of(settings, SignalType.METRICS));
                }
            }
        }
    }

    private void post(byte[] body) throws ExportFailure {
        HttpResponse<byte[]> response = poster.post("application/x-protobuf", body, "failed to make an HTTP request: ");
        int status = response.statusCode();
        if (status >= 200 && status < 300) {
            return;
        }
        byte[] start = Arrays.copyOf(response.body(), Math.min(REASON_BYTES, response.body().length));
        String message = "remote write returned HTTP status " + status + ": "
                + new String(start, StandardCharsets.UTF_8).strip();
        if (status >= 500 || status == 429) {
            throw ExportFailure.retryable(message, null, null);
        }
        throw ExportFailure.permanent(message, null);
    }

    @Override
    public void shutdown() {
        poster = null;
    }
}
