package dev.otelint.collector.ottl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.otelint.collector.Otlp;
import io.opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceRequest;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import io.opentelemetry.proto.logs.v1.LogRecord;
import io.opentelemetry.proto.metrics.v1.Metric;
import io.opentelemetry.proto.trace.v1.Span;
import io.opentelemetry.proto.trace.v1.Status;
import java.util.List;
import org.junit.jupiter.api.Test;

class OttlContextsTest {

    private static <T extends com.google.protobuf.Message> T run(T data, String... statements) {
        RequestEditor<T> editor = RequestEditor.of(data);
        for (String text : statements) {
            OttlStatement s = OttlStatement.compileInferred(text, RequestEditor.contexts(
                    dev.otelint.collector.component.SignalType.of(signalOf(data))));
            editor.visit(s.context(), ctx -> {
                s.execute(ctx);
                return false;
            });
        }
        return editor.build();
    }

    private static dev.otelint.records.Signal signalOf(Object data) {
        if (data instanceof ExportTraceServiceRequest) {
            return dev.otelint.records.Signal.TRACES;
        }
        return data instanceof ExportMetricsServiceRequest ? dev.otelint.records.Signal.METRICS
                : dev.otelint.records.Signal.LOGS;
    }

    @Test
    void spanPathsReadAndWriteTheSpanItsStatusAndWhatIsAboveIt() {
        ExportTraceServiceRequest out = run(Otlp.spans(2),
                "set(span.status.code, STATUS_CODE_ERROR) where span.kind == SPAN_KIND_SERVER and span.name == \"GET /1\"",
                "set(span.status.message, Concat([scope.name, resource.attributes[\"service.name\"]], \"@\"))",
                "set(span.name, \"checkout\") where span.span_id == 0xeee19b7ec3c1b100",
                "set(span.attributes[\"dur\"], span.end_time_unix_nano) where span.start_time_unix_nano < 1700000001000000000",
                "set(span.kind, SPAN_KIND_CLIENT) where span.trace_id == 0x5b8efff798038103d269b633813fc60c");
        List<Span> spans = out.getResourceSpans(0).getScopeSpans(0).getSpansList();
        assertThat(spans).extracting(Span::getName).containsExactly("checkout", "GET /1");
        assertThat(spans.get(1).getStatus().getCode()).isEqualTo(Status.StatusCode.STATUS_CODE_ERROR);
        assertThat(spans.get(0).getStatus().getCode()).isEqualTo(Status.StatusCode.STATUS_CODE_UNSET);
        assertThat(spans.get(0).getStatus().getMessage()).isEqualTo("test@checkout");
        assertThat(spans).allSatisfy(s -> assertThat(s.getKind()).isEqualTo(Span.SpanKind.SPAN_KIND_CLIENT));
        assertThat(Values.fromKeyValues(spans.get(0).getAttributesList())).containsEntry("dur", 1_700_000_001_000_000_000L);
    }

    @Test
    void resourceAndScopeStatementsRunOncePerResourceAndScope() {
        ExportTraceServiceRequest out = run(Otlp.spans(3),
                "set(resource.attributes[\"deployment.environment.name\"], \"prod\")",
                "set(scope.version, \"2.0\") where scope.name == \"test\"");
        assertThat(Values.fromKeyValues(out.getResourceSpans(0).getResource().getAttributesList()))
                .containsEntry("deployment.environment.name", "prod").containsEntry("service.name", "checkout");
        assertThat(out.getResourceSpans(0).getScopeSpans(0).getScope().getVersion()).isEqualTo("2.0");
    }

    @Test
    void spanEventStatementsSeeTheirSpan() {
        ExportTraceServiceRequest.Builder b = Otlp.spans(2).toBuilder();
        b.getResourceSpansBuilder(0).getScopeSpansBuilder(0).getSpansBuilderList()
                .forEach(s -> s.addEvents(Span.Event.newBuilder().setName("exception").setTimeUnixNano(5)));
        ExportTraceServiceRequest in = b.build();
        ExportTraceServiceRequest out = run(in,
                "set(spanevent.attributes[\"span\"], span.name) where spanevent.name == \"exception\"",
                "set(spanevent.name, \"boom\") where span.name == \"GET /0\"");
        List<Span> spans = out.getResourceSpans(0).getScopeSpans(0).getSpansList();
        assertThat(spans.get(0).getEvents(0).getName()).isEqualTo("boom");
        assertThat(spans.get(1).getEvents(0).getName()).isEqualTo("exception");
        assertThat(Values.fromKeyValues(spans.get(1).getEvents(0).getAttributesList())).containsEntry("span", "GET /1");
    }

    @Test
    void metricAndDatapointPathsIncludingTypeAndValues() {
        ExportMetricsServiceRequest out = run(Otlp.gauge(3),
                "set(metric.description, \"cpu\") where metric.type == METRIC_DATA_TYPE_GAUGE and metric.unit == \"s\"",
                "set(datapoint.attributes[\"high\"], true) where datapoint.value_int >= 1",
                "set(datapoint.value_int, 10) where datapoint.attributes[\"cpu\"] == \"2\"",
                "set(datapoint.attributes[\"metric\"], metric.name) where datapoint.value_double == 0.0");
        Metric m = out.getResourceMetrics(0).getScopeMetrics(0).getMetrics(0);
        assertThat(m.getDescription()).isEqualTo("cpu");
        assertThat(m.getGauge().getDataPointsList()).extracting(p -> p.getAsInt()).containsExactly(0L, 1L, 10L);
        assertThat(Values.fromKeyValues(m.getGauge().getDataPoints(1).getAttributesList())).containsEntry("high", true);
        assertThat(Values.fromKeyValues(m.getGauge().getDataPoints(0).getAttributesList()))
                .containsEntry("metric", "system.cpu.time").doesNotContainKey("high");
    }

    @Test
    void logPathsIncludingTheBodyAsAMap() {
        LogRecord log = run(Otlp.logs(1),
                "set(log.severity_number, SEVERITY_NUMBER_ERROR) where log.severity_text == \"INFO\"",
                "set(log.attributes[\"line\"], log.body)",
                "set(log.body, ParseJSON(\"{\\\"a\\\": {\\\"b\\\": 1}}\"))",
                "set(log.body[\"a\"][\"c\"], \"x\")",
                "set(log.attributes[\"b\"], log.body[\"a\"][\"b\"])").getResourceLogs(0).getScopeLogs(0).getLogRecords(0);
        assertThat(log.getSeverityNumberValue()).isEqualTo(17);
        assertThat(Values.fromAny(log.getBody())).isEqualTo(java.util.Map.of("a", java.util.Map.of("b", 1.0, "c", "x")));
        assertThat(Values.fromKeyValues(log.getAttributesList())).containsEntry("line", "line 0").containsEntry("b", 1.0);
    }

    @Test
    void idsReadAndWriteAsHexWithTheirStringSuffix() {
        Span span = run(Otlp.spans(1),
                "set(span.attributes[\"trace\"], span.trace_id.string)",
                "set(span.attributes[\"parent\"], span.parent_span_id.string)",
                "set(span.parent_span_id.string, \"00f067aa0ba902b7\") where span.span_id.string == \"eee19b7ec3c1b100\"")
                .getResourceSpans(0).getScopeSpans(0).getSpans(0);
        assertThat(Values.fromKeyValues(span.getAttributesList())).containsEntry("trace", "5b8efff798038103d269b633813fc60c")
                .containsEntry("parent", "0000000000000000");
        assertThat(span.getParentSpanId().toByteArray()).containsExactly(0x00, 0xf0, 0x67, 0xaa, 0x0b, 0xa9, 0x02, 0xb7);
        assertThatThrownBy(() -> run(Otlp.spans(1), "set(span.span_id.string, \"abc\")"))
                .isInstanceOf(OttlRuntimeException.class).hasMessageContaining("span ids must be 16 hex characters");
    }

    @Test
    void readingTheStatusDoesNotAddOne() {
        Span span = run(Otlp.spans(1), "set(span.name, \"unset\") where span.status.code == STATUS_CODE_UNSET")
                .getResourceSpans(0).getScopeSpans(0).getSpans(0);
        assertThat(span.getName()).isEqualTo("unset");
        assertThat(span.hasStatus()).isFalse();
    }

    @Test
    void theReceivedRequestIsNeverChanged() {
        ExportTraceServiceRequest in = Otlp.spans(1);
        run(in, "set(span.name, \"changed\")");
        assertThat(in.getResourceSpans(0).getScopeSpans(0).getSpans(0).getName()).isEqualTo("GET /0");
    }

    @Test
    void inferenceTakesTheMostSpecificContextAndNeedsPrefixes() {
        List<OttlContext> traces = List.of(OttlContext.RESOURCE, OttlContext.SCOPE, OttlContext.SPAN, OttlContext.SPANEVENT);
        assertThat(OttlStatement.compileInferred("set(span.name, resource.attributes[\"x\"])", traces).context())
                .isEqualTo(OttlContext.SPAN);
        assertThat(OttlStatement.compileInferred("set(resource.attributes[\"x\"], \"y\")", traces).context())
                .isEqualTo(OttlContext.RESOURCE);
        assertThat(OttlStatement.compileInferred("set(spanevent.name, span.name)", traces).context())
                .isEqualTo(OttlContext.SPANEVENT);
        assertThatThrownBy(() -> OttlStatement.compileInferred("set(attributes[\"x\"], \"y\")", traces))
                .hasMessageContaining("unable to infer a context: path \"attributes\" must start with its context");
        assertThatThrownBy(() -> OttlStatement.compileInferred("set(log.body, \"y\")", traces))
                .hasMessageContaining("context \"log\" is not one of resource, scope, span, spanevent");
    }

    @Test
    void pathsAreCheckedAgainstTheContext() {
        assertThatThrownBy(() -> OttlStatement.compile("set(severity_text, \"x\")", OttlContext.SPAN))
                .hasMessageContaining("the span context has no path \"severity_text\"");
        assertThatThrownBy(() -> OttlStatement.compile("set(span.name, \"x\")", OttlContext.RESOURCE))
                .hasMessageContaining("a resource statement cannot reach the span context");
        assertThatThrownBy(() -> OttlStatement.compile("set(name[\"a\"], \"x\")", OttlContext.SPAN))
                .hasMessageContaining("name does not take keys");
        assertThat(OttlStatement.compile("set(instrumentation_scope.name, \"x\")", OttlContext.LOG).context())
                .isEqualTo(OttlContext.LOG);
    }
}
