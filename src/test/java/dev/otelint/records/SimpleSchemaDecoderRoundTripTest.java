package dev.otelint.records;

import static dev.otelint.records.SimpleSchemaEncoderTest.SPAN_ID;
import static dev.otelint.records.SimpleSchemaEncoderTest.T0;
import static dev.otelint.records.SimpleSchemaEncoderTest.TRACE_ID;
import static dev.otelint.records.SimpleSchemaEncoderTest.bytes;
import static dev.otelint.records.SimpleSchemaEncoderTest.kv;
import static dev.otelint.records.SimpleSchemaEncoderTest.scope;
import static dev.otelint.records.SimpleSchemaEncoderTest.str;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.ByteString;
import io.opentelemetry.proto.collector.logs.v1.ExportLogsServiceRequest;
import io.opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceRequest;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import io.opentelemetry.proto.common.v1.AnyValue;
import io.opentelemetry.proto.common.v1.ArrayValue;
import io.opentelemetry.proto.common.v1.KeyValue;
import io.opentelemetry.proto.common.v1.KeyValueList;
import io.opentelemetry.proto.logs.v1.LogRecord;
import io.opentelemetry.proto.logs.v1.ResourceLogs;
import io.opentelemetry.proto.logs.v1.ScopeLogs;
import io.opentelemetry.proto.logs.v1.SeverityNumber;
import io.opentelemetry.proto.metrics.v1.AggregationTemporality;
import io.opentelemetry.proto.metrics.v1.Exemplar;
import io.opentelemetry.proto.metrics.v1.ExponentialHistogram;
import io.opentelemetry.proto.metrics.v1.ExponentialHistogramDataPoint;
import io.opentelemetry.proto.metrics.v1.Gauge;
import io.opentelemetry.proto.metrics.v1.Histogram;
import io.opentelemetry.proto.metrics.v1.HistogramDataPoint;
import io.opentelemetry.proto.metrics.v1.Metric;
import io.opentelemetry.proto.metrics.v1.NumberDataPoint;
import io.opentelemetry.proto.metrics.v1.ResourceMetrics;
import io.opentelemetry.proto.metrics.v1.ScopeMetrics;
import io.opentelemetry.proto.metrics.v1.Sum;
import io.opentelemetry.proto.metrics.v1.Summary;
import io.opentelemetry.proto.metrics.v1.SummaryDataPoint;
import io.opentelemetry.proto.trace.v1.ResourceSpans;
import io.opentelemetry.proto.trace.v1.ScopeSpans;
import io.opentelemetry.proto.trace.v1.Span;
import io.opentelemetry.proto.trace.v1.Status;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** OTLP -> document -> OTLP -> document gives the same document, for records with every field set. */
class SimpleSchemaDecoderRoundTripTest {
    private final SimpleSchemaEncoder encoder = new SimpleSchemaEncoder("nginx.access", "prod",
            Clock.fixed(SimpleSchemaEncoderTest.EXPORT_TIME, ZoneOffset.UTC));
    private final SimpleSchemaDecoder decoder = new SimpleSchemaDecoder();

    @Test
    void logWithEveryFieldRoundTrips() throws Exception {
        LogRecord log = LogRecord.newBuilder()
                .setTimeUnixNano(T0).setObservedTimeUnixNano(T0 + 1)
                .setSeverityNumber(SeverityNumber.SEVERITY_NUMBER_WARN3).setSeverityText("Warning")
                .setTraceId(bytes(TRACE_ID)).setSpanId(bytes(SPAN_ID))
                .setEventName("page_view")
                .setBody(kvlist(kv("msg", str("hi")), kv("n", intValue(3))))
                .addAllAttributes(everyAttributeType())
                .build();

        JsonValue first = encoder.encodeLog(scope(), log, null);
        ExportLogsServiceRequest decoded = decoder.decodeLog(first);
        JsonValue second = encodeOnlyLog(decoded);

        assertThat(second.toJson()).isEqualTo(first.toJson());
        LogRecord back = decoded.getResourceLogs(0).getScopeLogs(0).getLogRecords(0);
        assertThat(back.getTimeUnixNano()).isEqualTo(T0);
        assertThat(back.getSeverityNumber()).isEqualTo(SeverityNumber.SEVERITY_NUMBER_WARN3);
        assertThat(back.getTraceId()).isEqualTo(log.getTraceId());
        assertThat(back.getAttributesList()).extracting(KeyValue::getKey).doesNotContain("data_stream");
        assertThat(attribute(back.getAttributesList(), "int").getIntValue()).isEqualTo(-7);
        assertThat(attribute(back.getAttributesList(), "double").getDoubleValue()).isEqualTo(2.5);
        assertThat(attribute(back.getAttributesList(), "map").getKvlistValue().getValuesCount()).isEqualTo(2);
        // the exporter writes the export time as observedTimestamp, so that is what comes back
        assertThat(back.getObservedTimeUnixNano()).isEqualTo(nanos(SimpleSchemaEncoderTest.EXPORT_TIME));
    }

    @Test
    void spanWithEveryFieldRoundTrips() throws Exception {
        Span span = Span.newBuilder()
                .setTraceId(bytes(TRACE_ID)).setSpanId(bytes(SPAN_ID)).setParentSpanId(bytes("0102030405060708"))
                .setTraceState("rojo=00f067aa0ba902b7").setName("GET /cart").setKind(Span.SpanKind.SPAN_KIND_CLIENT)
                .setStartTimeUnixNano(T0).setEndTimeUnixNano(T0 + 1_500_000)
                .addAllAttributes(everyAttributeType())
                .setDroppedAttributesCount(1).setDroppedEventsCount(2).setDroppedLinksCount(3)
                .addEvents(Span.Event.newBuilder().setName("retry").setTimeUnixNano(T0 + 10)
                        .addAttributes(kv("attempt", intValue(2))).setDroppedAttributesCount(4))
                .addEvents(Span.Event.newBuilder().setName("untimed"))
                .addLinks(Span.Link.newBuilder().setTraceId(bytes(TRACE_ID)).setSpanId(bytes("1112131415161718"))
                        .setTraceState("k=v").addAttributes(kv("link.kind", str("follows"))).setDroppedAttributesCount(5))
                .setStatus(Status.newBuilder().setCode(Status.StatusCode.STATUS_CODE_ERROR).setMessage("boom"))
                .build();

        JsonValue first = encoder.encodeSpan(scope(), span, null);
        ExportTraceServiceRequest decoded = decoder.decodeSpan(first);
        ResourceSpans resourceSpans = decoded.getResourceSpans(0);
        ScopeSpans scopeSpans = resourceSpans.getScopeSpans(0);
        JsonValue second = encoder.encodeSpan(OtlpScope.of(resourceSpans.getResource(), scopeSpans.getScope(),
                scopeSpans.getSchemaUrl()), scopeSpans.getSpans(0), null);

        assertThat(second.toJson()).isEqualTo(first.toJson());
        Span back = scopeSpans.getSpans(0);
        assertThat(back.toBuilder().clearAttributes().build())
                .isEqualTo(span.toBuilder().clearAttributes().build());
    }

    @Test
    void everyMetricKindRoundTrips() throws Exception {
        NumberDataPoint number = NumberDataPoint.newBuilder().setStartTimeUnixNano(T0).setTimeUnixNano(T0 + 60)
                .addAllAttributes(everyAttributeType()).setAsDouble(0.25)
                .addExemplars(Exemplar.newBuilder().setTimeUnixNano(T0 + 5).setAsInt(7)
                        .setTraceId(bytes(TRACE_ID)).setSpanId(bytes(SPAN_ID))
                        .addFilteredAttributes(kv("user", str("u1"))))
                .build();
        List<Metric> metrics = List.of(
                metric("gauge").setGauge(Gauge.newBuilder().addDataPoints(number)).build(),
                metric("sum").setSum(Sum.newBuilder().addDataPoints(number.toBuilder().setAsInt(42))
                        .setAggregationTemporality(AggregationTemporality.AGGREGATION_TEMPORALITY_CUMULATIVE)
                        .setIsMonotonic(true)).build(),
                metric("histogram").setHistogram(Histogram.newBuilder()
                        .setAggregationTemporality(AggregationTemporality.AGGREGATION_TEMPORALITY_DELTA)
                        .addDataPoints(HistogramDataPoint.newBuilder().setStartTimeUnixNano(T0).setTimeUnixNano(T0 + 1)
                                .setCount(6).setSum(12.5).setMin(0.1).setMax(9)
                                .addAllBucketCounts(List.of(1L, 2L, 3L)).addAllExplicitBounds(List.of(1.0, 5.0))
                                .addExemplars(Exemplar.newBuilder().setAsDouble(4.5).setTimeUnixNano(T0)))).build(),
                metric("exponential").setExponentialHistogram(ExponentialHistogram.newBuilder()
                        .setAggregationTemporality(AggregationTemporality.AGGREGATION_TEMPORALITY_CUMULATIVE)
                        .addDataPoints(ExponentialHistogramDataPoint.newBuilder().setTimeUnixNano(T0)
                                .setCount(9).setSum(30).setMin(-2).setMax(8).setScale(1).setZeroCount(1)
                                .setPositive(ExponentialHistogramDataPoint.Buckets.newBuilder().setOffset(-1)
                                        .addAllBucketCounts(List.of(2L, 3L)))
                                .setNegative(ExponentialHistogramDataPoint.Buckets.newBuilder().setOffset(2)
                                        .addBucketCounts(3)))).build(),
                metric("summary").setSummary(Summary.newBuilder().addDataPoints(SummaryDataPoint.newBuilder()
                        .setStartTimeUnixNano(T0).setTimeUnixNano(T0 + 2).setCount(4).setSum(10)
                        .addAttributes(kv("quantiles.of", str("latency")))
                        .addQuantileValues(SummaryDataPoint.ValueAtQuantile.newBuilder().setQuantile(0.5).setValue(2))
                        .addQuantileValues(SummaryDataPoint.ValueAtQuantile.newBuilder().setQuantile(0.99)
                                .setValue(4)))).build());

        for (Metric metric : metrics) {
            JsonValue first = encoder.encodeDataPoint(scope(), metric, null, 0);
            ExportMetricsServiceRequest decoded = decoder.decodeDataPoint(first);
            ResourceMetrics resourceMetrics = decoded.getResourceMetrics(0);
            ScopeMetrics scopeMetrics = resourceMetrics.getScopeMetrics(0);
            Metric back = scopeMetrics.getMetrics(0);
            JsonValue second = encoder.encodeDataPoint(OtlpScope.of(resourceMetrics.getResource(),
                    scopeMetrics.getScope(), scopeMetrics.getSchemaUrl()), back, null, 0);

            assertThat(second.toJson()).as(metric.getName()).isEqualTo(first.toJson());
            assertThat(back.getDataCase()).as(metric.getName()).isEqualTo(metric.getDataCase());
        }
    }

    @Test
    void decodedRequestHoldsOneResourceOneScopeOneRecord() throws Exception {
        JsonValue doc = encoder.encodeLog(scope(), LogRecord.newBuilder().setBody(str("x")).build(), null);

        ExportLogsServiceRequest decoded = decoder.decodeLog(doc);

        assertThat(decoded.getResourceLogsCount()).isEqualTo(1);
        ResourceLogs resourceLogs = decoded.getResourceLogs(0);
        assertThat(resourceLogs.getScopeLogsCount()).isEqualTo(1);
        ScopeLogs scopeLogs = resourceLogs.getScopeLogs(0);
        assertThat(scopeLogs.getLogRecordsCount()).isEqualTo(1);
        assertThat(scopeLogs.getScope().getName()).isEqualTo("my.library");
        assertThat(scopeLogs.getSchemaUrl()).isEqualTo("https://opentelemetry.io/schemas/1.26.0");
        // resource values are text in the document, and stay text
        assertThat(attribute(resourceLogs.getResource().getAttributesList(), "host.cpu.count").getStringValue())
                .isEqualTo("4");
    }

    private JsonValue encodeOnlyLog(ExportLogsServiceRequest request) throws UnencodableRecordException {
        ResourceLogs resourceLogs = request.getResourceLogs(0);
        ScopeLogs scopeLogs = resourceLogs.getScopeLogs(0);
        return encoder.encodeLog(OtlpScope.of(resourceLogs.getResource(), scopeLogs.getScope(),
                scopeLogs.getSchemaUrl()), scopeLogs.getLogRecords(0), null);
    }

    private static Metric.Builder metric(String name) {
        return Metric.newBuilder().setName(name).setDescription("a " + name).setUnit("ms");
    }

    static List<KeyValue> everyAttributeType() {
        return List.of(
                kv("string", str("s")),
                kv("int", intValue(-7)),
                kv("double", AnyValue.newBuilder().setDoubleValue(2.5).build()),
                kv("whole.double", AnyValue.newBuilder().setDoubleValue(3.0).build()),
                kv("bool", AnyValue.newBuilder().setBoolValue(true).build()),
                kv("bytes", AnyValue.newBuilder().setBytesValue(ByteString.copyFromUtf8("hi")).build()),
                kv("array", AnyValue.newBuilder().setArrayValue(ArrayValue.newBuilder()
                        .addValues(str("a")).addValues(intValue(1))).build()),
                kv("map", kvlist(kv("inner", str("v")), kv("deeper", kvlist(kv("x", intValue(1)))))),
                kv("empty", AnyValue.getDefaultInstance()));
    }

    static AnyValue intValue(long value) {
        return AnyValue.newBuilder().setIntValue(value).build();
    }

    static AnyValue kvlist(KeyValue... values) {
        return AnyValue.newBuilder().setKvlistValue(KeyValueList.newBuilder().addAllValues(List.of(values))).build();
    }

    static AnyValue attribute(List<KeyValue> attributes, String key) {
        return attributes.stream().filter(kv -> kv.getKey().equals(key)).findFirst()
                .orElseThrow(() -> new AssertionError("no attribute " + key + " in " + attributes))
                .getValue();
    }

    private static long nanos(java.time.Instant instant) {
        return instant.getEpochSecond() * 1_000_000_000L + instant.getNano();
    }
}
