package dev.otelint.collector.receiver.otlp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.otelint.collector.RunningCollector;
import dev.otelint.records.OtlpJsonMessages;
import dev.otelint.records.ReadOptions;
import dev.otelint.records.Record;
import dev.otelint.records.RecordReader;
import dev.otelint.records.RecordReaders;
import dev.otelint.report.Finding;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.common.Attributes;
import io.opentelemetry.exporter.otlp.http.logs.OtlpHttpLogRecordExporter;
import io.opentelemetry.exporter.otlp.http.metrics.OtlpHttpMetricExporter;
import io.opentelemetry.exporter.otlp.http.trace.OtlpHttpSpanExporter;
import io.opentelemetry.exporter.otlp.logs.OtlpGrpcLogRecordExporter;
import io.opentelemetry.exporter.otlp.metrics.OtlpGrpcMetricExporter;
import io.opentelemetry.exporter.otlp.trace.OtlpGrpcSpanExporter;
import io.opentelemetry.proto.collector.logs.v1.ExportLogsServiceRequest;
import io.opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceRequest;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import io.opentelemetry.proto.common.v1.KeyValue;
import io.opentelemetry.sdk.logs.SdkLoggerProvider;
import io.opentelemetry.sdk.logs.export.LogRecordExporter;
import io.opentelemetry.sdk.logs.export.SimpleLogRecordProcessor;
import io.opentelemetry.sdk.metrics.SdkMeterProvider;
import io.opentelemetry.sdk.metrics.export.MetricExporter;
import io.opentelemetry.sdk.metrics.export.PeriodicMetricReader;
import io.opentelemetry.sdk.resources.Resource;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import io.opentelemetry.sdk.trace.export.SpanExporter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The OpenTelemetry Java SDK's own OTLP exporters send to the otlp receiver; a file exporter writes what arrived. */
class OtlpReceiverSdkTest {
    private static final Attributes ATTRIBUTES = Attributes.builder()
            .put("http.request.method", "POST").put("http.response.status_code", 201L).put("ratio", 0.25)
            .put("cache.hit", true).put(AttributeKey.stringArrayKey("tags"), List.of("a", "b"))
            .put(AttributeKey.longArrayKey("ports"), List.of(80L, 443L)).build();
    private static final Map<String, String> EXPECTED = Map.of(
            "http.request.method", "string_value: \"POST\"", "http.response.status_code", "int_value: 201",
            "ratio", "double_value: 0.25", "cache.hit", "bool_value: true",
            "tags", "array_value { values { string_value: \"a\" } values { string_value: \"b\" } }",
            "ports", "array_value { values { int_value: 80 } values { int_value: 443 } }");

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"grpc", "http"})
    void everySignalAndAttributeArrivesIntact(String protocol) throws Exception {
        int port = RunningCollector.freePort();
        Path out = dir.resolve("out.json");
        try (RunningCollector ignored = new RunningCollector("{receivers: {otlp: {protocols: {" + protocol
                + ": {endpoint: 'localhost:" + port + "'}}}}, exporters: {file: {path: '" + out + "'}}, service: {pipelines: {"
                + "traces: {receivers: [otlp], exporters: [file]}, metrics: {receivers: [otlp], exporters: [file]},"
                + " logs: {receivers: [otlp], exporters: [file]}}}}")) {
            send(protocol, "http://localhost:" + port);
        }
        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        List<ExportTraceServiceRequest> traces = new ArrayList<>();
        List<ExportMetricsServiceRequest> metrics = new ArrayList<>();
        List<ExportLogsServiceRequest> logs = new ArrayList<>();
        for (String line : lines) {
            byte[] json = line.getBytes(StandardCharsets.UTF_8);
            if (line.startsWith("{\"resourceSpans\"")) {
                traces.add(OtlpJsonMessages.decode(json, ExportTraceServiceRequest.newBuilder()).build());
            } else if (line.startsWith("{\"resourceMetrics\"")) {
                metrics.add(OtlpJsonMessages.decode(json, ExportMetricsServiceRequest.newBuilder()).build());
            } else {
                logs.add(OtlpJsonMessages.decode(json, ExportLogsServiceRequest.newBuilder()).build());
            }
        }
        var span = traces.get(0).getResourceSpans(0);
        assertThat(attributes(span.getResource().getAttributesList())).containsEntry("service.name", "string_value: \"shop\"");
        assertThat(span.getScopeSpans(0).getSpans(0).getName()).isEqualTo("checkout");
        assertThat(attributes(span.getScopeSpans(0).getSpans(0).getAttributesList())).isEqualTo(EXPECTED);
        var log = logs.get(0).getResourceLogs(0).getScopeLogs(0).getLogRecords(0);
        assertThat(log.getBody().getStringValue()).isEqualTo("paid");
        assertThat(attributes(log.getAttributesList())).isEqualTo(EXPECTED);
        var point = metrics.get(0).getResourceMetrics(0).getScopeMetrics(0).getMetrics(0).getSum().getDataPoints(0);
        assertThat(point.getAsInt()).isEqualTo(7);
        assertThat(attributes(point.getAttributesList())).isEqualTo(EXPECTED);

        List<Finding> findings = new ArrayList<>();
        List<String> signals = new ArrayList<>();
        try (RecordReader reader = RecordReaders.open(out, ReadOptions.defaults(), findings::add)) {
            for (Record r = reader.next(); r != null; r = reader.next()) {
                signals.add(r.signal().label());
            }
        }
        assertThat(findings).isEmpty();
        // the metric reader exports the cumulative sum again when it shuts down
        assertThat(signals).containsOnly("traces", "metrics", "logs").containsOnlyOnce("traces", "logs");
    }

    private static Map<String, String> attributes(List<KeyValue> attributes) {
        Map<String, String> flat = new TreeMap<>();
        for (KeyValue kv : attributes) {
            flat.put(kv.getKey(), kv.getValue().toString().replaceAll("\\s+", " ").trim());
        }
        return flat;
    }

    private static void send(String protocol, String endpoint) {
        boolean grpc = protocol.equals("grpc");
        Resource resource = Resource.getDefault().merge(Resource.create(Attributes.of(AttributeKey.stringKey("service.name"), "shop")));
        SpanExporter spans = grpc ? OtlpGrpcSpanExporter.builder().setEndpoint(endpoint).build()
                : OtlpHttpSpanExporter.builder().setEndpoint(endpoint + "/v1/traces").build();
        MetricExporter metrics = grpc ? OtlpGrpcMetricExporter.builder().setEndpoint(endpoint).build()
                : OtlpHttpMetricExporter.builder().setEndpoint(endpoint + "/v1/metrics").build();
        LogRecordExporter logs = grpc ? OtlpGrpcLogRecordExporter.builder().setEndpoint(endpoint).build()
                : OtlpHttpLogRecordExporter.builder().setEndpoint(endpoint + "/v1/logs").build();
        try (SdkTracerProvider tracer = SdkTracerProvider.builder().setResource(resource)
                .addSpanProcessor(SimpleSpanProcessor.create(spans)).build();
             SdkMeterProvider meter = SdkMeterProvider.builder().setResource(resource)
                     .registerMetricReader(PeriodicMetricReader.create(metrics)).build();
             SdkLoggerProvider logger = SdkLoggerProvider.builder().setResource(resource)
                     .addLogRecordProcessor(SimpleLogRecordProcessor.create(logs)).build()) {
            tracer.get("test").spanBuilder("checkout").setAllAttributes(ATTRIBUTES).startSpan().end();
            meter.get("test").counterBuilder("orders").build().add(7, ATTRIBUTES);
            logger.get("test").logRecordBuilder().setBody("paid").setAllAttributes(ATTRIBUTES).emit();
            assertThat(tracer.forceFlush().join(10, TimeUnit.SECONDS).isSuccess()).isTrue();
            assertThat(meter.forceFlush().join(10, TimeUnit.SECONDS).isSuccess()).isTrue();
            assertThat(logger.forceFlush().join(10, TimeUnit.SECONDS).isSuccess()).isTrue();
        }
    }
}
