package dev.otelint.collector.exporter.opensearch;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.google.protobuf.Message;
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
import dev.otelint.records.OtlpScope;
import dev.otelint.records.SimpleSchemaEncoder;
import io.opentelemetry.proto.collector.logs.v1.ExportLogsServiceRequest;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import io.opentelemetry.proto.common.v1.AnyValue;
import io.opentelemetry.proto.common.v1.KeyValue;
import io.opentelemetry.proto.logs.v1.LogRecord;
import io.opentelemetry.proto.logs.v1.ResourceLogs;
import io.opentelemetry.proto.logs.v1.ScopeLogs;
import io.opentelemetry.proto.trace.v1.ResourceSpans;
import io.opentelemetry.proto.trace.v1.ScopeSpans;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The exporter against a real OpenSearch: documents land as the encoder writes them, routing, templates, refusals. */
@Tag("opensearch")
@ExtendWith(OpenSearchExtension.class)
class OpenSearchExporterTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ByteArrayOutputStream log = new ByteArrayOutputStream();
    private final List<String> rejected = new CopyOnWriteArrayList<>();
    private final ComponentSettings settings = new ComponentSettings(ComponentId.parse("opensearch"),
            ComponentKind.EXPORTER, new CollectorLog(new PrintStream(log, true, StandardCharsets.UTF_8)),
            new MetricRegistry(), new ExportOutcomes() {
                @Override
                public void rejected(ComponentId exporter, SignalType<?> signal, long items, String reason) {
                    rejected.add(items + " " + reason);
                }
            });
    private final String dataset = "t" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    private final List<Runnable> cleanup = new ArrayList<>();
    private QueuedRetryExporter<?> exporter;

    @AfterEach
    void stop() {
        if (exporter != null) {
            exporter.shutdown();
        }
        cleanup.forEach(Runnable::run);
    }

    private OpenSearchExporterConfig config(OpenSearchClient os) {
        OpenSearchExporterConfig config = new OpenSearchExporterConfig();
        config.http.endpoint = os.url();
        config.dataset = dataset;
        config.sendingQueue.enabled = false; // consume returns once OpenSearch answered
        return config;
    }

    @SuppressWarnings("unchecked")
    private <T extends Message> QueuedRetryExporter<T> start(SignalType<T> signal, OpenSearchExporterConfig config) {
        config.validate();
        exporter = (QueuedRetryExporter<T>) new OpenSearchExporterFactory().createExporter(signal, settings, config);
        exporter.start(null);
        return (QueuedRetryExporter<T>) exporter;
    }

    private List<JsonNode> documents(OpenSearchClient os, String index) {
        cleanup.add(() -> os.delete("/" + index));
        os.post("/" + index + "/_refresh", "");
        List<JsonNode> docs = new ArrayList<>();
        os.getOrFail("/" + index + "/_search?size=100").json().path("hits").path("hits")
                .forEach(hit -> docs.add(withoutExportTime(hit.path("_source"))));
        return docs;
    }

    /** observedTimestamp is the export time, the one field a second encoding cannot repeat. */
    private static JsonNode withoutExportTime(JsonNode doc) {
        ObjectNode copy = doc.deepCopy();
        copy.remove("observedTimestamp");
        return copy;
    }

    private List<JsonNode> encodedLogs(ExportLogsServiceRequest request) throws Exception {
        SimpleSchemaEncoder encoder = new SimpleSchemaEncoder(dataset, "namespace", Clock.systemUTC());
        List<JsonNode> docs = new ArrayList<>();
        for (ResourceLogs r : request.getResourceLogsList()) {
            for (ScopeLogs s : r.getScopeLogsList()) {
                for (LogRecord record : s.getLogRecordsList()) {
                    OtlpScope scope = OtlpScope.of(r.getResource(), s.getScope(), s.getSchemaUrl());
                    docs.add(withoutExportTime(JSON.readTree(encoder.encodeLog(scope, record, null).toJson())));
                }
            }
        }
        return docs;
    }

    @Test
    void logsLandAsTheEncoderWritesThem(OpenSearchClient os) throws Exception {
        ExportLogsServiceRequest logs = Otlp.logs(5);
        start(SignalType.LOGS, config(os)).consume(logs);

        List<JsonNode> stored = documents(os, "ss4o_logs-" + dataset + "-namespace");
        assertThat(stored).containsExactlyInAnyOrderElementsOf(encodedLogs(logs));
        assertThat(exporter.sentItems()).isEqualTo(5);
    }

    @Test
    void tracesLandAsTheEncoderWritesThem(OpenSearchClient os) throws Exception {
        ExportTraceServiceRequest traces = Otlp.spans(3);
        start(SignalType.TRACES, config(os)).consume(traces);

        SimpleSchemaEncoder encoder = new SimpleSchemaEncoder(dataset, "namespace", Clock.systemUTC());
        List<JsonNode> expected = new ArrayList<>();
        ResourceSpans r = traces.getResourceSpans(0);
        ScopeSpans s = r.getScopeSpans(0);
        for (var span : s.getSpansList()) {
            expected.add(JSON.readTree(encoder.encodeSpan(OtlpScope.of(r.getResource(), s.getScope(), s.getSchemaUrl()),
                    span, null).toJson()));
        }
        assertThat(documents(os, "ss4o_traces-" + dataset + "-namespace")).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void logsIndexPlaceholdersRouteEachRecordAndFallBack(OpenSearchClient os) {
        OpenSearchExporterConfig config = config(os);
        config.logsIndex = dataset + "-%{app}";
        config.logsIndexFallback = "other";
        ExportLogsServiceRequest logs = logsWith(List.of(attr("app", "cart"), attr("app", "cart"), attr("app", "pay"),
                attr("unrelated", "x")));
        start(SignalType.LOGS, config).consume(logs);

        assertThat(documents(os, dataset + "-cart")).hasSize(2);
        assertThat(documents(os, dataset + "-pay")).hasSize(1);
        assertThat(documents(os, dataset + "-other")).hasSize(1);
    }

    @Test
    void bulkActionIndexIsRefusedByADataStreamWhereCreateLands(OpenSearchClient os) {
        String template = dataset + "-stream";
        os.putOrFail("/_index_template/" + template, "{\"index_patterns\":[\"ss4o_logs-" + dataset
                + "-*\"],\"data_stream\":{},\"priority\":2000}");
        cleanup.add(() -> os.delete("/_index_template/" + template));
        cleanup.add(() -> os.delete("/_data_stream/ss4o_logs-" + dataset + "-namespace"));
        OpenSearchExporterConfig config = config(os);
        config.bulkAction = "index";
        start(SignalType.LOGS, config).consume(Otlp.logs(2));
        assertThat(exporter.failedItems()).isEqualTo(2);
        assertThat(rejected).singleElement().asString().startsWith("2 illegal_argument_exception: ")
                .contains("op_type of create");
        exporter.shutdown();

        start(SignalType.LOGS, config(os)).consume(Otlp.logs(2));
        assertThat(exporter.sentItems()).isEqualTo(2);
        os.post("/ss4o_logs-" + dataset + "-namespace/_refresh", "");
        assertThat(os.getOrFail("/ss4o_logs-" + dataset + "-namespace/_count").json().path("count").asInt())
                .isEqualTo(2);
    }

    @Test
    void aMappingConflictRejectsExactlyTheConflictingItemsWithOpenSearchsReason(OpenSearchClient os) {
        String index = "ss4o_logs-" + dataset + "-namespace";
        os.putOrFail("/" + index, "{\"mappings\":{\"properties\":{\"attributes\":{\"properties\":"
                + "{\"count\":{\"type\":\"long\"}}}}}}");
        start(SignalType.LOGS, config(os)).consume(logsWith(List.of(attr("count", "12"), attr("count", "many"),
                attr("count", "7"), attr("count", "lots"))));

        assertThat(exporter.sentItems()).isEqualTo(2);
        assertThat(exporter.failedItems()).isEqualTo(2);
        assertThat(rejected).singleElement().asString()
                .startsWith("2 mapper_parsing_exception: failed to parse field [attributes.count] of type [long]");
        assertThat(documents(os, index)).extracting(d -> d.path("attributes").path("count").asText())
                .containsExactlyInAnyOrder("12", "7");
        String text = log.toString(StandardCharsets.UTF_8);
        assertThat(text.split("OpenSearch refused documents", -1)).hasSize(2); // logged once
    }

    @Test
    void templatesFromTheNginxExampleAreInstalledAndApplied(OpenSearchClient os) {
        String index = "ss4o_logs-" + dataset + "-namespace";
        List<OpenSearchTemplates.Installed> installed;
        try (OpenSearchConnection connection = OpenSearchConnection.open(config(os).http, null)) {
            installed = new OpenSearchTemplates(connection).install(Path.of("examples/nginx/schemas"));
        }
        cleanup.add(() -> os.delete("/_data_stream/" + index));
        cleanup.add(() -> os.delete("/_index_template/logs"));
        for (String component : List.of("http", "url", "nginx")) {
            cleanup.add(() -> os.delete("/_component_template/" + component));
        }
        assertThat(installed).extracting(OpenSearchTemplates.Installed::kind, OpenSearchTemplates.Installed::name)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("component", "http"),
                        org.assertj.core.groups.Tuple.tuple("component", "nginx"),
                        org.assertj.core.groups.Tuple.tuple("component", "url"),
                        org.assertj.core.groups.Tuple.tuple("index", "logs"));

        start(SignalType.LOGS, config(os)).consume(Otlp.logs(1));

        JsonNode mapping = os.getOrFail("/" + index + "/_mapping/field/client.address,attributes.data_stream.dataset")
                .json();
        assertThat(mapping.findValue("client.address").findValue("type").asText()).isEqualTo("keyword");
        assertThat(exporter.sentItems()).isEqualTo(1);
    }

    @Test
    void aTemplateOpenSearchRefusesIsOneLineNamingTheFileAndTheReason(OpenSearchClient os) throws Exception {
        Path dir = java.nio.file.Files.createTempDirectory("otelint-templates");
        Path bad = dir.resolve("broken-1.0.0.mapping.json");
        java.nio.file.Files.writeString(bad, "{\"template\":{\"mappings\":{\"properties\":{\"x\":{\"type\":\"lng\"}}}}}");
        try (OpenSearchConnection connection = OpenSearchConnection.open(config(os).http, null)) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> new OpenSearchTemplates(connection).install(dir))
                    .isInstanceOf(dev.otelint.report.BadInputException.class)
                    .hasMessageStartingWith(bad + ": OpenSearch refused component template [broken]: "
                            + "mapper_parsing_exception: ")
                    .hasMessageNotContaining("\n");
        } finally {
            java.nio.file.Files.delete(bad);
            java.nio.file.Files.delete(dir);
        }
    }

    private static KeyValue attr(String key, String value) {
        return KeyValue.newBuilder().setKey(key).setValue(AnyValue.newBuilder().setStringValue(value)).build();
    }

    private static ExportLogsServiceRequest logsWith(List<KeyValue> attributes) {
        ScopeLogs.Builder scope = ScopeLogs.newBuilder();
        for (KeyValue attribute : attributes) {
            scope.addLogRecords(LogRecord.newBuilder().setTimeUnixNano(1_700_000_000_000_000_000L)
                    .setBody(AnyValue.newBuilder().setStringValue("line")).addAttributes(attribute));
        }
        return ExportLogsServiceRequest.newBuilder().addResourceLogs(ResourceLogs.newBuilder().addScopeLogs(scope))
                .build();
    }
}
