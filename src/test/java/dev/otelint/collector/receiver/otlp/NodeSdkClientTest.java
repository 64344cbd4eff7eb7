package dev.otelint.collector.receiver.otlp;

import static dev.otelint.collector.receiver.otlp.AnyValues.array;
import static dev.otelint.collector.receiver.otlp.AnyValues.bool;
import static dev.otelint.collector.receiver.otlp.AnyValues.dbl;
import static dev.otelint.collector.receiver.otlp.AnyValues.integer;
import static dev.otelint.collector.receiver.otlp.AnyValues.map;
import static dev.otelint.collector.receiver.otlp.AnyValues.str;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.ByteString;
import dev.otelint.collector.RunningCollector;
import dev.otelint.records.OtlpJsonMessages;
import dev.otelint.records.ReadOptions;
import dev.otelint.records.Record;
import dev.otelint.records.RecordReader;
import dev.otelint.records.RecordReaders;
import dev.otelint.report.Finding;
import io.opentelemetry.proto.collector.logs.v1.ExportLogsServiceRequest;
import io.opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceRequest;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import io.opentelemetry.proto.common.v1.AnyValue;
import io.opentelemetry.proto.logs.v1.LogRecord;
import io.opentelemetry.proto.metrics.v1.AggregationTemporality;
import io.opentelemetry.proto.metrics.v1.HistogramDataPoint;
import io.opentelemetry.proto.metrics.v1.Metric;
import io.opentelemetry.proto.metrics.v1.NumberDataPoint;
import io.opentelemetry.proto.trace.v1.Span;
import io.opentelemetry.proto.trace.v1.Status;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The OpenTelemetry Node SDK (src/test/node/send.js) sends spans, metrics and logs over OTLP/HTTP with JSON
 * bodies to the otlp receiver; one file exporter per signal writes what arrived, and otelint's OTLP JSON
 * reader reads it back with every value and its type intact.
 */
class NodeSdkClientTest {
    /** What send.js puts on spans and metric points; a JS number that is an integer is sent as intValue. */
    private static final Map<String, AnyValue> ATTRIBUTES = AnyValues.entries(
            "http.request.method", str("POST"), "http.response.status_code", integer(201),
            "balance", integer(-42), "max.safe", integer(9007199254740991L), "ratio", dbl(0.25),
            "tiny", dbl(1e-7), "cache.hit", bool(true), "retry", bool(false), "empty", str(""),
            "text", str("grüße ✓ 日本 \"quoted\" back\\slash\nnew line\ttab"),
            "tags", array(str("a"), str("b")), "ports", array(integer(80), integer(443)),
            "weights", array(dbl(0.5), dbl(1.5)), "flags", array(bool(true), bool(false)));

    @TempDir
    Path dir;

    @Test
    void everySignalAndAttributeArrivesIntact() throws Exception {
        NodeSdkClient.assumeInstalled(getClass().getSimpleName());
        int port = RunningCollector.freePort();
        String output;
        try (RunningCollector ignored = new RunningCollector("{receivers: {otlp: {protocols: {http: {endpoint: '127.0.0.1:"
                + port + "'}}}}, exporters: {" + fileExporter("traces") + ", " + fileExporter("metrics") + ", "
                + fileExporter("logs") + "}, service: {pipelines: {" + pipeline("traces") + ", " + pipeline("metrics")
                + ", " + pipeline("logs") + "}}}")) {
            output = NodeSdkClient.send("http://127.0.0.1:" + port, dir);
        }
        assertThat(output).contains("exported {\"traces\":2,\"metrics\":1,\"logs\":2}");

        assertSpans(read("traces", ExportTraceServiceRequest.newBuilder()));
        assertMetrics(read("metrics", ExportMetricsServiceRequest.newBuilder()));
        assertLogs(read("logs", ExportLogsServiceRequest.newBuilder()));
        assertThat(readAsRecords("traces")).isEqualTo(2);
        assertThat(readAsRecords("metrics")).isEqualTo(2);
        assertThat(readAsRecords("logs")).isEqualTo(2);
    }

    private static void assertSpans(List<ExportTraceServiceRequest> requests) {
        assertThat(requests).hasSize(2).allSatisfy(r -> {
            assertThat(AnyValues.of(r.getResourceSpans(0).getResource().getAttributesList()))
                    .containsEntry("service.name", str("shop")).containsEntry("service.version", str("1.2.3"));
            assertThat(r.getResourceSpans(0).getScopeSpans(0).getScope().getName()).isEqualTo("otelint-node-test");
            assertThat(r.getResourceSpans(0).getScopeSpans(0).getScope().getVersion()).isEqualTo("0.1.0");
        });
        // SimpleSpanProcessor exports each span on its own as it ends; the two requests may arrive in either order
        Map<String, Span> spans = new HashMap<>();
        requests.forEach(r -> r.getResourceSpans(0).getScopeSpans(0).getSpansList().forEach(s -> spans.put(s.getName(), s)));
        assertThat(spans).containsOnlyKeys("checkout", "charge");
        Span checkout = spans.get("checkout");
        Span charge = spans.get("charge");

        assertThat(checkout.getKind()).isEqualTo(Span.SpanKind.SPAN_KIND_SERVER);
        assertThat(checkout.getTraceId().size()).isEqualTo(16);
        assertThat(checkout.getSpanId().size()).isEqualTo(8);
        assertThat(checkout.getParentSpanId()).isEmpty();
        assertThat(checkout.getStartTimeUnixNano()).isPositive().isLessThanOrEqualTo(checkout.getEndTimeUnixNano());
        assertThat(AnyValues.of(checkout.getAttributesList())).isEqualTo(ATTRIBUTES);
        assertThat(checkout.getEvents(0).getName()).isEqualTo("payment");
        assertThat(AnyValues.of(checkout.getEvents(0).getAttributesList()))
                .isEqualTo(AnyValues.entries("amount", dbl(12.5), "currency", str("EUR")));

        assertThat(charge.getKind()).isEqualTo(Span.SpanKind.SPAN_KIND_CLIENT);
        assertThat(charge.getTraceId()).isEqualTo(checkout.getTraceId());
        assertThat(charge.getParentSpanId()).isEqualTo(checkout.getSpanId());
        assertThat(charge.getStatus().getCode()).isEqualTo(Status.StatusCode.STATUS_CODE_ERROR);
        assertThat(charge.getStatus().getMessage()).isEqualTo("card declined");
        assertThat(charge.getLinks(0).getSpanId()).isEqualTo(checkout.getSpanId());
        assertThat(AnyValues.of(charge.getLinks(0).getAttributesList())).isEqualTo(AnyValues.entries("link.reason", str("retry")));
    }

    private static void assertMetrics(List<ExportMetricsServiceRequest> requests) {
        assertThat(requests).hasSize(1);
        assertThat(AnyValues.of(requests.get(0).getResourceMetrics(0).getResource().getAttributesList()))
                .containsEntry("service.name", str("shop"));
        List<Metric> metrics = requests.get(0).getResourceMetrics(0).getScopeMetrics(0).getMetricsList();
        assertThat(metrics).extracting(Metric::getName).containsExactly("orders", "checkout.duration");

        Metric orders = metrics.get(0);
        assertThat(orders.getUnit()).isEqualTo("{order}");
        assertThat(orders.getDescription()).isEqualTo("orders placed");
        assertThat(orders.getSum().getIsMonotonic()).isTrue();
        assertThat(orders.getSum().getAggregationTemporality())
                .isEqualTo(AggregationTemporality.AGGREGATION_TEMPORALITY_CUMULATIVE);
        NumberDataPoint total = orders.getSum().getDataPoints(0);
        assertThat(total.getValueCase()).isEqualTo(NumberDataPoint.ValueCase.AS_INT);
        assertThat(total.getAsInt()).isEqualTo(10);
        assertThat(AnyValues.of(total.getAttributesList())).isEqualTo(ATTRIBUTES);

        Metric duration = metrics.get(1);
        assertThat(duration.getUnit()).isEqualTo("s");
        HistogramDataPoint point = duration.getHistogram().getDataPoints(0);
        assertThat(point.getCount()).isEqualTo(4);
        assertThat(point.getSum()).isEqualTo(21.25);
        assertThat(point.getMin()).isEqualTo(0.05);
        assertThat(point.getMax()).isEqualTo(20.0);
        assertThat(point.getExplicitBoundsList()).containsExactly(0.1, 1.0, 10.0);
        assertThat(point.getBucketCountsList()).containsExactly(1L, 2L, 0L, 1L);
        assertThat(AnyValues.of(point.getAttributesList())).isEqualTo(AnyValues.entries("http.request.method", str("POST")));
    }

    private static void assertLogs(List<ExportLogsServiceRequest> requests) {
        // each record is exported on its own as it is emitted; the two requests may arrive in either order
        assertThat(requests).hasSize(2).allSatisfy(r ->
                assertThat(r.getResourceLogs(0).getScopeLogs(0).getScope().getName()).isEqualTo("otelint-node-test"));
        List<LogRecord> records = requests.stream().map(r -> r.getResourceLogs(0).getScopeLogs(0).getLogRecords(0)).toList();
        LogRecord slow = records.stream().filter(r -> r.getBody().hasStringValue()).findFirst().orElseThrow();
        LogRecord order = records.stream().filter(r -> r.getBody().hasKvlistValue()).findFirst().orElseThrow();
        assertThat(slow.getBody()).isEqualTo(str("payment slow"));
        assertThat(slow.getSeverityNumber().getNumber()).isEqualTo(13);
        assertThat(slow.getSeverityText()).isEqualTo("WARN");
        assertThat(slow.getObservedTimeUnixNano()).isPositive();
        Map<String, AnyValue> expected = new LinkedHashMap<>(ATTRIBUTES);
        expected.put("payload", AnyValue.newBuilder().setBytesValue(ByteString.copyFrom(new byte[] {0, 1, (byte) 254, (byte) 255})).build());
        expected.put("user", map("id", integer(7), "roles", array(str("admin"), str("ops")),
                "address", map("city", str("Zürich"))));
        expected.put("mixed", array(str("x"), integer(1), dbl(2.5), bool(true)));
        expected.put("nothing", AnyValue.getDefaultInstance());
        assertThat(AnyValues.of(slow.getAttributesList())).isEqualTo(expected);

        assertThat(order.getSeverityNumber().getNumber()).isEqualTo(9);
        assertThat(order.getBody()).isEqualTo(map("order", str("A-1"), "items", array(integer(1), integer(2))));
        assertThat(order.getAttributesList()).isEmpty();
    }

    private <M extends com.google.protobuf.Message, B extends com.google.protobuf.Message.Builder> List<M> read(
            String signal, B prototype) throws IOException {
        List<M> requests = new ArrayList<>();
        for (String line : Files.readAllLines(dir.resolve(signal + ".json"), StandardCharsets.UTF_8)) {
            @SuppressWarnings("unchecked")
            M request = (M) OtlpJsonMessages.decode(line.getBytes(StandardCharsets.UTF_8), prototype.clone()).build();
            requests.add(request);
        }
        return requests;
    }

    /** Reads a file as `otelint validate` does; returns how many records it held, all of that signal. */
    private int readAsRecords(String signal) throws IOException {
        List<Finding> findings = new ArrayList<>();
        int records = 0;
        try (RecordReader reader = RecordReaders.open(dir.resolve(signal + ".json"), ReadOptions.defaults(), findings::add)) {
            for (Record r = reader.next(); r != null; r = reader.next()) {
                assertThat(r.signal().label()).isEqualTo(signal);
                records++;
            }
        }
        assertThat(findings).isEmpty();
        return records;
    }

    private String fileExporter(String signal) {
        return "file/" + signal + ": {path: '" + dir.resolve(signal + ".json") + "'}";
    }

    private static String pipeline(String signal) {
        return signal + ": {receivers: [otlp], exporters: [file/" + signal + "]}";
    }
}
