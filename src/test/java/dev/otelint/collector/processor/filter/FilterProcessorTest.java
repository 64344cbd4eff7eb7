package dev.otelint.collector.processor.filter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.otelint.collector.Otlp;
import dev.otelint.collector.component.ConsumeException;
import dev.otelint.collector.component.SignalType;
import dev.otelint.collector.processor.OttlPipeline;
import dev.otelint.report.Finding;
import io.opentelemetry.proto.collector.logs.v1.ExportLogsServiceRequest;
import io.opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceRequest;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import io.opentelemetry.proto.logs.v1.LogRecord;
import io.opentelemetry.proto.metrics.v1.Metric;
import io.opentelemetry.proto.metrics.v1.ResourceMetrics;
import io.opentelemetry.proto.trace.v1.Span;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FilterProcessorTest {
    @TempDir
    Path dir;

    private static String config(String filter, String signal) {
        return """
                receivers:
                  test:
                processors:
                  filter:
                %s
                exporters:
                  recording:
                service:
                  pipelines:
                    %s:
                      receivers: [test]
                      processors: [filter]
                      exporters: [recording]
                """.formatted(filter.indent(4), signal);
    }

    /** Our own equivalent of the filter processor README's span example: drop health checks. */
    @Test
    void dropsTheSpansAnyConditionMatchesAndCountsShowIt() throws Exception {
        String yaml = config("""
                error_mode: ignore
                traces:
                  span:
                    - name == "GET /1"
                    - IsMatch(name, "/[34]$") and kind == SPAN_KIND_SERVER
                """, "traces");
        try (OttlPipeline p = OttlPipeline.start(dir.resolve("otel.yaml"), yaml)) {
            p.push(SignalType.TRACES, Otlp.spans(6));
            ExportTraceServiceRequest out = (ExportTraceServiceRequest) p.received().get(0);
            assertThat(out.getResourceSpans(0).getScopeSpans(0).getSpansList()).extracting(Span::getName)
                    .containsExactly("GET /0", "GET /2", "GET /5");
            assertThat(p.counters()).containsExactly("traces: 6 received, 3 sent, 0 failed, 0 queued");
        }
    }

    @Test
    void aRequestLeftEmptyIsNotPassedOn() throws Exception {
        String yaml = config("traces:\n  span: ['resource.attributes[\"service.name\"] == \"checkout\"']\n", "traces");
        try (OttlPipeline p = OttlPipeline.start(dir.resolve("otel.yaml"), yaml)) {
            p.push(SignalType.TRACES, Otlp.spans(4));
            assertThat(p.received()).isEmpty();
            assertThat(p.counters()).containsExactly("traces: 4 received, 0 sent, 0 failed, 0 queued");
        }
    }

    @Test
    void dropsSpanEventsButKeepsTheirSpans() throws Exception {
        ExportTraceServiceRequest.Builder b = Otlp.spans(2).toBuilder();
        b.getResourceSpansBuilder(0).getScopeSpansBuilder(0).getSpansBuilderList().forEach(s -> s
                .addEvents(Span.Event.newBuilder().setName("exception")).addEvents(Span.Event.newBuilder().setName("retry")));
        String yaml = config("traces:\n  spanevent: ['name == \"retry\" and span.name == \"GET /0\"']\n", "traces");
        try (OttlPipeline p = OttlPipeline.start(dir.resolve("otel.yaml"), yaml)) {
            p.push(SignalType.TRACES, b.build());
            List<Span> spans = ((ExportTraceServiceRequest) p.received().get(0)).getResourceSpans(0).getScopeSpans(0)
                    .getSpansList();
            assertThat(spans.get(0).getEventsList()).extracting(Span.Event::getName).containsExactly("exception");
            assertThat(spans.get(1).getEventsList()).extracting(Span.Event::getName).containsExactly("exception", "retry");
        }
    }

    @Test
    void dropsDataPointsThenMetricsLeftWithoutPoints() throws Exception {
        ExportMetricsServiceRequest in = Otlp.gauge(3).toBuilder().mergeFrom(ExportMetricsServiceRequest.newBuilder()
                .addResourceMetrics(ResourceMetrics.newBuilder(Otlp.gauge(2).getResourceMetrics(0))).build()).build();
        String yaml = config("""
                metrics:
                  metric:
                    - name == "nothing.matches"
                  datapoint:
                    - value_int == 0
                    - attributes["cpu"] == "1" and metric.unit == "s"
                """, "metrics");
        try (OttlPipeline p = OttlPipeline.start(dir.resolve("otel.yaml"), yaml)) {
            p.push(SignalType.METRICS, in);
            ExportMetricsServiceRequest out = (ExportMetricsServiceRequest) p.received().get(0);
            assertThat(out.getResourceMetricsCount()).as("the second resource lost its only metric").isEqualTo(1);
            Metric m = out.getResourceMetrics(0).getScopeMetrics(0).getMetrics(0);
            assertThat(m.getGauge().getDataPointsList()).extracting(dp -> dp.getAsInt()).containsExactly(2L);
            assertThat(p.counters()).containsExactly("metrics: 5 received, 1 sent, 0 failed, 0 queued");
        }
    }

    @Test
    void dropsWholeMetricsAndLogRecords() throws Exception {
        try (OttlPipeline p = OttlPipeline.start(dir.resolve("m.yaml"),
                config("metrics:\n  metric: ['type == METRIC_DATA_TYPE_GAUGE']\n", "metrics"))) {
            p.push(SignalType.METRICS, Otlp.gauge(2));
            assertThat(p.received()).isEmpty();
        }
        try (OttlPipeline p = OttlPipeline.start(dir.resolve("l.yaml"),
                config("logs:\n  log_record: ['IsMatch(body, \"line [02]\")', 'severity_number < SEVERITY_NUMBER_INFO']\n",
                        "logs"))) {
            p.push(SignalType.LOGS, Otlp.logs(4));
            assertThat(((ExportLogsServiceRequest) p.received().get(0)).getResourceLogs(0).getScopeLogs(0)
                    .getLogRecordsList()).extracting(r -> r.getBody().getStringValue()).containsExactly("line 1", "line 3");
        }
    }

    @Test
    void aFailingConditionFailsTheRequestUnderPropagateAndKeepsTheItemUnderIgnore() throws Exception {
        String conditions = "logs:\n  log_record: ['ParseJSON(body)[\"level\"] == \"debug\"']\n";
        try (OttlPipeline p = OttlPipeline.start(dir.resolve("a.yaml"), config(conditions, "logs"))) {
            assertThatThrownBy(() -> p.push(SignalType.LOGS, Otlp.logs(1))).isInstanceOf(ConsumeException.class)
                    .hasMessageContaining("failed to execute condition: ParseJSON(body)[\"level\"] == \"debug\"");
        }
        try (OttlPipeline p = OttlPipeline.start(dir.resolve("b.yaml"), config("error_mode: ignore\n" + conditions, "logs"))) {
            p.push(SignalType.LOGS, Otlp.logs(2));
            List<LogRecord> kept = ((ExportLogsServiceRequest) p.received().get(0)).getResourceLogs(0).getScopeLogs(0)
                    .getLogRecordsList();
            assertThat(kept).hasSize(2);
            assertThat(p.log()).contains("warn\tfailed to execute condition");
        }
    }

    @Test
    void theLegacyMatchFormAndBadConditionsAreConfigErrors() throws Exception {
        Path file = dir.resolve("bad.yaml");
        List<Finding> findings = OttlPipeline.findings(file, config("""
                spans:
                  include:
                    match_type: strict
                    services: [checkout]
                logs:
                  exclude:
                    match_type: regexp
                  log_record:
                    - body == 
                    - name == "x"
                traces:
                  span: ['attributes["a"] == 1']
                  spans: []
                error_mode: loud
                """, "logs"));
        assertThat(findings).extracting(f -> f.line() + ": " + f.message()).containsExactlyInAnyOrder(
                "18: 'error_mode' unsupported value \"loud\" (valid values: ignore, silent, propagate)",
                "6: 'spans': the include/exclude match form is not supported by otelint; write OTTL conditions under "
                        + "traces.span instead",
                "10: 'logs.exclude': the include/exclude match form is not supported by otelint; write OTTL conditions "
                        + "under logs.log_record instead",
                "13: unable to parse OTTL condition \"body ==\": unexpected token end of statement (expected a value) "
                        + "(column 8)",
                "14: unable to parse OTTL condition \"name == \"x\"\": path \"name\": the log context has no path \"name\" (column 1)",
                "17: 'traces' has invalid keys: spans");
        assertThat(findings).allSatisfy(f -> assertThat(f.file()).isEqualTo(file.toString()));
    }
}
