package dev.otelint.collector.processor.attributes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.otelint.collector.Otlp;
import dev.otelint.collector.component.SignalType;
import dev.otelint.records.AnyValues;
import io.opentelemetry.proto.collector.logs.v1.ExportLogsServiceRequest;
import io.opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceRequest;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import io.opentelemetry.proto.common.v1.AnyValue;
import io.opentelemetry.proto.common.v1.KeyValue;
import io.opentelemetry.proto.trace.v1.Span;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class AttributesProcessorTest {
    private final PipelineHarness harness = new PipelineHarness();

    private static ExportTraceServiceRequest spanWith(KeyValue... attributes) {
        ExportTraceServiceRequest one = Otlp.spans(1);
        Span span = one.getResourceSpans(0).getScopeSpans(0).getSpans(0).toBuilder().addAllAttributes(List.of(attributes))
                .build();
        return one.toBuilder().setResourceSpans(0, one.getResourceSpans(0).toBuilder()
                .setScopeSpans(0, one.getResourceSpans(0).getScopeSpans(0).toBuilder().setSpans(0, span))).build();
    }

    private static KeyValue attr(String key, AnyValue.Builder value) {
        return KeyValue.newBuilder().setKey(key).setValue(value).build();
    }

    /** key=typed(value) in order, as the spans of the first output request hold them. */
    private static List<String> spanAttributes(List<ExportTraceServiceRequest> out) {
        return out.get(0).getResourceSpans(0).getScopeSpans(0).getSpansList().stream()
                .map(s -> s.getAttributesList().stream().map(AttributesProcessorTest::typed)
                        .collect(Collectors.joining(" ")))
                .toList();
    }

    private static String typed(KeyValue kv) {
        return kv.getKey() + "=" + kv.getValue().getValueCase().name().replace("_VALUE", "").toLowerCase()
                + "(" + AnyValues.asString(kv.getValue()) + ")";
    }

    @Test
    void insertUpdateUpsertAndDeleteInOrderKeepingThePlaceOfUpdatedKeys() {
        ExportTraceServiceRequest in = spanWith(Otlp.attr("user.id", "u-17"), Otlp.attr("password", "x"));
        List<ExportTraceServiceRequest> out = harness.run("attributes", """
                {actions: [
                  {key: env, value: prod, action: insert},
                  {key: http.request.method, value: POST, action: insert},
                  {key: retries, value: 3, action: update},
                  {key: http.request.method, value: PUT, action: update},
                  {key: enduser.id, from_attribute: user.id, action: upsert},
                  {key: ratio, value: 0.5, action: UPSERT},
                  {key: password, action: delete},
                  {pattern: ^user\\., action: delete}]}""", SignalType.TRACES, in);
        assertThat(spanAttributes(out)).containsExactly("http.request.method=string(PUT) env=string(prod)"
                + " enduser.id=string(u-17) ratio=double(0.5)");
        // the request the receiver passed on is unchanged: another pipeline may hold it
        assertThat(in.getResourceSpans(0).getScopeSpans(0).getSpans(0).getAttributesCount()).isEqualTo(3);
    }

    @Test
    void hashIsSha256InHexOfTheValueBytesAsTheCollectorHashesThem() {
        ExportTraceServiceRequest in = spanWith(attr("n", AnyValue.newBuilder().setIntValue(42)),
                attr("d", AnyValue.newBuilder().setDoubleValue(1.5)), attr("b", AnyValue.newBuilder().setBoolValue(true)),
                Otlp.attr("empty", ""));
        List<ExportTraceServiceRequest> out = harness.run("attributes", """
                {actions: [{key: http.request.method, action: hash}, {pattern: "^[ndb]$", action: hash},
                           {key: empty, action: hash}]}""", SignalType.TRACES, in);
        assertThat(spanAttributes(out)).containsExactly(
                "http.request.method=string(14e30cd163c732912e048c4c837e15c4e90c062ebb795ab947d57706e2d10dd8)"
                        + " n=string(ed049108bc18f2c64369e8d0ea42850bdd1a7d1dd340cfde716315579702a76c)"
                        + " d=string(e163f8cb0f7067a7fc78ca859a77f849aea3214f38fb75b884e4a16be725c905)"
                        + " b=string(4bf5122f344554c53bde2ebb8cd2b7e3d1600ad631c385a5d7cce23c7785459a)"
                        + " empty=string()");
    }

    @Test
    void extractTakesGoNamedGroupsEvenWithUnderscoresAndConvertChangesTypesItCan() {
        ExportTraceServiceRequest in = spanWith(Otlp.attr("url.path", "/api/v1/document/123/update"),
                Otlp.attr("count", "12"), Otlp.attr("bad", "12x"), attr("flag", AnyValue.newBuilder().setBoolValue(true)));
        List<ExportTraceServiceRequest> out = harness.run("attributes", """
                {actions: [
                  {key: url.path, pattern: '^/api/(?P<api_version>v\\d+)/document/(?P<documentId>[0-9]+)(?:/(?P<op>\\w+))?$',
                   action: extract},
                  {key: count, action: convert, converted_type: int},
                  {key: bad, action: convert, converted_type: int},
                  {key: flag, action: convert, converted_type: double},
                  {key: documentId, action: convert, converted_type: int}]}""", SignalType.TRACES, in);
        assertThat(spanAttributes(out)).containsExactly("http.request.method=string(GET)"
                + " url.path=string(/api/v1/document/123/update) count=int(12) bad=string(12x) flag=double(1)"
                + " api_version=string(v1) documentId=int(123) op=string(update)");
    }

    @Test
    void includeAndExcludeChooseTheSpansStrictlyOrByRegexp() {
        ExportTraceServiceRequest in = Otlp.spans(3); // spans "GET /0", "GET /1", "GET /2" of service checkout
        List<ExportTraceServiceRequest> out = harness.run("attributes", """
                {include: {match_type: regexp, services: ["^check"], span_names: ["^GET /[01]$"]},
                 exclude: {match_type: strict, span_names: ["GET /1"]},
                 actions: [{key: chosen, value: true, action: insert}]}""", SignalType.TRACES, in);
        assertThat(spanAttributes(out)).containsExactly("http.request.method=string(GET) chosen=bool(true)",
                "http.request.method=string(GET)", "http.request.method=string(GET)");
    }

    @Test
    void includeMatchesAttributesWithTheirTypeResourcesAndLibraries() {
        ExportTraceServiceRequest in = spanWith(attr("http.response.status_code", AnyValue.newBuilder().setIntValue(500)));
        String actions = "actions: [{key: matched, value: yes, action: insert}]";
        String typedRight = "{include: {match_type: strict, attributes: [{key: http.response.status_code, value: 500}],"
                + " resources: [{key: service.name, value: checkout}], libraries: [{name: test}]}, " + actions + "}";
        String typedWrong = "{include: {match_type: strict, attributes: [{key: http.response.status_code, value: '500'}]},"
                + " " + actions + "}";
        String otherLibraryVersion = "{include: {match_type: strict, libraries: [{name: test, version: '1.0'}]}, "
                + actions + "}";
        assertThat(spanAttributes(new PipelineHarness().run("attributes", typedRight, SignalType.TRACES, in)).get(0))
                .endsWith("matched=string(yes)");
        assertThat(spanAttributes(new PipelineHarness().run("attributes", typedWrong, SignalType.TRACES, in)).get(0))
                .doesNotContain("matched");
        assertThat(spanAttributes(new PipelineHarness().run("attributes", otherLibraryVersion, SignalType.TRACES, in))
                .get(0)).doesNotContain("matched");
    }

    @Test
    void logsByBodyAndMetricsByNameGetTheActionsOnTheirRecordsAndDataPoints() {
        List<ExportLogsServiceRequest> logs = new PipelineHarness().run("attributes", """
                {include: {match_type: regexp, log_bodies: ["line [02]"], log_severity_texts: [INFO]},
                 actions: [{key: log.iostream, action: delete}]}""", SignalType.LOGS, Otlp.logs(3));
        assertThat(logs.get(0).getResourceLogs(0).getScopeLogs(0).getLogRecordsList())
                .extracting(r -> r.getAttributesCount()).containsExactly(0, 1, 0);

        List<ExportMetricsServiceRequest> metrics = new PipelineHarness().run("attributes/cpu", """
                {include: {match_type: strict, metric_names: [system.cpu.time]},
                 actions: [{key: cpu, action: convert, converted_type: int}]}""", SignalType.METRICS, Otlp.gauge(2));
        assertThat(metrics.get(0).getResourceMetrics(0).getScopeMetrics(0).getMetrics(0).getGauge().getDataPointsList())
                .extracting(p -> p.getAttributes(0).getValue().getIntValue()).containsExactly(0L, 1L);
    }

    @Test
    void badSettingsGetTheCollectorsMessages() {
        assertThat(harness.problems("attributes", "{}")).containsExactly(
                "error creating \"attributes\" processor due to missing required field \"actions\"");
        assertThat(harness.problems("attributes", "{actions: [{key: a, action: rename}]}")).containsExactly(
                "error creating AttrProc due to unsupported action \"rename\" at the 0-th actions");
        assertThat(harness.problems("attributes", "{actions: [{key: a, value: 1, action: insert}, {key: b, action: upsert}]}"))
                .containsExactly("error creating AttrProc. Either field \"value\", \"from_attribute\" or \"from_context\""
                        + " setting must be specified for 1-th action");
        assertThat(harness.problems("attributes", "{actions: [{key: a, pattern: '^(v)\\d', action: extract}]}"))
                .containsExactly("error creating AttrProc. Field \"pattern\" contains at least one unnamed matcher group"
                        + " at the 0-th actions");
        assertThat(harness.problems("attributes", "{actions: [{key: a, action: convert, converted_type: bool}]}"))
                .containsExactly("error creating AttrProc due to invalid value \"bool\" in field \"converted_type\" for"
                        + " action \"convert\" at the 0-th action");
        assertThat(harness.problems("attributes", "{include: {match_type: expr, span_names: [a]},"
                + " actions: [{key: a, action: delete}]}"))
                .containsExactly("unrecognized match_type: 'expr', valid types are: [regexp strict]");
        assertThat(harness.problems("attributes", "{include: {match_type: strict},"
                + " actions: [{key: a, action: delete}]}"))
                .containsExactly("at least one of \"attributes\", \"libraries\",  or \"resources\" field must be specified");
        assertThat(harness.problems("attributes", "{actions: [{key: a, from_context: metadata.tenant, action: insert}]}"))
                .containsExactly("setting 'actions[0].from_context' is known to otelcol-contrib, not supported by otelint");
        assertThat(harness.problems("attributes", "{actions: [{key: a, value: [1, 2], action: insert}]}"))
                .contains("'actions[0].value' expected type 'scalar', got unconvertible type 'slice'");
    }
}
