package dev.otelint.records;

import static dev.otelint.records.SimpleSchemaDecoderRoundTripTest.attribute;
import static org.assertj.core.api.Assertions.assertThat;

import io.opentelemetry.proto.collector.logs.v1.ExportLogsServiceRequest;
import io.opentelemetry.proto.common.v1.KeyValue;
import io.opentelemetry.proto.logs.v1.LogRecord;
import io.opentelemetry.proto.trace.v1.Span;
import org.junit.jupiter.api.Test;

/** OpenSearch expands dots in field names, so "severity.text" is the same field as {"severity": {"text"}}. */
class SimpleSchemaDecoderDottedKeysTest {
    private final SimpleSchemaDecoder decoder = new SimpleSchemaDecoder();

    @Test
    void dottedKeysOfOwnedObjectsAreReadAsTheirMembers() throws Exception {
        ExportLogsServiceRequest request = decoder.decodeLog(JsonTreeReader.parse("{"
                + "\"severity\": {\"number\": 9}, \"severity.text\": \"INFO\","
                + "\"attributes.data_stream.type\": \"logs\", \"attributes.http.request.method\": \"GET\","
                + "\"resource.service.name\": \"nginx\", \"instrumentationScope.name\": \"lib\","
                + "\"url.path\": \"/\"}"));

        LogRecord log = request.getResourceLogs(0).getScopeLogs(0).getLogRecords(0);
        assertThat(log.getSeverityText()).isEqualTo("INFO");
        assertThat(log.getSeverityNumberValue()).isEqualTo(9);
        assertThat(log.getAttributesList()).extracting(KeyValue::getKey)
                .containsExactlyInAnyOrder("http.request.method", "url.path");
        assertThat(attribute(request.getResourceLogs(0).getResource().getAttributesList(), "service.name")
                .getStringValue()).isEqualTo("nginx");
        assertThat(request.getResourceLogs(0).getScopeLogs(0).getScope().getName()).isEqualTo("lib");
    }

    @Test
    void dottedStatusOfASpanIsItsStatus() throws Exception {
        Span span = decoder.decodeSpan(JsonTreeReader.parse("{\"status.code\": \"Error\", \"status.message\": \"x\"}"))
                .getResourceSpans(0).getScopeSpans(0).getSpans(0);

        assertThat(span.getStatus().getCodeValue()).isEqualTo(2);
        assertThat(span.getStatus().getMessage()).isEqualTo("x");
        assertThat(span.getAttributesList()).isEmpty();
    }
}
