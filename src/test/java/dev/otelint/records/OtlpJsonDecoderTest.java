package dev.otelint.records;

import static org.assertj.core.api.Assertions.assertThat;

import dev.otelint.report.Finding;
import io.opentelemetry.proto.common.v1.AnyValue;
import io.opentelemetry.proto.logs.v1.LogRecord;
import io.opentelemetry.proto.metrics.v1.HistogramDataPoint;
import io.opentelemetry.proto.trace.v1.Span;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class OtlpJsonDecoderTest {
    private final List<Finding> findings = new ArrayList<>();
    private final OtlpJsonDecoder decoder = new OtlpJsonDecoder("f.json", findings::add);

    @Test
    void integersMayBeNumbersStringsOrIntegralForms() throws IOException {
        LogRecord log = decodeLog("{\"timeUnixNano\": 1e3, \"observedTimeUnixNano\": \"18446744073709551615\","
                + " \"droppedAttributesCount\": \"7.0\", \"flags\": 4294967295}");

        assertThat(findings).isEmpty();
        assertThat(log.getTimeUnixNano()).isEqualTo(1000);
        assertThat(Long.toUnsignedString(log.getObservedTimeUnixNano())).isEqualTo("18446744073709551615");
        assertThat(log.getDroppedAttributesCount()).isEqualTo(7);
        assertThat(Integer.toUnsignedString(log.getFlags())).isEqualTo("4294967295");
    }

    @Test
    void integersOutOfRangeOrNotIntegralAreFindings() throws IOException {
        LogRecord log = decodeLog("{\"timeUnixNano\": \"18446744073709551616\", \"droppedAttributesCount\": -1,"
                + " \"flags\": 1.5, \"severityNumber\": 2147483648}");

        assertThat(findings).extracting(Finding::path)
                .containsExactly("timeUnixNano", "droppedAttributesCount", "flags", "severityNumber");
        assertThat(findings.get(1).message()).contains("expected an unsigned 32-bit integer");
        assertThat(findings.get(3).message()).contains("expected a SeverityNumber number");
        assertThat(log.getTimeUnixNano()).isZero();
    }

    @Test
    void enumsAcceptNumbersNamesAndUnknownNumbers() throws IOException {
        Span named = decodeSpan("{\"kind\": \"SPAN_KIND_CONSUMER\"}");
        Span unknown = decodeSpan("{\"kind\": 9}");
        Span misspelled = decodeSpan("{\"kind\": \"CONSUMER\"}");

        assertThat(named.getKind()).isEqualTo(Span.SpanKind.SPAN_KIND_CONSUMER);
        assertThat(unknown.getKindValue()).isEqualTo(9);
        assertThat(misspelled.getKindValue()).isZero();
        assertThat(findings).singleElement().satisfies(f -> assertThat(f.actual()).isEqualTo("\"CONSUMER\""));
    }

    @Test
    void idsAreHexOfTheirExactLength() throws IOException {
        Span span = decodeSpan("{\"traceId\": \"0AF7651916CD43DD8448EB211C80319C\", \"spanId\": \"b7ad6b71\","
                + " \"parentSpanId\": 12}");

        assertThat(GoFormat.hex(span.getTraceId())).isEqualTo("0af7651916cd43dd8448eb211c80319c");
        assertThat(span.getSpanId().isEmpty()).isTrue();
        assertThat(findings).extracting(Finding::path).containsExactly("spanId", "parentSpanId");
        assertThat(findings.get(0).message()).isEqualTo("spanId: expected 16 hex digits (OTLP/JSON writes ids as hex, "
                + "not base64), got \"b7ad6b71\"");
        assertThat(findings.get(0).fix()).isNull();
    }

    @Test
    void doublesAcceptTheProto3SpecialStrings() throws IOException {
        HistogramDataPoint p = decode("{\"sum\": \"-Infinity\", \"min\": \"NaN\", \"max\": \"1e2\","
                + " \"explicitBounds\": [1, \"2.5\", \"0x10\", true]}", HistogramDataPoint.newBuilder()).build();

        assertThat(p.getSum()).isEqualTo(Double.NEGATIVE_INFINITY);
        assertThat(p.getMin()).isNaN();
        assertThat(p.getMax()).isEqualTo(100);
        assertThat(p.getExplicitBoundsList()).containsExactly(1.0, 2.5);
        assertThat(findings).extracting(Finding::path).containsExactly("explicitBounds[2]", "explicitBounds[3]");
    }

    @Test
    void wrongShapesAreFindingsWithTheirPosition() throws IOException {
        AnyValue value = decode("{\"stringValue\": 5,\n \"kvlistValue\": [],\n \"bytesValue\": \"%%\"}",
                AnyValue.newBuilder()).build();

        assertThat(value.getValueCase()).isEqualTo(AnyValue.ValueCase.VALUE_NOT_SET);
        assertThat(findings).extracting(Finding::path, Finding::line, Finding::expected).containsExactly(
                org.assertj.core.groups.Tuple.tuple("stringValue", 1, "expected a string"),
                org.assertj.core.groups.Tuple.tuple("kvlistValue", 2, "expected an object"),
                org.assertj.core.groups.Tuple.tuple("bytesValue", 3, "expected base64 text"));
        assertThat(findings).extracting(Finding::file).containsOnly("f.json");
    }

    private LogRecord decodeLog(String json) throws IOException {
        return decode(json, LogRecord.newBuilder()).build();
    }

    private Span decodeSpan(String json) throws IOException {
        return decode(json, Span.newBuilder()).build();
    }

    private <B extends com.google.protobuf.Message.Builder> B decode(String json, B builder) throws IOException {
        return decoder.decode(JsonTreeReader.parse(json), builder, "");
    }
}
