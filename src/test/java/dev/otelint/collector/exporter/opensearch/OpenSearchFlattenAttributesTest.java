package dev.otelint.collector.exporter.opensearch;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.protobuf.ByteString;
import dev.otelint.collector.ComponentId;
import dev.otelint.collector.ComponentKind;
import dev.otelint.collector.Otlp;
import dev.otelint.collector.component.CollectorLog;
import dev.otelint.collector.component.ComponentSettings;
import dev.otelint.collector.component.ExportOutcomes;
import dev.otelint.collector.component.SignalType;
import dev.otelint.collector.exporter.helper.QueuedRetryExporter;
import dev.otelint.collector.service.telemetry.MetricRegistry;
import dev.otelint.opensearch.OpenSearchClient;
import dev.otelint.opensearch.OpenSearchExtension;
import dev.otelint.records.FlattenAttributesEncoder;
import dev.otelint.records.OtlpScope;
import io.opentelemetry.proto.collector.logs.v1.ExportLogsServiceRequest;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import io.opentelemetry.proto.common.v1.AnyValue;
import io.opentelemetry.proto.common.v1.ArrayValue;
import io.opentelemetry.proto.common.v1.InstrumentationScope;
import io.opentelemetry.proto.common.v1.KeyValue;
import io.opentelemetry.proto.common.v1.KeyValueList;
import io.opentelemetry.proto.logs.v1.LogRecord;
import io.opentelemetry.proto.logs.v1.ResourceLogs;
import io.opentelemetry.proto.logs.v1.ScopeLogs;
import io.opentelemetry.proto.resource.v1.Resource;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** mapping.mode flatten_attributes against a real OpenSearch: what lands, and what OpenSearch makes of the dots. */
@Tag("opensearch")
@ExtendWith(OpenSearchExtension.class)
class OpenSearchFlattenAttributesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final String dataset = "f" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    private final List<Runnable> cleanup = new ArrayList<>();
    private final List<String> rejected = new CopyOnWriteArrayList<>();
    private QueuedRetryExporter<?> exporter;

    @AfterEach
    void stop() {
        if (exporter != null) {
            exporter.shutdown();
        }
        cleanup.forEach(Runnable::run);
    }

    @Test
    void logRecordsLandWithTopLevelDottedKeysThatOpenSearchMapsAsObjects(OpenSearchClient os) throws Exception {
        ExportLogsServiceRequest logs = logs();
        start(SignalType.LOGS, os).consume(logs);

        String index = "ss4o_logs-" + dataset + "-namespace";
        List<JsonNode> stored = documents(os, index);
        FlattenAttributesEncoder encoder = new FlattenAttributesEncoder();
        List<JsonNode> expected = new ArrayList<>();
        ResourceLogs r = logs.getResourceLogs(0);
        ScopeLogs s = r.getScopeLogs(0);
        for (LogRecord record : s.getLogRecordsList()) {
            OtlpScope scope = OtlpScope.of(r.getResource(), s.getScope(), s.getSchemaUrl());
            expected.add(JSON.readTree(encoder.encodeLog(scope, record).toJson()));
        }
        assertThat(stored).containsExactlyInAnyOrderElementsOf(expected);

        JsonNode first = stored.stream().filter(d -> d.has("Body.msg")).findFirst().orElseThrow();
        assertThat(first.path("service.name").asText()).isEqualTo("cart");
        assertThat(first.path("@timestamp").asText()).isEqualTo("2023-11-14T22:13:20.123000000Z");
        assertThat(first.path("TraceId").asText()).isEqualTo("5b8efff798038103d269b633813fc60c");
        assertThat(first.path("http.route").asText()).isEqualTo("/pay");
        assertThat(first.has("Attributes") || first.has("Resource") || first.has("attributes")).isFalse();

        JsonNode properties = os.getOrFail("/" + index + "/_mapping").json().elements().next()
                .path("mappings").path("properties");
        // OpenSearch expands a dotted key into objects: service.name is the field "name" of the object "service"
        assertThat(properties.path("service").path("properties").path("name").path("type").asText()).isNotEmpty();
        assertThat(properties.path("Body").path("properties").path("msg").path("type").asText()).isNotEmpty();
        assertThat(properties.path("@timestamp").path("type").asText()).isEqualTo("date");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aTextBodyAfterAMapBodyIsRefusedByOpenSearchAsBodyIsThenAnObject(OpenSearchClient os) {
        LogRecord textBody = LogRecord.newBuilder().setTimeUnixNano(1_700_000_002_000_000_000L)
                .setBody(AnyValue.newBuilder().setStringValue("plain text")).build();
        start(SignalType.LOGS, os).consume(logs());
        ((QueuedRetryExporter<ExportLogsServiceRequest>) exporter).consume(request(textBody));

        assertThat(documents(os, "ss4o_logs-" + dataset + "-namespace")).hasSize(2);
        assertThat(rejected).singleElement().asString().startsWith("1 ").contains("mapper_parsing_exception")
                .contains("[Body]");
    }

    @Test
    void spansStaySimpleSchemaDocuments(OpenSearchClient os) {
        ExportTraceServiceRequest traces = Otlp.spans(2);
        start(SignalType.TRACES, os).consume(traces);

        List<JsonNode> stored = documents(os, "ss4o_traces-" + dataset + "-namespace");
        assertThat(stored).hasSize(2).allSatisfy(doc -> {
            assertThat(doc.has("traceId") && doc.has("startTime") && doc.has("resource")).isTrue();
            assertThat(doc.path("attributes").path("data_stream").path("type").asText()).isEqualTo("span");
        });
    }

    private <T extends com.google.protobuf.Message> QueuedRetryExporter<T> start(SignalType<T> signal,
                                                                                 OpenSearchClient os) {
        OpenSearchExporterConfig config = new OpenSearchExporterConfig();
        config.http.endpoint = os.url();
        config.dataset = dataset;
        config.mapping.mode = "flatten_attributes";
        config.sendingQueue.enabled = false; // consume returns once OpenSearch answered
        config.validate();
        ComponentSettings settings = new ComponentSettings(ComponentId.parse("opensearch"), ComponentKind.EXPORTER,
                new CollectorLog(new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8)),
                new MetricRegistry(), new ExportOutcomes() {
                    @Override
                    public void rejected(ComponentId id, SignalType<?> s, long items, String reason) {
                        rejected.add(items + " " + reason);
                    }
                });
        @SuppressWarnings("unchecked")
        QueuedRetryExporter<T> created = (QueuedRetryExporter<T>) new OpenSearchExporterFactory().createExporter(signal, settings, config);
        exporter = created;
        created.start(null);
        return created;
    }

    private List<JsonNode> documents(OpenSearchClient os, String index) {
        cleanup.add(() -> os.delete("/" + index));
        os.post("/" + index + "/_refresh", "");
        List<JsonNode> docs = new ArrayList<>();
        os.getOrFail("/" + index + "/_search?size=100").json().path("hits").path("hits")
                .forEach(hit -> docs.add(hit.path("_source")));
        return docs;
    }

    private static ExportLogsServiceRequest logs() {
        Resource resource = Resource.newBuilder().addAttributes(Otlp.attr("service.name", "cart")).build();
        LogRecord withMapBody = LogRecord.newBuilder()
                .setTimeUnixNano(1_700_000_000_123_000_000L)
                .setTraceId(ByteString.copyFrom(HexFormat.of().parseHex("5b8efff798038103d269b633813fc60c")))
                .setSeverityText("INFO").setSeverityNumberValue(9)
                .setBody(AnyValue.newBuilder().setKvlistValue(KeyValueList.newBuilder()
                        .addValues(Otlp.attr("msg", "paid"))))
                .addAttributes(Otlp.attr("http.route", "/pay"))
                .addAttributes(KeyValue.newBuilder().setKey("retries").setValue(AnyValue.newBuilder().setIntValue(2)))
                .build();
        LogRecord withList = LogRecord.newBuilder()
                .setTimeUnixNano(1_700_000_001_000_000_000L)
                .addAttributes(KeyValue.newBuilder().setKey("tags").setValue(AnyValue.newBuilder()
                        .setArrayValue(ArrayValue.newBuilder().addValues(AnyValue.newBuilder().setStringValue("a")))))
                .build();
        return request(resource, withMapBody, withList);
    }

    private static ExportLogsServiceRequest request(LogRecord... records) {
        return request(Resource.getDefaultInstance(), records);
    }

    private static ExportLogsServiceRequest request(Resource resource, LogRecord... records) {
        return ExportLogsServiceRequest.newBuilder().addResourceLogs(ResourceLogs.newBuilder().setResource(resource)
                .addScopeLogs(ScopeLogs.newBuilder().setScope(InstrumentationScope.newBuilder().setName("lib"))
                        .addAllLogRecords(List.of(records)))).build();
    }
}
