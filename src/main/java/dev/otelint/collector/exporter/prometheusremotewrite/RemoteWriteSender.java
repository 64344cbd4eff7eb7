package dev.otelint.collector.exporter.prometheusremotewrite;

import dev.otelint.collector.component.ComponentSettings;
import dev.otelint.collector.component.SignalType;
import dev.otelint.collector.exporter.helper.ExportFailure;
import dev.otelint.collector.exporter.helper.LogFields;
import dev.otelint.collector.exporter.helper.RequestSender;
import dev.otelint.collector.exporter.helper.SendResult;
import dev.otelint.collector.net.TlsMaterial;
import io.opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceRequest;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
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
    private URI url;
    private HttpClient client;

    RemoteWriteSender(ComponentSettings settings, PrometheusRemoteWriteConfig config, String version) {
        this.settings = settings;
        this.config = config;
        this.translator = new MetricsTranslator(config);
        this.userAgent = "otelint/" + version;
    }

    @Override
    public void start() {
        url = URI.create(config.endpoint);
        HttpRequest.Builder probe = HttpRequest.newBuilder(url);
        config.headers.forEach(probe::header); // the JDK refuses some names (Host, Connection...): say so at start
        HttpClient.Builder builder = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(config.timeout.isZero() ? Duration.ofSeconds(30) : config.timeout);
        if (url.getScheme().equals("https")) {
            TlsMaterial.configure(builder, config.tls);
        }
        client = builder.build();
    }

    @Override
    public SendResult send(ExportMetricsServiceRequest request) throws ExportFailure {
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
        HttpRequest.Builder http = HttpRequest.newBuilder(url).POST(HttpRequest.BodyPublishers.ofByteArray(body));
        config.headers.forEach((name, value) -> {
            if (!PrometheusRemoteWriteConfig.PROTOCOL_HEADERS.contains(name.toLowerCase(java.util.Locale.ROOT))) {
                http.header(name, value);
            }
        });
        http.header("Content-Encoding", "snappy").header("Content-Type", "application/x-protobuf")
                .header("X-Prometheus-Remote-Write-Version", "0.1.0").header("User-Agent", userAgent);
        if (!config.timeout.isZero()) {
            http.timeout(config.timeout);
        }
        HttpResponse<byte[]> response;
        try {
            response = client.send(http.build(), HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw ExportFailure.retryable("failed to make an HTTP request: " + e, null, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw ExportFailure.permanent("interrupted", e);
        }
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
        client = null;
    }
}
