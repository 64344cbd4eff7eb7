package dev.otelint.gen;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.Message;
import dev.otelint.catalog.SemconvGroup;
import dev.otelint.catalog.SemconvInstrument;
import dev.otelint.catalog.SemconvMetric;
import dev.otelint.catalog.SemconvRegistry;
import dev.otelint.catalog.SemconvRequirementLevel;
import dev.otelint.cli.CliRun;
import dev.otelint.collector.exporter.file.OtlpJsonLine;
import io.opentelemetry.proto.collector.logs.v1.ExportLogsServiceRequest;
import io.opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceRequest;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import io.opentelemetry.proto.common.v1.KeyValue;
import io.opentelemetry.proto.logs.v1.LogRecord;
import io.opentelemetry.proto.metrics.v1.HistogramDataPoint;
import io.opentelemetry.proto.metrics.v1.Metric;
import io.opentelemetry.proto.trace.v1.Span;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What gen makes follows the semantic conventions: otelint's validator and the catalog's requirements agree. */
class GeneratedRecordsConventionsTest {
    private static final SemconvRegistry SEMCONV = SemconvRegistry.builtin();

    @TempDir
    Path dir;

    static GenSettings settings(int batchSize) {
        return new GenSettings(1, 0, Duration.ZERO, 10, batchSize, "checkout",
                List.of(AttributeFlag.parse("--otlp-attributes", "deployment.environment.name=\"test\"")),
                List.of(AttributeFlag.parse("--telemetry-attributes", "acme.tenant=\"acme\"")),
                new Destination("", false, true, false, "", Map.of(), "none"));
    }

    @Test
    void otelintValidateFindsNothingInAnySignal() throws Exception {
        GenSettings settings = settings(100);
        Path file = dir.resolve("gen.json");
        List<String> lines = List.of(
                OtlpJsonLine.of(request(new TraceGenerator(settings, 3, 1), 20)),
                OtlpJsonLine.of(request(new MetricGenerator(settings, 2), 20)),
                OtlpJsonLine.of(request(new LogGenerator(settings, 3), 20)));
        Files.write(file, lines, StandardCharsets.UTF_8);

        CliRun run = CliRun.of("validate", file.toString(), "--no-mapping");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("1 file, 120 records: 0 errors, 0 warnings, 0 infos");
    }

    @Test
    void theServerSpanHasEveryHttpServerAttributeTheConventionsRequireAndItsChildrenShareTheTrace() {
        ExportTraceServiceRequest request = request(new TraceGenerator(settings(100), 4, 7), 1);
        List<Span> spans = request.getResourceSpans(0).getScopeSpans(0).getSpansList();
        assertThat(spans).extracting(Span::getKind).containsExactly(Span.SpanKind.SPAN_KIND_SERVER,
                Span.SpanKind.SPAN_KIND_CLIENT, Span.SpanKind.SPAN_KIND_INTERNAL, Span.SpanKind.SPAN_KIND_CLIENT,
                Span.SpanKind.SPAN_KIND_INTERNAL);
        Span server = spans.get(0);
        assertThat(server.getName()).isEqualTo("GET /api/items/{id}"); // "{method} {http.route}"
        assertThat(keys(server.getAttributesList())).containsAll(required("span.http.server"))
                .contains("http.route", "http.response.status_code", "server.port", "acme.tenant");
        assertThat(server.getAttributesList()).filteredOn(kv -> kv.getKey().equals("http.response.status_code"))
                .singleElement().satisfies(kv -> assertThat(kv.getValue().hasIntValue()).isTrue());
        assertThat(keys(spans.get(1).getAttributesList())).containsAll(required("span.http.client"));
        for (Span child : spans.subList(1, spans.size())) {
            assertThat(child.getTraceId()).isEqualTo(server.getTraceId());
            assertThat(child.getParentSpanId()).isEqualTo(server.getSpanId());
            assertThat(child.getStartTimeUnixNano()).isBetween(server.getStartTimeUnixNano(), server.getEndTimeUnixNano());
            assertThat(child.getEndTimeUnixNano()).isLessThanOrEqualTo(server.getEndTimeUnixNano());
        }
        assertThat(keys(request.getResourceSpans(0).getResource().getAttributesList()))
                .containsExactly("service.name", "deployment.environment.name");
    }

    @Test
    void theHistogramHasTheConventionsNameUnitInstrumentAndRequiredAttributes() {
        ExportMetricsServiceRequest request = request(new MetricGenerator(settings(100), 5), 30);
        Metric metric = request.getResourceMetrics(0).getScopeMetrics(0).getMetrics(0);
        SemconvMetric expected = SEMCONV.metric(metric.getName());
        assertThat(expected.instrument()).isEqualTo(SemconvInstrument.HISTOGRAM);
        assertThat(metric.hasHistogram()).isTrue();
        assertThat(metric.getUnit()).isEqualTo(expected.unit()).isEqualTo("s");
        List<HistogramDataPoint> points = metric.getHistogram().getDataPointsList();
        assertThat(points).hasSize(30);
        for (HistogramDataPoint point : points) {
            assertThat(keys(point.getAttributesList())).containsAll(requiredOf(expected.attributes()));
            assertThat(point.getBucketCountsList().stream().mapToLong(Long::longValue).sum()).isEqualTo(point.getCount());
            assertThat(point.getBucketCountsCount()).isEqualTo(point.getExplicitBoundsCount() + 1);
            assertThat(point.getStartTimeUnixNano()).isLessThan(point.getTimeUnixNano());
        }
    }

    @Test
    void logsHaveSeverityBodyAndTraceContext() {
        LogRecord log = request(new LogGenerator(settings(100), 9), 1).getResourceLogs(0).getScopeLogs(0).getLogRecords(0);
        assertThat(log.getSeverityNumberValue()).isEqualTo(9); // INFO
        assertThat(log.getBody().getStringValue()).matches("GET /api/items/\\d+ 200");
        assertThat(log.getTraceId().size()).isEqualTo(16);
        assertThat(log.getSpanId().size()).isEqualTo(8);
        assertThat(keys(log.getAttributesList())).containsExactly("acme.tenant");
    }

    @Test
    void takingARequestStartsAnEmptyOne() {
        LogGenerator logs = new LogGenerator(settings(100), 1);
        ExportLogsServiceRequest first = request(logs, 3);
        ExportLogsServiceRequest second = request(logs, 2);
        assertThat(first.getResourceLogs(0).getScopeLogs(0).getLogRecordsCount()).isEqualTo(3);
        assertThat(second.getResourceLogs(0).getScopeLogs(0).getLogRecordsCount()).isEqualTo(2);
    }

    static <T extends Message> T request(RecordGenerator<T> generator, int units) {
        for (int i = 0; i < units; i++) {
            generator.addUnit(1_800_000_000_000_000_000L + i * 1_000_000L);
        }
        return generator.takeRequest();
    }

    private static List<String> keys(List<KeyValue> attributes) {
        return attributes.stream().map(KeyValue::getKey).toList();
    }

    private static Set<String> required(String groupId) {
        SemconvGroup group = SEMCONV.groups().stream().filter(g -> g.id().equals(groupId)).findFirst().orElseThrow();
        return requiredOf(group.attributes());
    }

    private static Set<String> requiredOf(Map<String, SemconvRequirementLevel> attributes) {
        Set<String> keys = attributes.entrySet().stream().filter(e -> e.getValue() == SemconvRequirementLevel.REQUIRED)
                .map(Map.Entry::getKey).collect(Collectors.toSet());
        assertThat(keys).isNotEmpty();
        return keys;
    }
}
