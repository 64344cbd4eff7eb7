package dev.otelint.collector.exporter.zipkin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.protobuf.ByteString;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import io.opentelemetry.proto.common.v1.AnyValue;
import io.opentelemetry.proto.common.v1.ArrayValue;
import io.opentelemetry.proto.common.v1.InstrumentationScope;
import io.opentelemetry.proto.common.v1.KeyValue;
import io.opentelemetry.proto.common.v1.KeyValueList;
import io.opentelemetry.proto.resource.v1.Resource;
import io.opentelemetry.proto.trace.v1.ResourceSpans;
import io.opentelemetry.proto.trace.v1.ScopeSpans;
import io.opentelemetry.proto.trace.v1.Span;
import io.opentelemetry.proto.trace.v1.Status;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

class ZipkinTranslatorTest {
    static final String TRACE = "5b8efff798038103d269b633813fc60c";
    static final long START = 1_700_000_000_123_456_789L;

    static ByteString id(String hex) {
        return ByteString.copyFrom(HexFormat.of().parseHex(hex));
    }

    static KeyValue kv(String key, AnyValue value) {
        return KeyValue.newBuilder().setKey(key).setValue(value).build();
    }

    static AnyValue str(String s) {
        return AnyValue.newBuilder().setStringValue(s).build();
    }

    static AnyValue dbl(double d) {
        return AnyValue.newBuilder().setDoubleValue(d).build();
    }

    static AnyValue integer(long i) {
        return AnyValue.newBuilder().setIntValue(i).build();
    }

    static Span.Builder span(String spanId) {
        return Span.newBuilder().setTraceId(id(TRACE)).setSpanId(id(spanId)).setName("op")
                .setStartTimeUnixNano(START).setEndTimeUnixNano(START + 2_000_000);
    }

    static ExportTraceServiceRequest request(List<KeyValue> resource, Span... spans) {
        return ExportTraceServiceRequest.newBuilder().addResourceSpans(ResourceSpans.newBuilder()
                .setResource(Resource.newBuilder().addAllAttributes(resource))
                .addScopeSpans(ScopeSpans.newBuilder().setScope(InstrumentationScope.newBuilder().setName("lib").setVersion("1.2"))
                        .addAllSpans(List.of(spans)))).build();
    }

    /** The JSON body the exporter would POST, parsed back. */
    static JsonNode json(ExportTraceServiceRequest request) throws Exception {
        return new ObjectMapper().readTree(ZipkinJson.encode(ZipkinTranslator.translate(request)));
    }

    static JsonNode one(Span span) throws Exception {
        return json(request(List.of(kv("service.name", str("shop")), kv("host.name", str("h1"))), span)).get(0);
    }

    @Test
    void writesIdsTimesNameAndLocalEndpointInZipkinUnits() throws Exception {
        JsonNode s = one(span("00f067aa0ba902b7").setParentSpanId(id("0102030405060708")).build());
        assertThat(s.get("traceId").asText()).isEqualTo(TRACE);
        assertThat(s.get("id").asText()).isEqualTo("00f067aa0ba902b7");
        assertThat(s.get("parentId").asText()).isEqualTo("0102030405060708");
        assertThat(s.get("name").asText()).isEqualTo("op");
        assertThat(s.get("timestamp").asLong()).isEqualTo(1_700_000_000_123_457L); // 456.789 µs rounds up
        assertThat(s.get("duration").asLong()).isEqualTo(2000);
        assertThat(s.get("localEndpoint").toString()).isEqualTo("{\"serviceName\":\"shop\"}");
        assertThat(s.has("remoteEndpoint")).isFalse();
        assertThat(s.has("kind")).isFalse();
        assertThat(s.get("tags").toString()).isEqualTo(
                "{\"host.name\":\"h1\",\"otel.scope.name\":\"lib\",\"otel.scope.version\":\"1.2\"}");
    }

    @Test
    void aTraceIdWhoseHighHalfIsZeroIsWrittenAs16HexDigits() throws Exception {
        JsonNode s = one(span("00000000000000a1").setTraceId(id("0000000000000000000000000000abcd")).build());
        assertThat(s.get("traceId").asText()).isEqualTo("000000000000abcd");
    }

    @Test
    void roundsDurationsAsZipkinGoAndLeavesOutWhatIsUnknown() throws Exception {
        assertThat(one(span("01").setSpanId(id("0000000000000001")).setEndTimeUnixNano(START + 400).build())
                .get("duration").asLong()).isEqualTo(1); // under a microsecond is still 1
        assertThat(one(span("0000000000000001").setEndTimeUnixNano(START + 1499).build()).get("duration").asLong()).isEqualTo(1);
        assertThat(one(span("0000000000000001").setEndTimeUnixNano(START + 1500).build()).get("duration").asLong()).isEqualTo(2);
        assertThat(one(span("0000000000000001").setEndTimeUnixNano(START).build()).has("duration")).isFalse();
        assertThat(one(span("0000000000000001").setEndTimeUnixNano(0).build()).has("duration")).isFalse();
        JsonNode early = one(span("0000000000000001").setStartTimeUnixNano(999_999_999).setEndTimeUnixNano(0).build());
        assertThat(early.has("timestamp")).isFalse();
        assertThatThrownBy(() -> one(span("0000000000000001").setEndTimeUnixNano(START - 1).build()))
                .isInstanceOf(InvalidSpanException.class).hasMessage("valid span duration required");
    }

    @Test
    void mapsKindsAndTagsInternalSpans() throws Exception {
        assertThat(one(span("0000000000000001").setKind(Span.SpanKind.SPAN_KIND_SERVER).build()).get("kind").asText()).isEqualTo("SERVER");
        assertThat(one(span("0000000000000001").setKind(Span.SpanKind.SPAN_KIND_CLIENT).build()).get("kind").asText()).isEqualTo("CLIENT");
        assertThat(one(span("0000000000000001").setKind(Span.SpanKind.SPAN_KIND_PRODUCER).build()).get("kind").asText()).isEqualTo("PRODUCER");
        assertThat(one(span("0000000000000001").setKind(Span.SpanKind.SPAN_KIND_CONSUMER).build()).get("kind").asText()).isEqualTo("CONSUMER");
        JsonNode internal = one(span("0000000000000001").setKind(Span.SpanKind.SPAN_KIND_INTERNAL).build());
        assertThat(internal.has("kind")).isFalse();
        assertThat(internal.get("tags").get("span.kind").asText()).isEqualTo("internal");
        JsonNode unspecified = one(span("0000000000000001").build());
        assertThat(unspecified.has("kind")).isFalse();
        assertThat(unspecified.get("tags").has("span.kind")).isFalse();
    }

    @Test
    void writesStatusAsTheOtelZipkinMappingSays() throws Exception {
        JsonNode error = one(span("0000000000000001").setStatus(Status.newBuilder()
                .setCode(Status.StatusCode.STATUS_CODE_ERROR).setMessage("boom")).build()).get("tags");
        assertThat(error.get("error").asText()).isEqualTo("true");
        assertThat(error.get("otel.status_code").asText()).isEqualTo("Error");
        assertThat(error.get("otel.status_description").asText()).isEqualTo("boom");
        JsonNode ok = one(span("0000000000000001").addAttributes(kv("error", str("false")))
                .setStatus(Status.newBuilder().setCode(Status.StatusCode.STATUS_CODE_OK)).build()).get("tags");
        assertThat(ok.has("error")).isFalse(); // an "error" attribute is removed unless the status is ERROR
        assertThat(ok.get("otel.status_code").asText()).isEqualTo("Ok");
        assertThat(ok.has("otel.status_description")).isFalse();
        JsonNode unset = one(span("0000000000000001").addAttributes(kv("error", str("true"))).build()).get("tags");
        assertThat(unset.has("error")).isFalse();
        assertThat(unset.has("otel.status_code")).isFalse();
    }

    @Test
    void writesEveryAttributeTypeAsPdataAsString() throws Exception {
        AnyValue list = AnyValue.newBuilder().setArrayValue(ArrayValue.newBuilder()
                .addValues(str("a")).addValues(integer(2)).addValues(dbl(0.5)).addValues(AnyValue.getDefaultInstance())).build();
        AnyValue map = AnyValue.newBuilder().setKvlistValue(KeyValueList.newBuilder()
                .addValues(kv("z", str("<b>&")))
                .addValues(kv("a", AnyValue.newBuilder().setBoolValue(true).build()))
                .addValues(kv("bytes", AnyValue.newBuilder().setBytesValue(ByteString.copyFromUtf8("hi")).build()))).build();
        JsonNode tags = one(span("0000000000000001")
                .addAttributes(kv("s", str("text")))
                .addAttributes(kv("b", AnyValue.newBuilder().setBoolValue(false).build()))
                .addAttributes(kv("i", integer(-42)))
                .addAttributes(kv("d", dbl(1.5)))
                .addAttributes(kv("d.whole", dbl(100.0)))
                .addAttributes(kv("d.big", dbl(1e21)))
                .addAttributes(kv("d.small", dbl(1.5e-7)))
                .addAttributes(kv("d.nan", dbl(Double.NaN)))
                .addAttributes(kv("bytes", AnyValue.newBuilder().setBytesValue(ByteString.copyFrom(new byte[] {1, 2, (byte) 0xff})).build()))
                .addAttributes(kv("list", list))
                .addAttributes(kv("map", map))
                .addAttributes(kv("empty", AnyValue.getDefaultInstance()))
                .build()).get("tags");
        assertThat(tags.get("s").asText()).isEqualTo("text");
        assertThat(tags.get("b").asText()).isEqualTo("false");
        assertThat(tags.get("i").asText()).isEqualTo("-42");
        assertThat(tags.get("d").asText()).isEqualTo("1.5");
        assertThat(tags.get("d.whole").asText()).isEqualTo("100");
        assertThat(tags.get("d.big").asText()).isEqualTo("1e+21");
        assertThat(tags.get("d.small").asText()).isEqualTo("1.5e-7");
        assertThat(tags.get("d.nan").asText()).isEqualTo("json: unsupported value: NaN");
        assertThat(tags.get("bytes").asText()).isEqualTo("AQL/");
        assertThat(tags.get("list").asText()).isEqualTo("[\"a\",2,0.5,null]");
        assertThat(tags.get("map").asText()).isEqualTo("{\"a\":true,\"bytes\":\"aGk=\",\"z\":\"\\u003cb\\u003e\\u0026\"}");
        assertThat(tags.get("empty").asText()).isEmpty();
    }

    @Test
    void takesTheServiceNameFromTheResourceAndKeepsTheRestAsTagsUnderTheSpansOwn() throws Exception {
        JsonNode s = json(request(List.of(kv("service.name", str("shop")), kv("env", str("prod")), kv("k", str("resource"))),
                span("0000000000000001").addAttributes(kv("k", str("span"))).build())).get(0);
        assertThat(s.get("localEndpoint").get("serviceName").asText()).isEqualTo("shop");
        assertThat(s.get("tags").has("service.name")).isFalse();
        assertThat(s.get("tags").get("env").asText()).isEqualTo("prod");
        assertThat(s.get("tags").get("k").asText()).isEqualTo("span");
    }

    @Test
    void fallsBackToFaasNameThenANamedPlaceholder() throws Exception {
        JsonNode faas = json(request(List.of(kv("faas.name", str("fn")), kv("k8s.deployment.name", str("dep"))),
                span("0000000000000001").build())).get(0);
        assertThat(faas.get("localEndpoint").get("serviceName").asText()).isEqualTo("fn");
        assertThat(faas.get("tags").get("otlp.service.name.source").asText()).isEqualTo("faas.name");
        assertThat(faas.get("tags").get("k8s.deployment.name").asText()).isEqualTo("dep");
        JsonNode none = json(request(List.of(), span("0000000000000001").build())).get(0);
        assertThat(none.get("localEndpoint").get("serviceName").asText()).isEqualTo("OTLPResourceNoServiceName");
    }

    @Test
    void aScopeWithoutANameKeepsTheTagOfTheScopeBeforeIt() throws Exception {
        ExportTraceServiceRequest request = ExportTraceServiceRequest.newBuilder().addResourceSpans(ResourceSpans.newBuilder()
                .addScopeSpans(ScopeSpans.newBuilder().setScope(InstrumentationScope.newBuilder().setName("first"))
                        .addSpans(span("0000000000000001")))
                .addScopeSpans(ScopeSpans.newBuilder().addSpans(span("0000000000000002")))).build();
        JsonNode spans = json(request);
        assertThat(spans.get(1).get("tags").get("otel.scope.name").asText()).isEqualTo("first");
    }

    @Test
    void takesTheEndpointsOutOfTheTags() throws Exception {
        JsonNode s = one(span("0000000000000001")
                .addAttributes(kv("service.peer.name", str("db")))
                .addAttributes(kv("network.peer.address", str("2001:db8:0:0:0:0:0:1")))
                .addAttributes(kv("net.peer.port", integer(5432)))
                .addAttributes(kv("network.local.address", str("10.0.0.7")))
                .addAttributes(kv("net.host.port", str("8080")))
                .addAttributes(kv("peer.service", str("old-name"))).build());
        assertThat(s.get("remoteEndpoint").toString()).isEqualTo("{\"serviceName\":\"db\",\"ipv6\":\"2001:db8::1\",\"port\":5432}");
        assertThat(s.get("localEndpoint").toString()).isEqualTo("{\"serviceName\":\"shop\",\"ipv4\":\"10.0.0.7\",\"port\":8080}");
        assertThat(s.get("tags").has("service.peer.name")).isFalse();
        assertThat(s.get("tags").has("network.peer.address")).isFalse();
        assertThat(s.get("tags").has("net.host.port")).isFalse();
        assertThat(s.get("tags").get("peer.service").asText()).isEqualTo("old-name"); // the older key is a plain tag
    }

    @Test
    void dropsUnusableEndpointValuesButStillRemovesTheirKeys() throws Exception {
        JsonNode s = one(span("0000000000000001")
                .addAttributes(kv("network.peer.address", str("db.example.com")))
                .addAttributes(kv("net.peer.port", str("5432"))).build());
        assertThat(s.has("remoteEndpoint")).isFalse();
        assertThat(s.get("tags").has("network.peer.address")).isFalse();
        assertThat(s.get("tags").has("net.peer.port")).isFalse();
        JsonNode big = one(span("0000000000000001").addAttributes(kv("network.peer.address", str("10.1.2.3")))
                .addAttributes(kv("net.peer.port", str("70000"))).build());
        assertThat(big.get("remoteEndpoint").toString()).isEqualTo("{\"ipv4\":\"10.1.2.3\",\"port\":65535}");
        JsonNode mapped = one(span("0000000000000001").addAttributes(kv("network.peer.address", str("::ffff:10.1.2.3"))).build());
        // the translator picks the field by the colon, and Go writes the address back in dotted form
        assertThat(mapped.get("remoteEndpoint").toString()).isEqualTo("{\"ipv6\":\"10.1.2.3\"}");
    }

    @Test
    void writesEventsAsAnnotationsAndLinksAsTags() throws Exception {
        JsonNode s = one(span("0000000000000001").setTraceState("k=v")
                .addEvents(Span.Event.newBuilder().setName("plain").setTimeUnixNano(START + 1_000))
                .addEvents(Span.Event.newBuilder().setName("with").setTimeUnixNano(START + 2_000)
                        .addAttributes(kv("b", integer(1))).addAttributes(kv("a", str("<x>"))).setDroppedAttributesCount(2))
                .addEvents(Span.Event.newBuilder().setName("dropped").setTimeUnixNano(START).setDroppedAttributesCount(3))
                .addLinks(Span.Link.newBuilder().setTraceId(id(TRACE)).setSpanId(id("1112131415161718")).setTraceState("a=b")
                        .addAttributes(kv("why", str("retry"))).setDroppedAttributesCount(1))
                .addLinks(Span.Link.newBuilder())
                .build());
        assertThat(s.get("annotations").toString()).isEqualTo("[{\"timestamp\":1700000000123458,\"value\":\"plain\"},"
                + "{\"timestamp\":1700000000123459,\"value\":\"with|{\\\"a\\\":\\\"\\\\u003cx\\\\u003e\\\",\\\"b\\\":1}|2\"},"
                + "{\"timestamp\":1700000000123457,\"value\":\"dropped|{}|3\"}]");
        assertThat(s.get("tags").get("otlp.link.0").asText())
                .isEqualTo(TRACE + "|1112131415161718|a=b|{\"why\":\"retry\"}|1");
        assertThat(s.get("tags").get("otlp.link.1").asText()).isEqualTo("|||{}|0");
        assertThat(s.get("tags").get("w3c.tracestate").asText()).isEqualTo("k=v");
    }

    @Test
    void anInvalidIdFailsTheWholeRequest() {
        assertThatThrownBy(() -> one(span("0000000000000001").setTraceId(ByteString.EMPTY).build()))
                .isInstanceOf(InvalidSpanException.class).hasMessage("TraceID is invalid");
        assertThatThrownBy(() -> one(span("0000000000000000").build()))
                .isInstanceOf(InvalidSpanException.class).hasMessage("SpanID is invalid");
        assertThatThrownBy(() -> one(span("0000000000000001").addEvents(Span.Event.newBuilder().setName("e")
                .addAttributes(kv("x", dbl(Double.POSITIVE_INFINITY)))).build()))
                .isInstanceOf(InvalidSpanException.class).hasMessageStartingWith("json: unsupported value");
    }
}
