package dev.otelint.collector.exporter.zipkin;

import static dev.otelint.collector.exporter.zipkin.ZipkinTranslatorTest.START;
import static dev.otelint.collector.exporter.zipkin.ZipkinTranslatorTest.TRACE;
import static dev.otelint.collector.exporter.zipkin.ZipkinTranslatorTest.dbl;
import static dev.otelint.collector.exporter.zipkin.ZipkinTranslatorTest.id;
import static dev.otelint.collector.exporter.zipkin.ZipkinTranslatorTest.integer;
import static dev.otelint.collector.exporter.zipkin.ZipkinTranslatorTest.kv;
import static dev.otelint.collector.exporter.zipkin.ZipkinTranslatorTest.str;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.google.protobuf.ByteString;
import dev.otelint.collector.Await;
import dev.otelint.collector.ComponentId;
import dev.otelint.collector.ComponentKind;
import dev.otelint.collector.component.CollectorLog;
import dev.otelint.collector.component.ComponentSettings;
import dev.otelint.collector.component.SignalType;
import dev.otelint.collector.exporter.helper.QueuedRetryExporter;
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
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.extension.ExtendWith;

/** Pushes one trace through the exporter to a real Zipkin and reads every mapped field back from its API. */
@ExtendWith(ZipkinExtension.class)
class ZipkinServerRoundTripTest {
    private static final String ROOT = "0000000000000001";
    /** The same trace, pushed once per format under its own trace id. */
    private static final Map<String, String> TRACE_BY_FORMAT = Map.of("json", TRACE, "proto", "0af7651916cd43dd8448eb211c80319c");
    private static final Map<String, Map<String, JsonNode>> STORED = new HashMap<>();

    @BeforeAll
    static void push(ZipkinServer zipkin) throws Exception {
        for (Map.Entry<String, String> e : TRACE_BY_FORMAT.entrySet()) {
            STORED.put(e.getKey(), push(zipkin, e.getKey(), e.getValue()));
        }
    }

    private static Map<String, JsonNode> push(ZipkinServer zipkin, String format, String traceId) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ZipkinExporterConfig config = new ZipkinExporterConfig();
        config.endpoint = zipkin.spansUrl();
        config.format = format;
        config.validate();
        @SuppressWarnings("unchecked")
        QueuedRetryExporter<ExportTraceServiceRequest> exporter = (QueuedRetryExporter<ExportTraceServiceRequest>)
                new ZipkinExporterFactory().createExporter(SignalType.TRACES, new ComponentSettings(ComponentId.parse("zipkin"),
                        ComponentKind.EXPORTER, new CollectorLog(new PrintStream(out, true, StandardCharsets.UTF_8))), config);
        exporter.start(null);
        try {
            exporter.consume(trace(traceId));
            Await.until(() -> exporter.sentItems() + exporter.failedItems() == 6);
        } finally {
            exporter.shutdown();
        }
        assertThat(exporter.failedItems()).as(out.toString(StandardCharsets.UTF_8)).isZero();
        Map<String, JsonNode> byId = new HashMap<>();
        zipkin.awaitTrace(traceId, 6).forEach(s -> byId.put(s.get("id").asText(), s));
        return byId;
    }

    private static Span.Builder span(String spanId, String traceId) {
        return ZipkinTranslatorTest.span(spanId).setTraceId(id(traceId));
    }

    private static ExportTraceServiceRequest trace(String traceId) {
        Span root = span(ROOT, traceId).setName("GET /Checkout").setKind(Span.SpanKind.SPAN_KIND_SERVER)
                .setStatus(Status.newBuilder().setCode(Status.StatusCode.STATUS_CODE_ERROR).setMessage("payment failed"))
                .addAttributes(kv("s", str("text"))).addAttributes(kv("b", AnyValue.newBuilder().setBoolValue(true).build()))
                .addAttributes(kv("i", integer(7))).addAttributes(kv("d", dbl(0.25)))
                .addAttributes(kv("bytes", AnyValue.newBuilder().setBytesValue(ByteString.copyFromUtf8("hi")).build()))
                .addAttributes(kv("list", AnyValue.newBuilder().setArrayValue(ArrayValue.newBuilder()
                        .addValues(str("a")).addValues(integer(1))).build()))
                .addAttributes(kv("map", AnyValue.newBuilder().setKvlistValue(KeyValueList.newBuilder()
                        .addValues(kv("k", str("v")))).build()))
                .addEvents(Span.Event.newBuilder().setName("retrying").setTimeUnixNano(START + 1_000_000))
                .addEvents(Span.Event.newBuilder().setName("exception").setTimeUnixNano(START + 1_500_000)
                        .addAttributes(kv("exception.type", str("IOException"))))
                .build();
        Span client = span("0000000000000002", traceId).setName("SELECT").setParentSpanId(id(ROOT)).setKind(Span.SpanKind.SPAN_KIND_CLIENT)
                .setStartTimeUnixNano(START + 100_000).setEndTimeUnixNano(START + 900_400)
                .setStatus(Status.newBuilder().setCode(Status.StatusCode.STATUS_CODE_OK))
                .addAttributes(kv("service.peer.name", str("Postgres"))).addAttributes(kv("network.peer.address", str("::1")))
                .addAttributes(kv("net.peer.port", integer(5432))).build();
        Span producer = span("0000000000000003", traceId).setParentSpanId(id(ROOT)).setKind(Span.SpanKind.SPAN_KIND_PRODUCER).build();
        Span consumer = span("0000000000000004", traceId).setParentSpanId(id("0000000000000003"))
                .setKind(Span.SpanKind.SPAN_KIND_CONSUMER).build();
        Span internal = span("0000000000000005", traceId).setParentSpanId(id(ROOT)).setKind(Span.SpanKind.SPAN_KIND_INTERNAL)
                .setTraceState("vendor=1")
                .addLinks(Span.Link.newBuilder().setTraceId(id(TRACE)).setSpanId(id("0000000000000004"))
                        .addAttributes(kv("why", str("batch")))).build();
        Span anonymous = span("0000000000000006", traceId).setParentSpanId(id(ROOT)).build();
        return ExportTraceServiceRequest.newBuilder()
                .addResourceSpans(resource(List.of(kv("service.name", str("Checkout")), kv("deployment.environment.name", str("prod"))),
                        root, client, producer, consumer, internal))
                .addResourceSpans(resource(List.of(kv("host.name", str("worker-1"))), anonymous)).build();
    }

    private static ResourceSpans resource(List<KeyValue> attributes, Span... spans) {
        return ResourceSpans.newBuilder().setResource(Resource.newBuilder().addAllAttributes(attributes))
                .addScopeSpans(ScopeSpans.newBuilder().setScope(InstrumentationScope.newBuilder().setName("shop.http").setVersion("2.0"))
                        .addAllSpans(List.of(spans))).build();
    }

    @ParameterizedTest
    @ValueSource(strings = {"json", "proto"})
    void zipkinStoresEverySpanOfTheTraceWithItsParent(String format) {
        Map<String, JsonNode> stored = STORED.get(format);
        assertThat(stored).containsOnlyKeys(ROOT, "0000000000000002", "0000000000000003", "0000000000000004",
                "0000000000000005", "0000000000000006");
        assertThat(stored.get(ROOT).get("traceId").asText()).isEqualTo(TRACE_BY_FORMAT.get(format));
        assertThat(stored.get(ROOT).has("parentId")).isFalse();
        assertThat(stored.get("0000000000000004").get("parentId").asText()).isEqualTo("0000000000000003");
        assertThat(stored.get("0000000000000002").get("parentId").asText()).isEqualTo(ROOT);
    }

    @ParameterizedTest
    @ValueSource(strings = {"json", "proto"})
    void theRootSpanKeepsNameKindTimesStatusAttributesAndEvents(String format) {
        Map<String, JsonNode> stored = STORED.get(format);
        JsonNode root = stored.get(ROOT);
        assertThat(root.get("name").asText()).isEqualTo("get /checkout"); // Zipkin lowercases names
        assertThat(root.get("kind").asText()).isEqualTo("SERVER");
        assertThat(root.get("timestamp").asLong()).isEqualTo(1_700_000_000_123_457L);
        assertThat(root.get("duration").asLong()).isEqualTo(2000);
        assertThat(root.get("localEndpoint").toString()).isEqualTo("{\"serviceName\":\"checkout\"}");
        JsonNode tags = root.get("tags");
        assertThat(tags.get("error").asText()).isEqualTo("true");
        assertThat(tags.get("otel.status_code").asText()).isEqualTo("Error");
        assertThat(tags.get("otel.status_description").asText()).isEqualTo("payment failed");
        assertThat(tags.get("s").asText()).isEqualTo("text");
        assertThat(tags.get("b").asText()).isEqualTo("true");
        assertThat(tags.get("i").asText()).isEqualTo("7");
        assertThat(tags.get("d").asText()).isEqualTo("0.25");
        assertThat(tags.get("bytes").asText()).isEqualTo("aGk=");
        assertThat(tags.get("list").asText()).isEqualTo("[\"a\",1]");
        assertThat(tags.get("map").asText()).isEqualTo("{\"k\":\"v\"}");
        assertThat(tags.get("deployment.environment.name").asText()).isEqualTo("prod");
        assertThat(tags.get("otel.scope.name").asText()).isEqualTo("shop.http");
        assertThat(tags.get("otel.scope.version").asText()).isEqualTo("2.0");
        assertThat(tags.has("service.name")).isFalse();
        assertThat(root.get("annotations").toString()).isEqualTo("[{\"timestamp\":1700000000124457,\"value\":\"retrying\"},"
                + "{\"timestamp\":1700000000124957,\"value\":\"exception|{\\\"exception.type\\\":\\\"IOException\\\"}|0\"}]");
    }

    @ParameterizedTest
    @ValueSource(strings = {"json", "proto"})
    void theClientSpanNamesItsPeer(String format) {
        Map<String, JsonNode> stored = STORED.get(format);
        JsonNode client = stored.get("0000000000000002");
        assertThat(client.get("kind").asText()).isEqualTo("CLIENT");
        assertThat(client.get("duration").asLong()).isEqualTo(800); // 800.4 µs
        assertThat(client.get("remoteEndpoint").toString()).isEqualTo("{\"serviceName\":\"postgres\",\"ipv6\":\"::1\",\"port\":5432}");
        assertThat(client.get("tags").get("otel.status_code").asText()).isEqualTo("Ok");
        assertThat(client.get("tags").has("error")).isFalse();
        assertThat(client.get("tags").has("network.peer.address")).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"json", "proto"})
    void producerConsumerAndInternalSpansKeepTheirKind(String format) {
        Map<String, JsonNode> stored = STORED.get(format);
        assertThat(stored.get("0000000000000003").get("kind").asText()).isEqualTo("PRODUCER");
        assertThat(stored.get("0000000000000004").get("kind").asText()).isEqualTo("CONSUMER");
        JsonNode internal = stored.get("0000000000000005");
        assertThat(internal.has("kind")).isFalse();
        assertThat(internal.get("tags").get("span.kind").asText()).isEqualTo("internal");
        assertThat(internal.get("tags").get("w3c.tracestate").asText()).isEqualTo("vendor=1");
        assertThat(internal.get("tags").get("otlp.link.0").asText())
                .isEqualTo(TRACE + "|0000000000000004||{\"why\":\"batch\"}|0");
    }

    @ParameterizedTest
    @ValueSource(strings = {"json", "proto"})
    void aResourceWithoutServiceNameGetsTheTranslatorsPlaceholderAndKeepsItsAttributes(String format) {
        Map<String, JsonNode> stored = STORED.get(format);
        JsonNode anonymous = stored.get("0000000000000006");
        assertThat(anonymous.get("localEndpoint").get("serviceName").asText()).isEqualTo("otlpresourcenoservicename");
        assertThat(anonymous.get("tags").get("host.name").asText()).isEqualTo("worker-1");
        assertThat(anonymous.get("tags").has("deployment.environment.name")).isFalse();
    }
}
