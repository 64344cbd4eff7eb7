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
import io.opentelemetry.proto.resource.v1.Resource;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/** Log documents of mapping.mode flatten_attributes, field by field, as opensearchexporter writes them. */
class FlattenAttributesEncoderTest {
    private static final FlattenAttributesEncoder ENCODER = new FlattenAttributesEncoder();

    @Test
    void everyFieldInTheExportersOrderWithAttributesFlattenedToTheTop() throws Exception {
        Resource resource = Resource.newBuilder()
                .addAttributes(kv("service.name", str("cart")))
                .addAttributes(kv("host", map(kv("name", str("h1")), kv("cpu", map(kv("count", integer(4)))))))
                .build();
        LogRecord log = LogRecord.newBuilder()
                .setTimeUnixNano(1_700_000_000_123_000_000L)
                .setObservedTimeUnixNano(1_800_000_000_000_000_000L)
                .setTraceId(bytes("5b8efff798038103d269b633813fc60c"))
                .setSpanId(bytes("eee19b7ec3c1b174"))
                .setFlags(0xffffffff)
                .setSeverityText("WARN")
                .setSeverityNumber(SeverityNumber.SEVERITY_NUMBER_WARN)
                .setEventName("cart.checkout")
                .setBody(map(kv("msg", str("paid")), kv("detail", map(kv("code", integer(7))))))
                .addAttributes(kv("http.response.status_code", integer(200)))
                .addAttributes(kv("ratio", dbl(0.25)))
                .addAttributes(kv("big", dbl(1e6)))
                .addAttributes(kv("tiny", dbl(0.00001)))
                .addAttributes(kv("nan", dbl(Double.NaN)))
                .addAttributes(kv("ok", AnyValue.newBuilder().setBoolValue(true).build()))
                .addAttributes(kv("raw", AnyValue.newBuilder().setBytesValue(ByteString.copyFromUtf8("x")).build()))
                .addAttributes(kv("unset", AnyValue.getDefaultInstance()))
                .addAttributes(kv("none", list()))
                .addAttributes(kv("tags", list(str("a"), integer(1), AnyValue.getDefaultInstance(), list())))
                .build();

        assertThat(ENCODER.encodeLog(scope(resource), log).toJson()).isEqualTo("{"
                + "\"service.name\":\"cart\",\"host.name\":\"h1\",\"host.cpu.count\":4,"
                + "\"@timestamp\":\"2023-11-14T22:13:20.123000000Z\","
                + "\"TraceId\":\"5b8efff798038103d269b633813fc60c\",\"SpanId\":\"eee19b7ec3c1b174\","
                + "\"TraceFlags\":4294967295,\"SeverityText\":\"WARN\",\"SeverityNumber\":13,"
                + "\"EventName\":\"cart.checkout\","
                + "\"Body.msg\":\"paid\",\"Body.detail.code\":7,"
                + "\"http.response.status_code\":200,\"ratio\":0.25,\"big\":1e+06,\"tiny\":1e-05,\"nan\":null,"
                + "\"ok\":true,\"tags\":[\"a\",1,null,[]]}");
    }

    @Test
    void emptyFieldsAreLeftOutButNumbersAndTheTimestampAlwaysWritten() throws Exception {
        LogRecord log = LogRecord.newBuilder()
                .setTraceId(ByteString.copyFrom(new byte[16]))
                .setSpanId(ByteString.copyFrom(new byte[8]))
                .build();

        assertThat(ENCODER.encodeLog(scope(Resource.getDefaultInstance()), log).toJson()).isEqualTo(
                "{\"@timestamp\":\"1970-01-01T00:00:00.000000000Z\",\"TraceFlags\":0,\"SeverityNumber\":0}");
    }

    @Test
    void aScalarBodyIsItsValueAndBytesOrAnEmptyListAreLeftOut() throws Exception {
        assertThat(field(LogRecord.newBuilder().setBody(str("hello <b>")).build())).isEqualTo(",\"Body\":\"hello <b>\"");
        assertThat(field(LogRecord.newBuilder().setBody(dbl(-2.5)).build())).isEqualTo(",\"Body\":-2.5");
        assertThat(field(LogRecord.newBuilder().setBody(list(str("x"))).build())).isEqualTo(",\"Body\":[\"x\"]");
        assertThat(field(LogRecord.newBuilder()
                .setBody(AnyValue.newBuilder().setBytesValue(ByteString.copyFromUtf8("b"))).build())).isEmpty();
        assertThat(field(LogRecord.newBuilder().setBody(list()).build())).isEmpty();
    }

    @Test
    void aKeyTheResourceAndTheRecordBothHaveIsWrittenTwiceAsTheExporterDoesNotDeduplicate() throws Exception {
        Resource resource = Resource.newBuilder().addAttributes(kv("host.name", str("from-resource"))).build();
        LogRecord log = LogRecord.newBuilder().setTimeUnixNano(1)
                .addAttributes(kv("host.name", str("from-record")))
                .addAttributes(kv("code", str("a")))
                .addAttributes(kv("code.function", str("b")))
                .build();

        assertThat(ENCODER.encodeLog(scope(resource), log).toJson()).isEqualTo("{\"host.name\":\"from-resource\","
                + "\"@timestamp\":\"1970-01-01T00:00:00.000000001Z\",\"TraceFlags\":0,\"SeverityNumber\":0,"
                + "\"host.name\":\"from-record\",\"code\":\"a\",\"code.function\":\"b\"}");
    }

    @Test
    void aMapInsideAListIsAnObjectWithItsDotsExpandedInTheOrderOfItsKeys() throws Exception {
        AnyValue items = list(
                map(kv("a.x", integer(1)), kv("b", str("2")), kv("a.y", integer(3)), kv("skip", list())),
                map(kv("only", AnyValue.newBuilder().setBytesValue(ByteString.copyFromUtf8("b")).build())),
                map());
        LogRecord log = LogRecord.newBuilder().addAttributes(kv("items", items)).build();

        // objmodel writes a path it left and enters again as a second member, here "a"
        assertThat(ENCODER.encodeLog(scope(Resource.getDefaultInstance()), log).toJson())
                .endsWith(",\"items\":[{\"a\":{\"x\":1},\"b\":\"2\",\"a\":{\"y\":3}},{},null]}");
    }

    @Test
    void anIdOfTheWrongSizeIsUnencodableAsInSs4o() {
        LogRecord log = LogRecord.newBuilder().setSpanId(bytes("abcd")).build();

        assertThatThrownBy(() -> ENCODER.encodeLog(scope(Resource.getDefaultInstance()), log))
                .isInstanceOf(UnencodableRecordException.class).hasMessageContaining("spanId has 2 bytes");
    }

    /** What the document has between SeverityNumber and its end. */
    private static String field(LogRecord log) throws UnencodableRecordException {
        String json = ENCODER.encodeLog(scope(Resource.getDefaultInstance()), log).toJson();
        String prefix = "{\"@timestamp\":\"1970-01-01T00:00:00.000000000Z\",\"TraceFlags\":0,\"SeverityNumber\":0";
        assertThat(json).startsWith(prefix).endsWith("}");
        return json.substring(prefix.length(), json.length() - 1);
    }

    private static OtlpScope scope(Resource resource) {
        return OtlpScope.of(resource, InstrumentationScope.newBuilder().setName("not.written").build(), "");
    }

    private static KeyValue kv(String key, AnyValue value) {
        return KeyValue.newBuilder().setKey(key).setValue(value).build();
    }

    private static AnyValue str(String s) {
        return AnyValue.newBuilder().setStringValue(s).build();
    }

    private static AnyValue integer(long i) {
        return AnyValue.newBuilder().setIntValue(i).build();
    }

    private static AnyValue dbl(double d) {
        return AnyValue.newBuilder().setDoubleValue(d).build();
    }

    private static AnyValue map(KeyValue... entries) {
        return AnyValue.newBuilder().setKvlistValue(KeyValueList.newBuilder().addAllValues(java.util.List.of(entries)))
                .build();
    }

    private static AnyValue list(AnyValue... values) {
        return AnyValue.newBuilder().setArrayValue(ArrayValue.newBuilder().addAllValues(java.util.List.of(values)))
                .build();
    }

    private static ByteString bytes(String hex) {
        return ByteString.copyFrom(HexFormat.of().parseHex(hex));
    }
}
