package dev.otelint.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.protobuf.ByteString;
import io.opentelemetry.proto.common.v1.AnyValue;
import io.opentelemetry.proto.common.v1.ArrayValue;
import io.opentelemetry.proto.common.v1.InstrumentationScope;
import io.opentelemetry.proto.common.v1.KeyValue;
import io.opentelemetry.proto.common.v1.KeyValueList;
import io.opentelemetry.proto.logs.v1.LogRecord;
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
import io.opentelemetry.proto.metrics.v1.Sum;
import io.opentelemetry.proto.metrics.v1.Summary;
import io.opentelemetry.proto.metrics.v1.SummaryDataPoint;
import io.opentelemetry.proto.resource.v1.Resource;
import io.opentelemetry.proto.trace.v1.Span;
import io.opentelemetry.proto.trace.v1.Status;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

class SimpleSchemaEncoderTest {
    static final Instant EXPORT_TIME = Instant.parse("2024-05-01T12:00:00.5Z");
    static final String TRACE_ID = "5b8efff798038103d269b633813fc60c";
    static final String SPAN_ID = "eee19b7ec3c1b174";
    static final long T0 = 1544712660300000000L;

    private final SimpleSchemaEncoder encoder =
            new SimpleSchemaEncoder("nginx.access", "prod", Clock.fixed(EXPORT_TIME, ZoneOffset.UTC));

    static OtlpScope scope() {
        Resource resource = Resource.newBuilder()
                .addAttributes(kv("service.name", str("checkout")))
                .addAttributes(kv("host.cpu.count", AnyValue.newBuilder().setIntValue(4).build()))
                .addAttributes(kv("labels", AnyValue.newBuilder().setKvlistValue(KeyValueList.newBuilder()
                        .addValues(kv("b", str("<2>"))).addValues(kv("a", str("1")))).build()))
                .build();
        InstrumentationScope scope = InstrumentationScope.newBuilder().setName("my.library").setVersion("1.0.0")
                .addAttributes(kv("my.scope.attribute", str("x"))).build();
        return OtlpScope.of(resource, scope, "https://opentelemetry.io/schemas/1.26.0");
    }

    @Test
    void logRecordFieldByField() throws Exception {
        LogRecord log = LogRecord.newBuilder()
                .setTimeUnixNano(T0)
                .setObservedTimeUnixNano(T0 + 1)
                .setSeverityNumber(SeverityNumber.SEVERITY_NUMBER_INFO2)
                .setSeverityText("Information")
                .setTraceId(bytes(TRACE_ID.toUpperCase()))
                .setSpanId(bytes(SPAN_ID))
                .setFlags(1)
                .setEventName("page_view")
                .setBody(str("Example log record"))
                .addAttributes(kv("string.attribute", str("some string")))
                .addAttributes(kv("int.attribute", AnyValue.newBuilder().setIntValue(10).build()))
                .addAttributes(kv("double.attribute", AnyValue.newBuilder().setDoubleValue(1.0).build()))
                .addAttributes(kv("bytes.attribute", AnyValue.newBuilder()
                        .setBytesValue(ByteString.copyFromUtf8("hi")).build()))
                .addAttributes(kv("array.attribute", AnyValue.newBuilder().setArrayValue(ArrayValue.newBuilder()
                        .addValues(str("many")).addValues(AnyValue.newBuilder().setBoolValue(true))).build()))
                .addAttributes(kv("empty.attribute", AnyValue.getDefaultInstance()))
                .build();

        JsonValue doc = encoder.encodeLog(scope(), log, null);

        assertThat(doc.toJson()).isEqualTo("{"
                + "\"attributes\":{\"array.attribute\":[\"many\",true],\"bytes.attribute\":\"aGk=\","
                + "\"data_stream\":{\"dataset\":\"nginx.access\",\"namespace\":\"prod\",\"type\":\"record\"},"
                + "\"double.attribute\":1,\"empty.attribute\":null,\"int.attribute\":10,"
                + "\"string.attribute\":\"some string\"},"
                + "\"body\":\"Example log record\","
                + "\"eventName\":\"page_view\","
                + "\"instrumentationScope\":{\"attributes\":{\"my.scope.attribute\":\"x\"},\"name\":\"my.library\","
                + "\"schemaUrl\":\"https://opentelemetry.io/schemas/1.26.0\",\"version\":\"1.0.0\"},"
                + "\"observedTimestamp\":\"2024-05-01T12:00:00.5Z\","
                + "\"resource\":{\"host.cpu.count\":\"4\",\"labels\":\"{\\\"a\\\":\\\"1\\\",\\\"b\\\":\\\"\\\\u003c2\\\\u003e\\\"}\","
                + "\"service.name\":\"checkout\"},"
                + "\"schemaUrl\":\"https://opentelemetry.io/schemas/1.26.0\","
                + "\"severity\":{\"text\":\"Information\",\"number\":10},"
                + "\"spanId\":\"" + SPAN_ID + "\","
                + "\"@timestamp\":\"2018-12-13T14:51:00.3Z\","
                + "\"traceId\":\"" + TRACE_ID + "\"}");
        assertThat(doc.get("attributes").get("double.attribute").kind()).isEqualTo(JsonValue.Kind.INTEGER);
        assertThat(doc.line()).isZero(); // protobuf input has no positions
    }

    @Test
    void emptyLogRecordKeepsWhatTheExporterAlwaysWrites() throws Exception {
        OtlpScope bare = OtlpScope.of(Resource.getDefaultInstance(), InstrumentationScope.getDefaultInstance(), "");

        JsonValue doc = encoder.encodeLog(bare, LogRecord.getDefaultInstance(), null);

        assertThat(doc.toJson()).isEqualTo("{"
                + "\"attributes\":{\"data_stream\":{\"dataset\":\"nginx.access\",\"namespace\":\"prod\","
                + "\"type\":\"record\"}},"
                + "\"body\":\"\",\"instrumentationScope\":{},\"observedTimestamp\":\"2024-05-01T12:00:00.5Z\","
                + "\"severity\":{},\"@timestamp\":\"1970-01-01T00:00:00Z\"}");
    }

    @Test
    void logBodyIsTextWhateverItsType() throws Exception {
        AnyValue map = AnyValue.newBuilder().setKvlistValue(KeyValueList.newBuilder()
                .addValues(kv("z", AnyValue.newBuilder().setDoubleValue(0.5).build()))
                .addValues(kv("a", str("x&y")))).build();

        assertThat(bodyOf(map)).isEqualTo("{\"a\":\"x\\u0026y\",\"z\":0.5}");
        assertThat(bodyOf(AnyValue.newBuilder().setIntValue(-3).build())).isEqualTo("-3");
        assertThat(bodyOf(AnyValue.newBuilder().setDoubleValue(Double.NaN).build()))
                .isEqualTo("json: unsupported value: NaN");
        assertThat(bodyOf(AnyValue.newBuilder().setArrayValue(ArrayValue.newBuilder()
                .addValues(AnyValue.newBuilder().setDoubleValue(Double.POSITIVE_INFINITY))).build()))
                .isEmpty(); // json.Marshal fails inside AsString, which then returns ""
    }

    @Test
    void allZeroIdsAreLeftOut() throws Exception {
        LogRecord log = LogRecord.newBuilder().setTraceId(ByteString.copyFrom(new byte[16]))
                .setSpanId(ByteString.copyFrom(new byte[8])).build();

        JsonValue doc = encoder.encodeLog(scope(), log, null);

        assertThat(doc.get("traceId")).isNull();
        assertThat(doc.get("spanId")).isNull();
    }

    @Test
    void idOfTheWrongLengthIsUnencodable() {
        LogRecord log = LogRecord.newBuilder().setTraceId(ByteString.copyFrom(new byte[] {1, 2, 3})).build();

        assertThatThrownBy(() -> encoder.encodeLog(scope(), log, null))
                .isInstanceOf(UnencodableRecordException.class)
                .hasMessageContaining("traceId has 3 bytes; OTLP ids have 16");
    }

    @Test
    void nanAttributeMakesTheRecordUnencodable() {
        LogRecord log = LogRecord.newBuilder()
                .addAttributes(kv("ratio", AnyValue.newBuilder().setDoubleValue(Double.NaN).build())).build();

        assertThatThrownBy(() -> encoder.encodeLog(scope(), log, null))
                .isInstanceOf(UnencodableRecordException.class)
                .hasMessageStartingWith("ratio: the double NaN has no JSON form");
    }

    @Test
    void conflictingAttributeKeysAreRewrittenLikeTheExporter() throws Exception {
        LogRecord log = LogRecord.newBuilder()
                .addAttributes(kv("code.function", str("old")))
                .addAttributes(kv("code.function.name", str("new")))
                .addAttributes(kv("dup", str("first")))
                .addAttributes(kv("dup", str("last")))
                .addAttributes(kv("map", AnyValue.newBuilder().setKvlistValue(KeyValueList.newBuilder()
                        .addValues(kv("a", str("1"))).addValues(kv("a.b", str("2")))).build()))
                .build();

        JsonValue attributes = encoder.encodeLog(scope(), log, null).get("attributes");

        assertThat(attributes.members()).extracting(JsonValue.Member::name)
                .containsExactly("code.function.name", "code.function.value", "data_stream", "dup", "map");
        assertThat(attributes.get("code.function.value").text()).isEqualTo("old");
        assertThat(attributes.get("dup").text()).isEqualTo("last");
        assertThat(attributes.get("map").toJson()).isEqualTo("{\"a.b\":\"2\",\"a.value\":\"1\"}");
    }

    @Test
    void spanFieldByField() throws Exception {
        Span span = Span.newBuilder()
                .setTraceId(bytes(TRACE_ID)).setSpanId(bytes(SPAN_ID))
                .setTraceState("k=v")
                .setName("GET /cart")
                .setKind(Span.SpanKind.SPAN_KIND_SERVER)
                .setStartTimeUnixNano(T0).setEndTimeUnixNano(T0 + 1_000_000)
                .addAttributes(kv("http.request.method", str("GET")))
                .setDroppedAttributesCount(2).setDroppedEventsCount(3).setDroppedLinksCount(4)
                .addEvents(Span.Event.newBuilder().setName("boom").setTimeUnixNano(T0 + 5))
                .addEvents(Span.Event.newBuilder().setName("early").setTimeUnixNano(999_999_999L)
                        .addAttributes(kv("e", str("1"))))
                .addLinks(Span.Link.newBuilder().setTraceId(bytes(TRACE_ID)).setSpanId(bytes(SPAN_ID)))
                .addLinks(Span.Link.newBuilder().setTraceState("a=b").setDroppedAttributesCount(1))
                .setStatus(Status.newBuilder().setCode(Status.StatusCode.STATUS_CODE_ERROR).setMessage("bad"))
                .build();

        JsonValue doc = encoder.encodeSpan(scope(), span, null);

        assertThat(doc.toJson()).isEqualTo("{"
                + "\"attributes\":{\"data_stream\":{\"dataset\":\"nginx.access\",\"namespace\":\"prod\","
                + "\"type\":\"span\"},\"http.request.method\":\"GET\"},"
                + "\"droppedAttributesCount\":2,\"droppedEventsCount\":3,\"droppedLinksCount\":4,"
                + "\"endTime\":\"2018-12-13T14:51:00.301Z\","
                + "\"events\":[{\"attributes\":{},\"droppedAttributesCount\":0,\"name\":\"boom\","
                + "\"@timestamp\":\"2018-12-13T14:51:00.300000005Z\"},"
                + "{\"attributes\":{\"e\":\"1\"},\"droppedAttributesCount\":0,\"name\":\"early\","
                + "\"observedTimestamp\":\"2024-05-01T12:00:00.5Z\"}],"
                + "\"instrumentationScope\":{\"attributes\":{\"my.scope.attribute\":\"x\"},"
                + "\"droppedAttributesCount\":0,\"name\":\"my.library\","
                + "\"schemaUrl\":\"https://opentelemetry.io/schemas/1.26.0\",\"version\":\"1.0.0\"},"
                + "\"kind\":\"Server\","
                + "\"links\":[{\"spanId\":\"" + SPAN_ID + "\",\"traceId\":\"" + TRACE_ID + "\"},"
                + "{\"traceState\":\"a=b\",\"droppedAttributesCount\":1}],"
                + "\"name\":\"GET /cart\",\"parentSpanId\":\"\","
                + "\"resource\":{\"host.cpu.count\":\"4\",\"labels\":\"{\\\"a\\\":\\\"1\\\",\\\"b\\\":\\\"\\\\u003c2\\\\u003e\\\"}\","
                + "\"service.name\":\"checkout\"},"
                + "\"spanId\":\"" + SPAN_ID + "\",\"startTime\":\"2018-12-13T14:51:00.3Z\","
                + "\"status\":{\"code\":\"Error\",\"message\":\"bad\"},"
                + "\"@timestamp\":\"0001-01-01T00:00:00Z\","
                + "\"traceId\":\"" + TRACE_ID + "\",\"traceState\":\"k=v\"}");
    }

    @Test
    void unknownSpanKindAndStatusCodeAreEmptyText() throws Exception {
        Span span = Span.newBuilder().setKindValue(42)
                .setStatus(Status.newBuilder().setCodeValue(7)).build();

        JsonValue doc = encoder.encodeSpan(scope(), span, null);

        assertThat(doc.get("kind").text()).isEmpty();
        assertThat(doc.get("status").get("code").text()).isEmpty();
        assertThat(doc.get("events")).isNull();
        assertThat(doc.get("links")).isNull();
    }

    @Test
    void gaugeAndSumDataPoints() throws Exception {
        Metric gauge = Metric.newBuilder().setName("queue.size").setUnit("{item}")
                .setGauge(Gauge.newBuilder().addDataPoints(NumberDataPoint.newBuilder()
                        .setTimeUnixNano(T0).setAsInt(7)
                        .addExemplars(Exemplar.newBuilder().setTimeUnixNano(T0).setAsInt(3)
                                .setTraceId(bytes(TRACE_ID)).addFilteredAttributes(kv("f", str("v"))))))
                .build();
        Metric sum = Metric.newBuilder().setName("requests").setDescription("count")
                .setSum(Sum.newBuilder().setIsMonotonic(true)
                        .setAggregationTemporality(AggregationTemporality.AGGREGATION_TEMPORALITY_CUMULATIVE)
                        .addDataPoints(NumberDataPoint.newBuilder().setAsDouble(Double.POSITIVE_INFINITY))
                        .addDataPoints(NumberDataPoint.newBuilder().setAsDouble(Double.NaN)
                                .addAttributes(kv("k", str("v")))))
                .build();

        JsonValue gaugeDoc = encoder.encodeDataPoint(scope(), gauge, null, 0);
        JsonValue infinite = encoder.encodeDataPoint(scope(), sum, null, 0);
        JsonValue nan = encoder.encodeDataPoint(scope(), sum, null, 1);

        assertThat(SimpleSchemaEncoder.dataPointCount(sum)).isEqualTo(2);
        assertThat(gaugeDoc.members()).extracting(JsonValue.Member::name).containsExactly("name", "unit", "kind",
                "startTime", "@timestamp", "serviceName", "value@int", "exemplars", "attributes", "schemaUrl",
                "observedTimestamp", "resource", "instrumentationScope");
        assertThat(gaugeDoc.get("kind").text()).isEqualTo("GAUGE");
        assertThat(gaugeDoc.get("serviceName").text()).isEqualTo("checkout");
        assertThat(gaugeDoc.get("value@int").text()).isEqualTo("7");
        assertThat(gaugeDoc.get("exemplars").toJson()).isEqualTo("[{\"time\":\"2018-12-13T14:51:00.3Z\",\"value\":3,"
                + "\"traceId\":\"" + TRACE_ID + "\",\"attributes\":{\"f\":\"v\"}}]");
        assertThat(gaugeDoc.get("attributes").get("data_stream").get("type").text()).isEqualTo("metric");
        assertThat(infinite.get("aggregationTemporality").text()).isEqualTo("AGGREGATION_TEMPORALITY_CUMULATIVE");
        assertThat(infinite.get("monotonic").text()).isEqualTo("true");
        assertThat(infinite.get("description").text()).isEqualTo("count");
        assertThat(infinite.get("value@double").text()).isEqualTo("1.7976931348623157e+308");
        assertThat(nan.get("value@double")).isNull();
        assertThat(nan.get("attributes").get("k").text()).isEqualTo("v");
    }

    @Test
    void histogramDataPoint() throws Exception {
        Metric histogram = Metric.newBuilder().setName("latency")
                .setHistogram(Histogram.newBuilder()
                        .setAggregationTemporality(AggregationTemporality.AGGREGATION_TEMPORALITY_DELTA)
                        .addDataPoints(HistogramDataPoint.newBuilder().setCount(6).setSum(12.5).setMin(0.5)
                                .addBucketCounts(1).addBucketCounts(2).addBucketCounts(3)
                                .addExplicitBounds(1).addExplicitBounds(1e300)))
                .build();

        JsonValue doc = encoder.encodeDataPoint(scope(), histogram, null, 0);

        assertThat(doc.get("kind").text()).isEqualTo("HISTOGRAM");
        assertThat(doc.get("aggregationTemporality").text()).isEqualTo("AGGREGATION_TEMPORALITY_DELTA");
        assertThat(doc.get("buckets").toJson()).isEqualTo("[{\"count\":1,\"min\":-3.4028234663852886e+38,\"max\":1},"
                + "{\"count\":2,\"min\":1,\"max\":3.4028234663852886e+38},"
                + "{\"count\":3,\"min\":3.4028234663852886e+38,\"max\":3.4028234663852886e+38}]");
        assertThat(doc.get("bucketCount").text()).isEqualTo("3");
        assertThat(doc.get("bucketCountsList").toJson()).isEqualTo("[1,2,3]");
        assertThat(doc.get("explicitBoundsList").toJson()).isEqualTo("[1,3.4028234663852886e+38]");
        assertThat(doc.get("explicitBoundsCount").text()).isEqualTo("2");
        assertThat(doc.get("min").text()).isEqualTo("0.5");
        assertThat(doc.get("max")).isNull();
        assertThat(doc.get("sum").text()).isEqualTo("12.5");
        assertThat(doc.get("count").text()).isEqualTo("6");
    }

    @Test
    void exponentialHistogramDataPoint() throws Exception {
        Metric histogram = Metric.newBuilder().setName("size")
                .setExponentialHistogram(ExponentialHistogram.newBuilder()
                        .addDataPoints(ExponentialHistogramDataPoint.newBuilder().setScale(0).setZeroCount(1)
                                .setCount(4)
                                .setPositive(ExponentialHistogramDataPoint.Buckets.newBuilder().setOffset(1)
                                        .addBucketCounts(2).addBucketCounts(1))))
                .build();

        JsonValue doc = encoder.encodeDataPoint(scope(), histogram, null, 0);

        assertThat(doc.get("kind").text()).isEqualTo("EXPONENTIAL_HISTOGRAM");
        assertThat(doc.get("aggregationTemporality").text()).isEqualTo("AGGREGATION_TEMPORALITY_UNSPECIFIED");
        assertThat(doc.get("positiveBuckets").toJson())
                .isEqualTo("[{\"count\":2,\"min\":2,\"max\":4},{\"count\":1,\"min\":4,\"max\":8}]");
        assertThat(doc.get("negativeBuckets")).isNull();
        assertThat(doc.get("positiveOffset").text()).isEqualTo("1");
        assertThat(doc.get("negativeOffset").text()).isEqualTo("0");
        assertThat(doc.get("zeroCount").text()).isEqualTo("1");
        assertThat(doc.get("scale").text()).isEqualTo("0");
        assertThat(doc.get("count").text()).isEqualTo("4");
    }

    @Test
    void summaryDataPointDropsNanQuantiles() throws Exception {
        Metric summary = Metric.newBuilder().setName("rpc")
                .setSummary(Summary.newBuilder().addDataPoints(SummaryDataPoint.newBuilder().setCount(2).setSum(3)
                        .addQuantileValues(SummaryDataPoint.ValueAtQuantile.newBuilder().setQuantile(0.5).setValue(1))
                        .addQuantileValues(SummaryDataPoint.ValueAtQuantile.newBuilder().setQuantile(0.99)
                                .setValue(Double.NaN))))
                .build();

        JsonValue doc = encoder.encodeDataPoint(scope(), summary, null, 0);

        assertThat(doc.get("kind").text()).isEqualTo("SUMMARY");
        assertThat(doc.get("aggregationTemporality")).isNull();
        assertThat(doc.get("quantiles").toJson()).isEqualTo("[{\"quantile\":0.5,\"value\":1}]");
        assertThat(doc.get("quantileValuesCount").text()).isEqualTo("1");
        assertThat(doc.get("sum").text()).isEqualTo("3");
        assertThat(doc.get("count").text()).isEqualTo("2");
    }

    @Test
    void metricScopeAttributesKeepConflictingKeys() throws Exception {
        OtlpScope ctx = OtlpScope.of(Resource.getDefaultInstance(), InstrumentationScope.newBuilder()
                .addAttributes(kv("a", str("1"))).addAttributes(kv("a.b", str("2"))).build(), "");
        Metric gauge = Metric.newBuilder().setName("g")
                .setGauge(Gauge.newBuilder().addDataPoints(NumberDataPoint.newBuilder()
                        .addAttributes(kv("x", str("1"))).addAttributes(kv("x.y", str("2"))))).build();

        JsonValue doc = encoder.encodeDataPoint(ctx, gauge, null, 0);

        // the exporter's metrics encoder does not apply the key-conflict rewrite
        assertThat(doc.get("attributes").get("x").text()).isEqualTo("1");
        assertThat(doc.get("instrumentationScope").get("attributes").get("a").text()).isEqualTo("1");
    }

    private String bodyOf(AnyValue body) throws Exception {
        return encoder.encodeLog(scope(), LogRecord.newBuilder().setBody(body).build(), null).get("body").text();
    }

    static KeyValue kv(String key, AnyValue value) {
        return KeyValue.newBuilder().setKey(key).setValue(value).build();
    }

    static AnyValue str(String value) {
        return AnyValue.newBuilder().setStringValue(value).build();
    }

    static ByteString bytes(String hex) {
        return ByteString.copyFrom(HexFormat.of().parseHex(hex));
    }
}
