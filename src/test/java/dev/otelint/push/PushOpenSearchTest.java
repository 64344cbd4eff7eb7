package dev.otelint.push;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.otelint.opensearch.OpenSearchClient;
import dev.otelint.opensearch.OpenSearchExtension;
import dev.otelint.records.Record;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** otelint push --to opensearch against a real OpenSearch: documents indexed as they are, OTLP through the exporter. */
@Tag("opensearch")
@ExtendWith(OpenSearchExtension.class)
class PushOpenSearchTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path NGINX = Path.of("examples/nginx");

    @TempDir
    Path dir;

    private final String unique = "t" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    private final List<Runnable> cleanup = new ArrayList<>();

    @AfterEach
    void deleteWhatWasCreated() {
        cleanup.forEach(Runnable::run);
    }

    private void deleteNginxTemplatesAfter(OpenSearchClient os) {
        cleanup.add(() -> os.delete("/_index_template/logs"));
        for (String component : List.of("http", "url", "nginx")) {
            cleanup.add(() -> os.delete("/_component_template/" + component));
        }
    }

    private List<JsonNode> documents(OpenSearchClient os, String index) {
        cleanup.add(() -> os.delete("/_data_stream/" + index));
        cleanup.add(() -> os.delete("/" + index));
        os.post("/" + index + "/_refresh", "");
        List<JsonNode> docs = new ArrayList<>();
        os.getOrFail("/" + index + "/_search?size=1000").json().path("hits").path("hits")
                .forEach(hit -> docs.add(hit.path("_source")));
        return docs;
    }

    @Test
    void nginxSamplesLandAsTheyAreWithTheIntegrationsTemplates(OpenSearchClient os) throws Exception {
        deleteNginxTemplatesAfter(os);
        String index = "ss4o_logs-nginx-production";
        cleanup.add(() -> os.delete("/_data_stream/" + index));
        PushRun run = PushRun.run(NGINX.toString(), "--to", "opensearch=" + os.url(), "--install-templates");

        assertThat(run.code()).as(run.out() + run.err()).isZero();
        assertThat(run.out()).contains("installed component template http (").contains("installed index template logs (")
                .contains("20 records").contains("accepted: 20").contains("rejected: 0");
        os.post("/" + index + "/_refresh", "");
        assertThat(os.getOrFail("/" + index + "/_count").json().path("count").asInt()).isEqualTo(20);
        List<JsonNode> samples = new ArrayList<>();
        JSON.readTree(NGINX.resolve("data/sample.json").toFile()).forEach(samples::add);
        assertThat(documents(os, index)).containsExactlyInAnyOrderElementsOf(samples);
        JsonNode mapping = os.getOrFail("/" + index + "/_mapping/field/client.address").json();
        assertThat(mapping.findValue("client.address").findValue("type").asText()).isEqualTo("keyword");
    }

    @Test
    void otlpLogsAndTracesLandAsTheEncoderWritesThem(OpenSearchClient os) throws Exception {
        Path logs = OtlpFiles.logs(dir, 2, 3);
        Path traces = OtlpFiles.traces(dir, 2, 2);
        PushRun run = PushRun.run("--to", "opensearch=" + os.url(), "--set", "exporters.opensearch.dataset=" + unique,
                logs.toString(), traces.toString());

        assertThat(run.code()).as(run.out() + run.err()).isZero();
        assertThat(run.out()).contains("10 records").contains("accepted: 10");
        assertThat(comparable(documents(os, "ss4o_logs-" + unique + "-namespace")))
                .containsExactlyInAnyOrderElementsOf(comparable(read(logs)));
        assertThat(comparable(documents(os, "ss4o_traces-" + unique + "-namespace")))
                .containsExactlyInAnyOrderElementsOf(comparable(read(traces)));
    }

    @Test
    void aDocumentConflictingWithTheTemplateIsRejectedWithOpenSearchsReason(OpenSearchClient os) throws Exception {
        deleteNginxTemplatesAfter(os);
        ArrayNode samples = (ArrayNode) JSON.readTree(NGINX.resolve("data/sample.json").toFile());
        ArrayNode input = JSON.createArrayNode();
        for (int i = 0; i < 3; i++) {
            ObjectNode doc = samples.get(i).deepCopy();
            ((ObjectNode) doc.path("attributes").path("data_stream")).put("namespace", unique);
            input.add(doc);
        }
        ((ObjectNode) input.get(1).path("http").path("response")).put("status_code", "not a number");
        Path file = dir.resolve("conflict.json");
        Files.writeString(file, input.toString());
        String index = "ss4o_logs-nginx-" + unique;
        cleanup.add(() -> os.delete("/_data_stream/" + index));

        PushRun run = PushRun.run(file.toString(), "--to", "opensearch=" + os.url(), "--install-templates",
                "--integration", NGINX.toString());

        assertThat(run.code()).as(run.out() + run.err()).isEqualTo(1);
        assertThat(run.out()).contains("accepted: 2").contains("rejected: 1")
                .containsPattern("1: mapper_parsing_exception: failed to parse field \\[http.response.status_code\\]");
        assertThat(documents(os, index)).hasSize(2);
    }

    private static List<JsonNode> read(Path otlp) throws Exception {
        List<JsonNode> docs = new ArrayList<>();
        for (Record r : PushRun.records(otlp)) {
            docs.add(JSON.readTree(r.document().toJson()));
        }
        return docs;
    }

    /** Without the export time and the data stream naming (the exporter's dataset, the reader's default). */
    private static List<JsonNode> comparable(List<JsonNode> docs) {
        List<JsonNode> result = new ArrayList<>();
        for (JsonNode doc : docs) {
            ObjectNode copy = doc.deepCopy();
            copy.remove("observedTimestamp");
            if (copy.path("attributes") instanceof ObjectNode attributes) {
                attributes.remove("data_stream");
            }
            result.add(copy);
        }
        return result;
    }
}
