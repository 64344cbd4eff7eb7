import io.opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceRequest;
import io.opentelemetry.proto.common.v1.AnyValue;
import io.opentelemetry.proto.common.v1.KeyValue;
import io.opentelemetry.proto.metrics.v1.Gauge;
import io.opentelemetry.proto.metrics.v1.Metric;
import io.opentelemetry.proto.metrics.v1.NumberDataPoint;
import io.opentelemetry.proto.metrics.v1.ResourceMetrics;
import io.opentelemetry.proto.metrics.v1.ScopeMetrics;
import io.opentelemetry.proto.resource.v1.Resource;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * Sends OTLP/HTTP metric requests of SERIES gauge points each (one point per series, a new millisecond per request,
 * so that Prometheus takes every sample) to a collector as fast as it answers, for SECONDS.
 * `otelint gen metrics` sends delta histograms, which remote write drops, hence this generator.
 * Usage: java -cp target/otelint.jar bench/PrometheusRemoteWriteLoad.java URL SECONDS SERIES
 */
public class PrometheusRemoteWriteLoad {
    public static void main(String[] args) throws Exception {
        URI url = URI.create(args[0]);
        long end = System.nanoTime() + Long.parseLong(args[1]) * 1_000_000_000L;
        int series = Integer.parseInt(args[2]);
        HttpClient client = HttpClient.newHttpClient();
        long sent = 0;
        long lastMillis = 0;
        while (System.nanoTime() < end) {
            long millis = Math.max(System.currentTimeMillis(), lastMillis + 1);
            lastMillis = millis;
            Gauge.Builder gauge = Gauge.newBuilder();
            for (int s = 0; s < series; s++) {
                gauge.addDataPoints(NumberDataPoint.newBuilder().setTimeUnixNano(millis * 1_000_000).setAsDouble(s)
                        .addAttributes(attr("series", Integer.toString(s))));
            }
            ExportMetricsServiceRequest request = ExportMetricsServiceRequest.newBuilder().addResourceMetrics(
                    ResourceMetrics.newBuilder().setResource(Resource.newBuilder().addAttributes(attr("service.name", "bench")))
                            .addScopeMetrics(ScopeMetrics.newBuilder().addMetrics(Metric.newBuilder()
                                    .setName("bench.value").setGauge(gauge)))).build();
            HttpResponse<Void> response = client.send(HttpRequest.newBuilder(url)
                    .header("Content-Type", "application/x-protobuf")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(request.toByteArray())).build(),
                    HttpResponse.BodyHandlers.discarding());
            if (response.statusCode() == 200) {
                sent += series;
            }
        }
        System.out.println(sent);
    }

    private static KeyValue attr(String key, String value) {
        return KeyValue.newBuilder().setKey(key).setValue(AnyValue.newBuilder().setStringValue(value)).build();
    }
}
