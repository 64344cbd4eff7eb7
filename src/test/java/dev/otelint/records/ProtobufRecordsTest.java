package dev.otelint.records;

import static dev.otelint.records.SimpleSchemaEncoderTest.T0;
import static dev.otelint.records.SimpleSchemaEncoderTest.kv;
import static dev.otelint.records.SimpleSchemaEncoderTest.str;
import static org.assertj.core.api.Assertions.assertThat;

import io.opentelemetry.proto.collector.logs.v1.ExportLogsServiceRequest;
import io.opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceRequest;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import io.opentelemetry.proto.common.v1.InstrumentationScope;
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
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProtobufRecordsTest {
    private static final Resource RESOURCE = Resource.newBuilder().addAttributes(kv("service.name", str("cart"))).build();
    private static final InstrumentationScope SCOPE = InstrumentationScope.newBuilder().setName("lib").build();

    @TempDir
    Path dir;

    @Test
    void spansRoundTripThroughABinpbFile() throws IOException {
        ExportTraceServiceRequest request = ExportTraceServiceRequest.newBuilder()
                .addResourceSpans(ResourceSpans.newBuilder().setResource(RESOURCE)
                        .addScopeSpans(ScopeSpans.newBuilder().setScope(SCOPE).setSchemaUrl("https://s")
                                .addSpans(span("a", Span.SpanKind.SPAN_KIND_SERVER))
                                .addSpans(span("b", Span.SpanKind.SPAN_KIND_CLIENT))))
                .build();
        Path file = Files.write(dir.resolve("spans.binpb"), request.toByteArray());

        ReadResult result = ReadResult.read(file, new ReadOptions(Signal.TRACES));

        assertThat(result.findings()).isEmpty();
        assertThat(result.indexes()).containsExactly(1L, 2L);
        assertThat(result.records()).extracting(Record::signal).containsOnly(Signal.TRACES);
        assertThat(result.records()).extracting(Record::line).containsOnly(0);
        JsonValue second = result.records().get(1).document();
        assertThat(second.get("name").text()).isEqualTo("b");
        assertThat(second.get("kind").text()).isEqualTo("Client");
        assertThat(second.get("startTime").text()).isEqualTo("2018-12-13T14:51:00.3Z");
        assertThat(second.get("instrumentationScope").get("schemaUrl").text()).isEqualTo("https://s");
        assertThat(second.get("resource").get("service.name").text()).isEqualTo("cart");
        assertThat(second.get("attributes").get("http.route").text()).isEqualTo("/b");
    }

    @Test
    void gzippedProtobufWithPbSuffix() throws IOException {
        ExportMetricsServiceRequest request = ExportMetricsServiceRequest.newBuilder()
                .addResourceMetrics(ResourceMetrics.newBuilder().setResource(RESOURCE)
                        .addScopeMetrics(ScopeMetrics.newBuilder().setScope(SCOPE)
                                .addMetrics(Metric.newBuilder().setName("g").setGauge(Gauge.newBuilder()
                                        .addDataPoints(NumberDataPoint.newBuilder().setAsInt(1))
                                        .addDataPoints(NumberDataPoint.newBuilder().setAsInt(2))))))
                .build();
        Path file = dir.resolve("metrics.pb.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            request.writeTo(out);
        }

        ReadResult result = ReadResult.read(file, new ReadOptions(Signal.METRICS));

        assertThat(result.records()).extracting(r -> r.document().get("value@int").text()).containsExactly("1", "2");
    }

    @Test
    void protobufAndOtlpJsonOfTheSameLogGiveTheSameDocument() throws IOException {
        LogRecord log = LogRecord.newBuilder().setTimeUnixNano(T0).setSeverityText("WARN").setSeverityNumberValue(13)
                .setBody(str("disk low")).addAttributes(kv("disk", str("sda"))).build();
        ExportLogsServiceRequest request = ExportLogsServiceRequest.newBuilder()
                .addResourceLogs(ResourceLogs.newBuilder().setResource(RESOURCE)
                        .addScopeLogs(ScopeLogs.newBuilder().setScope(SCOPE).addLogRecords(log)))
                .build();
        Path binary = Files.write(dir.resolve("logs.binpb"), request.toByteArray());
        Path json = Files.writeString(dir.resolve("logs.json"), """
                {"resourceLogs": [{"resource": {"attributes": [{"key": "service.name", "value": {"stringValue": "cart"}}]},
                  "scopeLogs": [{"scope": {"name": "lib"}, "logRecords": [{"timeUnixNano": "1544712660300000000",
                    "severityText": "WARN", "severityNumber": 13, "body": {"stringValue": "disk low"},
                    "attributes": [{"key": "disk", "value": {"stringValue": "sda"}}]}]}]}]}
                """);

        JsonValue fromBinary = ReadResult.read(binary, new ReadOptions(Signal.LOGS)).only().document();
        JsonValue fromJson = ReadResult.read(json).only().document();

        assertThat(withoutExportTime(fromBinary)).isEqualTo(withoutExportTime(fromJson));
        assertThat(fromJson.line()).isEqualTo(2);
        assertThat(fromBinary.line()).isZero();
    }

    @Test
    void bytesThatAreNotTheSignalsRequestAreAFinding() throws IOException {
        Path file = Files.write(dir.resolve("junk.binpb"), new byte[] {0x0a, (byte) 0xff, 0x01, 0x02});

        ReadResult result = ReadResult.read(file, new ReadOptions(Signal.LOGS));

        assertThat(result.records()).isEmpty();
        assertThat(result.findings()).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("otlp.protobuf");
            assertThat(f.file()).isEqualTo(file.toString());
            assertThat(f.message()).startsWith("not an OTLP logs export request (ExportLogsServiceRequest): ");
        });
    }

    private static Span span(String name, Span.SpanKind kind) {
        return Span.newBuilder().setName(name).setKind(kind).setStartTimeUnixNano(T0).setEndTimeUnixNano(T0 + 1)
                .setTraceId(SimpleSchemaEncoderTest.bytes(SimpleSchemaEncoderTest.TRACE_ID))
                .setSpanId(SimpleSchemaEncoderTest.bytes(SimpleSchemaEncoderTest.SPAN_ID))
                .addAttributes(kv("http.route", str("/" + name))).build();
    }

    /** The document as JSON text without observedTimestamp, which the exporter sets to the export time. */
    private static String withoutExportTime(JsonValue document) {
        return document.toJson().replaceAll("\"observedTimestamp\":\"[^\"]*\",", "");
    }
}
