package dev.otelint.collector.processor.transform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.otelint.collector.Otlp;
import dev.otelint.collector.component.ConsumeException;
import dev.otelint.collector.component.SignalType;
import dev.otelint.collector.ottl.Values;
import dev.otelint.collector.processor.OttlPipeline;
import dev.otelint.report.Finding;
import io.opentelemetry.proto.collector.logs.v1.ExportLogsServiceRequest;
import io.opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceRequest;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import io.opentelemetry.proto.logs.v1.LogRecord;
import io.opentelemetry.proto.metrics.v1.Metric;
import io.opentelemetry.proto.trace.v1.Span;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TransformProcessorTest {
    @TempDir
    Path dir;

    private static String config(String processor, String signal) {
        return """
                receivers:
                  test:
                processors:
                %s
                exporters:
                  recording:
                service:
                  pipelines:
                    %s:
                      receivers: [test]
                      processors: [transform]
                      exporters: [recording]
                """.formatted(processor.indent(2), signal);
    }

    /** Our own equivalent of the transform processor README's example: structured groups with conditions. */
    @Test
    void structuredGroupsRunInOrderWithTheirConditions() throws Exception {
        String yaml = config("""
                transform:
                  error_mode: ignore
                  trace_statements:
                    - context: resource
                      statements:
                        - keep_keys(attributes, ["service.name", "service.namespace"])
                        - set(attributes["service.namespace"], "shop")
                    - context: span
                      conditions:
                        - attributes["http.request.method"] == "GET"
                      statements:
                        - set(status.code, STATUS_CODE_OK)
                        - replace_pattern(name, "^GET /(\\\\d+)$", "GET /{id}")
                        - set(attributes["route.id"], Int("7"))
                        - limit(attributes, 2, [])
                """, "traces");
        try (OttlPipeline p = OttlPipeline.start(dir.resolve("otel.yaml"), yaml)) {
            p.push(SignalType.TRACES, Otlp.spans(2));
            ExportTraceServiceRequest out = (ExportTraceServiceRequest) p.received().get(0);
            assertThat(Values.fromKeyValues(out.getResourceSpans(0).getResource().getAttributesList()))
                    .isEqualTo(Map.of("service.name", "checkout", "service.namespace", "shop"));
            List<Span> spans = out.getResourceSpans(0).getScopeSpans(0).getSpansList();
            assertThat(spans).extracting(Span::getName).containsExactly("GET /{id}", "GET /{id}");
            assertThat(spans).allSatisfy(s -> {
                assertThat(s.getStatus().getCodeValue()).isEqualTo(1);
                assertThat(Values.fromKeyValues(s.getAttributesList()))
                        .isEqualTo(Map.of("http.request.method", "GET", "route.id", 7L));
            });
        }
    }

    @Test
    void flatStatementsInferTheirContextFromThePaths() throws Exception {
        String yaml = config("""
                transform:
                  log_statements:
                    - set(log.attributes["service"], resource.attributes["service.name"])
                    - set(log.severity_text, "WARN") where log.severity_number < SEVERITY_NUMBER_WARN
                    - set(resource.attributes["pipeline"], "otelint")
                    - truncate_all(log.attributes, 3)
                """, "logs");
        try (OttlPipeline p = OttlPipeline.start(dir.resolve("otel.yaml"), yaml)) {
            p.push(SignalType.LOGS, Otlp.logs(1));
            ExportLogsServiceRequest out = (ExportLogsServiceRequest) p.received().get(0);
            LogRecord log = out.getResourceLogs(0).getScopeLogs(0).getLogRecords(0);
            assertThat(log.getSeverityText()).isEqualTo("WARN");
            assertThat(Values.fromKeyValues(log.getAttributesList())).containsEntry("service", "che")
                    .containsEntry("log.iostream", "std");
            assertThat(Values.fromKeyValues(out.getResourceLogs(0).getResource().getAttributesList()))
                    .containsEntry("pipeline", "otelint");
        }
    }

    @Test
    void aGroupWithoutContextInfersItFromAllItsPaths() throws Exception {
        String yaml = config("""
                transform:
                  trace_statements:
                    - conditions:
                        - span.name == "GET /1"
                      statements:
                        - set(span.attributes["service"], resource.attributes["service.name"])
                """, "traces");
        try (OttlPipeline p = OttlPipeline.start(dir.resolve("otel.yaml"), yaml)) {
            p.push(SignalType.TRACES, Otlp.spans(2));
            List<Span> spans = ((ExportTraceServiceRequest) p.received().get(0)).getResourceSpans(0).getScopeSpans(0)
                    .getSpansList();
            assertThat(Values.fromKeyValues(spans.get(1).getAttributesList())).containsEntry("service", "checkout");
            assertThat(Values.fromKeyValues(spans.get(0).getAttributesList())).doesNotContainKey("service");
        }
        List<Finding> findings = OttlPipeline.findings(dir.resolve("bad.yaml"), config("""
                transform:
                  trace_statements:
                    - statements:
                        - set(attributes["x"], 1)
                """, "traces"));
        assertThat(findings).extracting(f -> f.line() + ": " + f.message()).containsExactly(
                "6: unable to infer the context of a statement group: unable to infer a context: path \"attributes\" "
                        + "must start with its context (one of resource, scope, span, spanevent)");
    }

    @Test
    void metricAndDatapointStatements() throws Exception {
        String yaml = config("""
                transform:
                  metric_statements:
                    - context: metric
                      statements:
                        - set(description, "CPU time") where name == "system.cpu.time"
                    - context: datapoint
                      statements:
                        - delete_key(attributes, "cpu") where value_int == 0
                """, "metrics");
        try (OttlPipeline p = OttlPipeline.start(dir.resolve("otel.yaml"), yaml)) {
            p.push(SignalType.METRICS, Otlp.gauge(2));
            Metric m = ((ExportMetricsServiceRequest) p.received().get(0)).getResourceMetrics(0).getScopeMetrics(0)
                    .getMetrics(0);
            assertThat(m.getDescription()).isEqualTo("CPU time");
            assertThat(m.getGauge().getDataPoints(0).getAttributesCount()).isZero();
            assertThat(m.getGauge().getDataPoints(1).getAttributesCount()).isEqualTo(1);
        }
    }

    @Test
    void errorModePropagateFailsTheRequestAndIgnoreLogsAndGoesOn() throws Exception {
        String statements = """
                  log_statements:
                    - context: log
                      statements:
                        - merge_maps(attributes, ParseJSON(body), "upsert")
                        - set(attributes["after"], true)
                """;
        try (OttlPipeline p = OttlPipeline.start(dir.resolve("a.yaml"), config("transform:\n" + statements, "logs"))) {
            assertThatThrownBy(() -> p.push(SignalType.LOGS, Otlp.logs(1))).isInstanceOf(ConsumeException.class)
                    .hasMessageContaining("failed to execute statement: merge_maps(attributes, ParseJSON(body), \"upsert\")");
            assertThat(p.received()).isEmpty();
        }
        String ignore = config("transform:\n  error_mode: ignore\n" + statements, "logs");
        try (OttlPipeline p = OttlPipeline.start(dir.resolve("b.yaml"), ignore)) {
            p.push(SignalType.LOGS, Otlp.logs(2));
            LogRecord log = ((ExportLogsServiceRequest) p.received().get(0)).getResourceLogs(0).getScopeLogs(0)
                    .getLogRecords(1);
            assertThat(Values.fromKeyValues(log.getAttributesList())).containsEntry("after", true);
            assertThat(p.log()).contains("warn\tfailed to execute statement").contains("ParseJSON");
            assertThat(p.log().lines().filter(l -> l.contains("failed to execute statement"))).hasSize(2);
        }
        String silent = config("transform:\n  error_mode: silent\n" + statements, "logs");
        try (OttlPipeline p = OttlPipeline.start(dir.resolve("c.yaml"), silent)) {
            p.push(SignalType.LOGS, Otlp.logs(1));
            assertThat(p.received()).hasSize(1);
            assertThat(p.log()).doesNotContain("failed to execute");
        }
    }

    /**
     * A config shaped like the transform processor's documented example (our own values): every statement
     * in otelint's subset compiles, and exactly the two functions outside it are reported, by name.
     */
    @Test
    void aDocumentationStyleConfigCompilesExceptTheFunctionsOutsideTheSubset() throws Exception {
        Path file = dir.resolve("docs.yaml");
        List<Finding> findings = OttlPipeline.findings(file, config("""
                transform:
                  error_mode: ignore
                  trace_statements:
                    - context: resource
                      statements:
                        - keep_keys(attributes, ["service.name", "service.namespace", "cloud.region", "process.command_line"])
                        - replace_pattern(attributes["process.command_line"], "token\\\\=[^\\\\s]*(\\\\s?)", "token=***")
                        - limit(attributes, 100, [])
                        - truncate_all(attributes, 4096)
                    - context: span
                      statements:
                        - set(status.code, 1) where attributes["url.path"] == "/ready"
                        - set(name, attributes["http.route"])
                        - limit(attributes, 100, [])
                        - truncate_all(attributes, 4096)
                  metric_statements:
                    - context: resource
                      statements:
                        - keep_keys(attributes, ["host.name"])
                        - truncate_all(attributes, 4096)
                    - context: metric
                      statements:
                        - set(description, "Sum") where type == METRIC_DATA_TYPE_SUM
                        - convert_sum_to_gauge() where name == "system.processes.count"
                    - context: datapoint
                      statements:
                        - limit(attributes, 100, ["host.name"])
                        - truncate_all(attributes, 4096)
                  log_statements:
                    - context: resource
                      statements:
                        - keep_keys(attributes, ["service.name", "service.namespace", "cloud.region"])
                    - context: log
                      statements:
                        - set(severity_text, "FAIL") where body == "login failed"
                        - replace_all_matches(attributes, "/orders/*/items/*", "/orders/{orderId}/items/{itemId}")
                        - replace_all_patterns(attributes, "value", "/order/\\\\d{6}", "/order/{orderId}")
                        - set(body, attributes["http.route"])
                """, "traces"));
        assertThat(findings).extracting(f -> f.line() + ": " + f.message().replaceAll(" \\(supported: .*", ""))
                .containsExactly(
                        "27: unable to parse OTTL statement \"convert_sum_to_gauge() where name == \"system.processes.count\"\": "
                                + "function \"convert_sum_to_gauge\" is not supported by otelint",
                        "39: unable to parse OTTL statement \"replace_all_matches(attributes, \"/orders/*/items/*\", "
                                + "\"/orders/{orderId}/items/{itemId}\")\": function \"replace_all_matches\" is not supported by otelint");
    }

    @Test
    void invalidStatementsAreConfigErrorsWithFileLineAndColumn() throws Exception {
        Path file = dir.resolve("bad.yaml");
        List<Finding> findings = OttlPipeline.findings(file, config("""
                transform:
                  trace_statements:
                    - context: span
                      statements:
                        - set(attributes["a"], SHA256(name))
                        - set(attributes["a"] "b")
                    - context: spans
                      statements: []
                    - set(attributes["x"], "y")
                  log_statements:
                    - context: log
                      conditions: [IsMatch(body)]
                      statements: [flatten(attributes)]
                """, "traces"));
        assertThat(findings).allSatisfy(f -> {
            assertThat(f.rule()).isEqualTo("collector.config");
            assertThat(f.file()).isEqualTo(file.toString());
        });
        assertThat(findings).extracting(f -> f.line() + ": " + f.message()).containsExactly(
                "8: unable to parse OTTL statement \"set(attributes[\"a\"], SHA256(name))\": function \"SHA256\" is not "
                        + "supported by otelint (supported: Concat, Int, IsMatch, ParseJSON, String, delete_key, "
                        + "delete_matching_keys, keep_keys, limit, merge_maps, replace_all_patterns, replace_pattern, "
                        + "set, truncate_all) (column 22)",
                "9: unable to parse OTTL statement \"set(attributes[\"a\"] \"b\")\": unexpected token string \"b\" "
                        + "(expected \")\") (column 21)",
                "10: 'trace_statements[1]': unknown context \"spans\" for traces (valid values: resource, scope, span, "
                        + "spanevent)",
                "12: unable to parse OTTL statement \"set(attributes[\"x\"], \"y\")\": unable to infer a context: path "
                        + "\"attributes\" must start with its context (one of resource, scope, span, spanevent) (column 5)",
                "16: unable to parse OTTL statement \"flatten(attributes)\": function \"flatten\" is not supported by "
                        + "otelint (supported: Concat, Int, IsMatch, ParseJSON, String, delete_key, delete_matching_keys, "
                        + "keep_keys, limit, merge_maps, replace_all_patterns, replace_pattern, set, truncate_all) (column 1)",
                "15: unable to parse OTTL condition \"IsMatch(body)\": incorrect number of arguments for IsMatch. "
                        + "Expected: 2 Received: 1 (column 1)");
    }
}
