package dev.otelint.collector;

import com.google.protobuf.ByteString;
import io.opentelemetry.proto.collector.logs.v1.ExportLogsServiceRequest;
import io.opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceRequest;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import io.opentelemetry.proto.common.v1.AnyValue;
import io.opentelemetry.proto.common.v1.InstrumentationScope;
import io.opentelemetry.proto.common.v1.KeyValue;
import io.opentelemetry.proto.logs.v1.LogRecord;
import io.opentelemetry.proto.logs.v1.ResourceLogs;
import io.opentelemetry.proto.logs.v1.ScopeLogs;
import io.opentelemetry.proto.metrics.v1.Gauge;
import io.opentelemetry.proto.metrics.v1.Metric;
import io.opentelemetry.proto.metrics.v1.NumberDataPoint;
import io.opentelemetry.proto.metrics.v1.ResourceMetrics;
import io.opentelemetry.proto.metrics.v1.ScopeMetrics;
import io.opentelemetry.proto.resource.v1.Resource;
import io.opentelemetry.proto.trace.v1.ResourceSpans;
import io.opentelemetry.proto.trace.v1.ScopeSpans;
import io.opentelemetry.proto.trace.v1.Span;
import java.util.HexFormat;

/** Small OTLP requests for tests. */
public final class Otlp {
    private Otlp() {}

    public static KeyValue attr(String key, String value) {
        return KeyValue.newBuilder().setKey(key).setValue(AnyValue.newBuilder().setStringValue(value)).build();
    }

    private static Resource resource() {
        return Resource.newBuilder().addAttributes(attr("service.name", "checkout")).build();
    }

    public static Span span(String name, int i) {
        return Span.newBuilder().setName(name)
                .setTraceId(ByteString.copyFrom(HexFormat.of().parseHex("5b8efff798038103d269b633813fc60c")))
                .setSpanId(ByteString.copyFrom(HexFormat.of().parseHex(String.format("eee19b7ec3c1b1%02x", i))))
                .setKind(Span.SpanKind.SPAN_KIND_SERVER).setStartTimeUnixNano(1_700_000_000_123_456_789L)
                .setEndTimeUnixNano(1_700_000_001_000_000_000L).addAttributes(attr("http.request.method", "GET"))
                .build();
    }

    /** One resource, one scope, {@code n} spans. */
    public static ExportTraceServiceRequest spans(int n) {
        ScopeSpans.Builder scope = ScopeSpans.newBuilder().setScope(InstrumentationScope.newBuilder().setName("test"));
        for (int i = 0; i < n; i++) {
            scope.addSpans(span("GET /" + i, i));
        }
        return ExportTraceServiceRequest.newBuilder()
                .addResourceSpans(ResourceSpans.newBuilder().setResource(resource()).addScopeSpans(scope)).build();
    }

    public static ExportLogsServiceRequest logs(int n) {
        ScopeLogs.Builder scope = ScopeLogs.newBuilder();
        for (int i = 0; i < n; i++) {
            scope.addLogRecords(LogRecord.newBuilder().setBody(AnyValue.newBuilder().setStringValue("line " + i))
                    .setSeverityNumberValue(9).setSeverityText("INFO").setTimeUnixNano(1_700_000_000_000_000_000L)
                    .addAttributes(attr("log.iostream", "stdout")));
        }
        return ExportLogsServiceRequest.newBuilder()
                .addResourceLogs(ResourceLogs.newBuilder().setResource(resource()).addScopeLogs(scope)).build();
    }

    /** One gauge with {@code points} data points. */
    public static ExportMetricsServiceRequest gauge(int points) {
        Gauge.Builder gauge = Gauge.newBuilder();
        for (int i = 0; i < points; i++) {
            gauge.addDataPoints(NumberDataPoint.newBuilder().setAsInt(i).setTimeUnixNano(1_700_000_000_000_000_000L)
                    .addAttributes(attr("cpu", Integer.toString(i))));
        }
        return ExportMetricsServiceRequest.newBuilder().addResourceMetrics(ResourceMetrics.newBuilder()
                .setResource(resource()).addScopeMetrics(ScopeMetrics.newBuilder()
                        .addMetrics(Metric.newBuilder().setName("system.cpu.time").setUnit("s").setGauge(gauge)))).build();
    }
}
