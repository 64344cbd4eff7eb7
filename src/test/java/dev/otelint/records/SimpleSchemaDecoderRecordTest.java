package dev.otelint.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.opentelemetry.proto.collector.logs.v1.ExportLogsServiceRequest;
import io.opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceRequest;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import org.junit.jupiter.api.Test;

/** decode(Record) picks the request type by the record's signal. */
class SimpleSchemaDecoderRecordTest {
    private final SimpleSchemaDecoder decoder = new SimpleSchemaDecoder();

    @Test
    void eachSignalGivesItsRequestType() throws Exception {
        JsonValue span = JsonTreeReader.parse("{\"name\": \"GET\", \"kind\": \"Server\"}");
        JsonValue point = JsonTreeReader.parse("{\"name\": \"m\", \"kind\": \"GAUGE\", \"value@int\": 4}");

        assertThat(decoder.decode(record(Signal.TRACES, span))).isInstanceOf(ExportTraceServiceRequest.class);
        assertThat(((ExportMetricsServiceRequest) decoder.decode(record(Signal.METRICS, point)))
                .getResourceMetrics(0).getScopeMetrics(0).getMetrics(0).getGauge().getDataPoints(0).getAsInt())
                .isEqualTo(4);
    }

    @Test
    void documentOfUnknownSignalIsSentAsALogRecord() throws Exception {
        JsonValue k8s = JsonTreeReader.parse("{\"@timestamp\": \"2023-07-24T23:59:52.121Z\","
                + " \"kubernetes\": {\"node\": {\"name\": \"n1\"}}}");

        ExportLogsServiceRequest request = (ExportLogsServiceRequest) decoder.decode(record(null, k8s));

        assertThat(request.getResourceLogs(0).getScopeLogs(0).getLogRecords(0).getAttributes(0).getKey())
                .isEqualTo("kubernetes.node.name");
    }

    @Test
    void recordReadWithAScreenHasNothingToDecode() {
        assertThatThrownBy(() -> decoder.decode(new Record("data/sample.json", 3, 1, 1, Signal.LOGS, null)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("data/sample.json record 3 has no document: read records to decode without a "
                        + "DocumentScreen");
    }

    private static Record record(Signal signal, JsonValue document) {
        return new Record("data/sample.json", 1, 1, 1, signal, document);
    }
}
