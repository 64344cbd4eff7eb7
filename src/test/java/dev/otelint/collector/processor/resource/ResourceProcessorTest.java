package dev.otelint.collector.processor.resource;

import static org.assertj.core.api.Assertions.assertThat;

import dev.otelint.collector.Otlp;
import dev.otelint.collector.component.SignalType;
import dev.otelint.collector.processor.attributes.PipelineHarness;
import dev.otelint.records.AnyValues;
import io.opentelemetry.proto.collector.logs.v1.ExportLogsServiceRequest;
import io.opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceRequest;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import io.opentelemetry.proto.common.v1.KeyValue;
import java.util.List;
import org.junit.jupiter.api.Test;

class ResourceProcessorTest {
    private static final String ACTIONS = """
            {attributes: [
              {key: deployment.environment.name, value: staging, action: upsert},
              {key: service.namespace, from_attribute: service.name, action: insert},
              {key: service.name, action: hash},
              {key: span.only, value: x, action: update}]}""";

    private static List<String> keys(List<KeyValue> attributes) {
        return attributes.stream().map(kv -> kv.getKey() + "=" + AnyValues.asString(kv.getValue())).toList();
    }

    @Test
    void changesTheResourceOfEverySignalAndLeavesRecordsAlone() {
        List<String> expected = List.of(
                "service.name=c7761e58969f7edd498186641b2021e8477e1bcd230de4cf3435242da4a40d14",
                "deployment.environment.name=staging", "service.namespace=checkout");
        List<ExportTraceServiceRequest> traces = new PipelineHarness().run("resource", ACTIONS, SignalType.TRACES,
                Otlp.spans(1));
        assertThat(keys(traces.get(0).getResourceSpans(0).getResource().getAttributesList())).isEqualTo(expected);
        assertThat(keys(traces.get(0).getResourceSpans(0).getScopeSpans(0).getSpans(0).getAttributesList()))
                .containsExactly("http.request.method=GET");

        List<ExportLogsServiceRequest> logs = new PipelineHarness().run("resource/logs", ACTIONS, SignalType.LOGS,
                Otlp.logs(1));
        assertThat(keys(logs.get(0).getResourceLogs(0).getResource().getAttributesList())).isEqualTo(expected);

        List<ExportMetricsServiceRequest> metrics = new PipelineHarness().run("resource", ACTIONS, SignalType.METRICS,
                Otlp.gauge(1));
        assertThat(keys(metrics.get(0).getResourceMetrics(0).getResource().getAttributesList())).isEqualTo(expected);
    }

    @Test
    void attributesAreRequiredAndCheckedLikeTheAttributesProcessorsActions() {
        assertThat(new PipelineHarness().problems("resource", "{}"))
                .containsExactly("missing required field \"attributes\"");
        assertThat(new PipelineHarness().problems("resource", "{attributes: [{key: a, action: extract}]}"))
                .containsExactly("error creating AttrProc due to missing required field \"pattern\" for action"
                        + " \"extract\" at the 0-th action");
        assertThat(new PipelineHarness().problems("resource", "{actions: []}")).first().asString()
                .contains("has invalid keys: actions");
    }
}
