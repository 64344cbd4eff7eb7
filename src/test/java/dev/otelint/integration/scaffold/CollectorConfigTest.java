package dev.otelint.integration.scaffold;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.otelint.catalog.MappingCatalog;
import dev.otelint.records.Signal;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** getting-started/collector.yaml of a new integration: a Collector config otelcol-contrib can load. */
class CollectorConfigTest {

    // component types of otelcol-contrib that the templates use (opentelemetry-collector-releases,
    // distributions/otelcol-contrib/manifest.yaml: filelogreceiver, otlpreceiver, batchprocessor,
    // transformprocessor, opensearchexporter)
    private static final Map<String, Set<String>> CONTRIB = Map.of(
            "receivers", Set.of("filelog", "otlp"),
            "processors", Set.of("batch", "transform"),
            "exporters", Set.of("opensearch"));

    @TempDir
    Path parent;

    @ParameterizedTest
    @EnumSource(Signal.class)
    void pipelinesUseContribComponentsAndWriteToTheIntegrationsDataStream(Signal type) throws IOException {
        Path dir = create(type);
        JsonNode config = new YAMLMapper().readTree(dir.resolve("getting-started/collector.yaml").toFile());
        for (Map.Entry<String, Set<String>> kind : CONTRIB.entrySet()) {
            config.get(kind.getKey()).fieldNames().forEachRemaining(id ->
                    assertThat(kind.getValue()).as(kind.getKey()).contains(id.split("/")[0]));
        }
        JsonNode pipeline = config.at("/service/pipelines/" + type.label());
        assertThat(pipeline.isObject()).as("a " + type.label() + " pipeline").isTrue();
        for (String kind : CONTRIB.keySet()) {
            for (JsonNode id : pipeline.get(kind)) {
                assertThat(config.get(kind).has(id.asText())).as(kind + " " + id).isTrue();
            }
        }
        JsonNode exporter = config.at("/exporters/opensearch");
        // opensearchexporter indexes into ss4o_<type>-<dataset>-<namespace>: the dashboard's pattern must match it
        String index = "ss4o_" + type.label() + "-" + exporter.get("dataset").asText() + "-" + exporter.get("namespace").asText();
        assertThat(index).isEqualTo("ss4o_" + type.label() + "-app-default");
        assertThat(Files.readString(dir.resolve("assets/app-1.0.0.ndjson"))).contains("\"title\":\"ss4o_" + type.label() + "-app-*\"");
    }

    @Test
    void theLogParserMatchesEveryRawLineAndAgreesWithTheSampleRecords() throws IOException {
        Path dir = create(Signal.LOGS);
        JsonNode config = new YAMLMapper().readTree(dir.resolve("getting-started/collector.yaml").toFile());
        assertThat(config.at("/receivers/filelog/include/0").asText()).isEqualTo("getting-started/raw.log");
        Pattern regex = javaRegex(config.at("/receivers/filelog/operators/0/regex").asText());
        List<String> lines = Files.readAllLines(dir.resolve("getting-started/raw.log"));
        JsonNode records = new ObjectMapper().readTree(dir.resolve("data/sample.json").toFile());
        assertThat(lines).hasSize(records.size());
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = regex.matcher(lines.get(i));
            assertThat(m.matches()).as(lines.get(i)).isTrue();
            JsonNode record = records.get(i);
            assertThat(record.get("body").asText()).isEqualTo(lines.get(i));
            assertThat(m.group("method")).isEqualTo(record.at("/http/request/method").asText());
            assertThat(Integer.parseInt(m.group("status"))).isEqualTo(record.at("/http/response/status_code").asInt());
            assertThat(m.group("path")).isEqualTo(record.at("/url/path").asText());
            assertThat(m.group("clientaddress")).isEqualTo(record.at("/communication/source/address").asText());
        }
    }

    private Path create(Signal type) {
        IntegrationScaffolder scaffolder = new IntegrationScaffolder(TemplateSource.builtin(), MappingCatalog.builtin());
        ScaffoldRequest request = new ScaffoldChoices().name("app").type(type).complete(scaffolder.defaults(), parent, false);
        return scaffolder.create(request).directory();
    }

    /** RE2's (?P<name>...) as Java's (?<name>...); Java group names take no underscores. */
    static Pattern javaRegex(String re2) {
        Matcher groups = Pattern.compile("\\(\\?P<([a-z_]+)>").matcher(re2);
        StringBuilder java = new StringBuilder();
        while (groups.find()) {
            groups.appendReplacement(java, "(?<" + groups.group(1).replace("_", "") + ">");
        }
        groups.appendTail(java);
        return Pattern.compile(java.toString());
    }
}
