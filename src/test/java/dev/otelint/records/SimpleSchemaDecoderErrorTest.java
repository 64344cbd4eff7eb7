package dev.otelint.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** A document that cannot become OTLP says which field, where, and what was expected. */
class SimpleSchemaDecoderErrorTest {
    private final SimpleSchemaDecoder decoder = new SimpleSchemaDecoder();

    @Test
    void timeThatDoesNotParseNamesItsField() {
        assertThatThrownBy(() -> decoder.decodeLog(json("{\"body\": \"x\",\n \"@timestamp\": \"yesterday\"}")))
                .isInstanceOf(UnencodableRecordException.class)
                .hasMessage("@timestamp: expected an RFC 3339 time or epoch milliseconds (OpenSearch's "
                        + "strict_date_optional_time||epoch_millis) from 1970 to 2262, got \"yesterday\"")
                .satisfies(e -> assertThat(((UnencodableRecordException) e).line()).isEqualTo(2));
    }

    @Test
    void idThatIsNotHexNamesItsFieldAndSize() {
        assertThatThrownBy(() -> decoder.decodeLog(json("{\"traceId\": \"not-an-id\"}")))
                .hasMessage("traceId: expected 32 hex digits (a 16-byte OTLP id), got \"not-an-id\"");
        assertThatThrownBy(() -> decoder.decodeSpan(json("{\"spanId\": \"eee19b7ec3c1b1\"}")))
                .hasMessage("spanId: expected 16 hex digits (a 8-byte OTLP id), got \"eee19b7ec3c1b1\"");
    }

    @Test
    void wrongTypeInAnOwnedFieldNamesTheNestedPath() {
        assertThatThrownBy(() -> decoder.decodeLog(json("{\"severity\": {\"number\": \"high\"}}")))
                .hasMessage("severity.number: expected an integer from 0 to 2147483647, got \"high\"");
        assertThatThrownBy(() -> decoder.decodeLog(json("{\"severity\": \"INFO\"}")))
                .hasMessage("severity: expected an object, got \"INFO\"");
        assertThatThrownBy(() -> decoder.decodeSpan(json(
                "{\"events\": [{\"name\": \"a\"}, {\"@timestamp\": true}]}")))
                .hasMessageStartingWith("events[1].@timestamp: expected an RFC 3339 time");
        assertThatThrownBy(() -> decoder.decodeSpan(json("{\"kind\": \"Sideways\"}")))
                .hasMessage("kind: expected one of Unspecified, Internal, Server, Client, Producer, Consumer "
                        + "(or SPAN_KIND_* names, or 0 to 5), got \"Sideways\"");
    }

    @Test
    void metricDocumentsNeedTheirKindAndNumericValues() {
        assertThatThrownBy(() -> decoder.decodeDataPoint(json("{\"name\": \"m\", \"value@int\": 1}")))
                .hasMessage("kind: expected one of GAUGE, SUM, HISTOGRAM, EXPONENTIAL_HISTOGRAM, SUMMARY, got nothing");
        assertThatThrownBy(() -> decoder.decodeDataPoint(json(
                "{\"kind\": \"HISTOGRAM\", \"bucketCountsList\": [1, -2]}")))
                .hasMessage("bucketCountsList[1]: expected a count (a non-negative integer), got -2");
        assertThatThrownBy(() -> decoder.decodeDataPoint(json(
                "{\"kind\": \"GAUGE\", \"exemplars\": [{\"value\": \"7\"}]}")))
                .hasMessage("exemplars[0].value: expected a number, got \"7\"");
    }

    @Test
    void attributeSetTwiceIsRefusedRatherThanOneValueDropped() {
        assertThatThrownBy(() -> decoder.decodeLog(json(
                "{\"attributes\": {\"http.request.method\": \"GET\"}, \"http\": {\"request\": {\"method\": \"POST\"}}}")))
                .hasMessage("http.request.method: the attribute http.request.method is also set by "
                        + "attributes.http.request.method; expected one value per attribute key");
    }

    @Test
    void differentSchemaUrlsCannotBothBeTheScopes() {
        assertThatThrownBy(() -> decoder.decodeLog(json("{\"schemaUrl\": \"a\", "
                + "\"instrumentationScope\": {\"schemaUrl\": \"b\"}}")))
                .hasMessage("instrumentationScope.schemaUrl: expected the same URL as schemaUrl (a); both are "
                        + "the OTLP scope's schemaUrl");
    }

    @Test
    void documentThatIsNoObjectIsRefused() {
        assertThatThrownBy(() -> decoder.decodeLog(json("[1, 2]")))
                .hasMessage("expected a JSON object (one document), got [1,2]");
    }

    private static JsonValue json(String text) throws Exception {
        return JsonTreeReader.parse(text);
    }
}
