package dev.otelint.migrate;

import static dev.otelint.migrate.MigrateFixtures.copy;
import static dev.otelint.migrate.MigrateFixtures.migrate;
import static dev.otelint.migrate.MigrateFixtures.read;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.otelint.cli.CliRun;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AssetMigrationTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void everyFieldReferenceOfTheBundleIsRenamedInItsLanguage() throws IOException {
        Path bundle = copy("assets/bundle.ndjson", dir);

        MigrateFixtures.Run run = migrate(dir, "--write", bundle.toString());

        assertThat(run.cli().out()).isEqualTo(bundle + ": 11 renames\n");
        List<JsonNode> objects = objects(bundle);
        assertThat(objects.get(0).at("/attributes/fields").textValue()).contains("\"url.full\"");
        JsonNode vis = objects.get(1).path("attributes");
        assertThat(json(vis.path("visState")).at("/aggs/1/params/field").textValue()).isEqualTo("http.request.method");
        assertThat(json(vis.at("/kibanaSavedObjectMeta/searchSourceJSON")).at("/query/query").textValue())
                .isEqualTo("http.request.method:GET and http.response.status_code >= 500");
        JsonNode search = objects.get(2).path("attributes");
        assertThat(search.path("columns").get(0).textValue()).isEqualTo("url.full");
        assertThat(json(search.at("/kibanaSavedObjectMeta/searchSourceJSON")).at("/query/query").textValue())
                .isEqualTo("url.full:\"/cart\" AND NOT http.flavor:1.1");
        assertThat(objects.get(3).at("/attributes/savedVisualization/query").textValue())
                .isEqualTo("source = ss4o_logs-*-* | where http.request.method = 'GET' | stats count() by url.full");
        assertThat(json(objects.get(4).at("/attributes/visState")).at("/params/spec").textValue())
                .contains("field: url.full\n");
        assertThat(json(objects.get(5).at("/attributes/visState")).at("/params/expression").textValue())
                .contains("q='http.request.method:GET AND http.response.status_code:200'");
    }

    @Test
    void titlesAndDescriptionsKeepTheOldNames() throws IOException {
        Path bundle = copy("assets/bundle.ndjson", dir);

        migrate(dir, "--write", bundle.toString());

        List<JsonNode> objects = objects(bundle);
        JsonNode vis = objects.get(1).path("attributes");
        assertThat(vis.path("title").textValue()).isEqualTo("Requests by http.method");
        assertThat(vis.path("description").textValue()).isEqualTo("Counts http.method values");
        assertThat(json(vis.path("visState")).path("title").textValue()).isEqualTo("Requests by http.method");
        assertThat(objects.get(2).at("/attributes/title").textValue()).isEqualTo("Cart requests (http.url)");
    }

    @Test
    void theMigratedBundleIsStillImportableJson() throws IOException {
        Path bundle = copy("assets/bundle.ndjson", dir);

        migrate(dir, "--write", bundle.toString());

        for (JsonNode object : objects(bundle)) {
            object.path("attributes").properties().forEach(member -> {
                if (member.getKey().equals("visState") || member.getKey().equals("fields")) {
                    assertThat(json(member.getValue()).isContainerNode()).as(member.getKey()).isTrue();
                }
            });
            JsonNode source = object.at("/attributes/kibanaSavedObjectMeta/searchSourceJSON");
            if (source.isTextual()) {
                assertThat(json(source).path("query").isObject()).isTrue();
            }
        }
        CliRun check = CliRun.of("check-assets", "--format", "json", bundle.toString());
        assertThat(check.out()).doesNotContain("asset.json-string", "asset.query-syntax", "asset.bad-object");
    }

    @Test
    void checkAssetsFindsOnlyTheNamesWithoutAPlainRenameAfterwards() throws IOException {
        copy("assets/bundle.ndjson", dir);
        copy("assets/dashboard.json", dir);
        Path in = dir.resolve("in");

        migrate(dir, "--write", in.toString());

        JsonNode findings = JSON.readTree(CliRun.of("check-assets", "--format", "json", in.toString()).out())
                .path("findings");
        List<String> deprecated = new ArrayList<>();
        findings.forEach(f -> {
            if (f.path("rule").asText().equals("asset.deprecated-field")) {
                deprecated.add(f.path("actual").asText());
            }
        });
        assertThat(deprecated).containsExactlyInAnyOrder("http.flavor", "http_method", "http_method");
    }

    @Test
    void grafanaQueriesAndTargetFieldsAreRenamedAndPrometheusLabelsReported() throws IOException {
        Path dashboard = copy("assets/dashboard.json", dir);

        MigrateFixtures.Run run = migrate(dir, "--write", dashboard.toString());

        JsonNode panel = JSON.readTree(dashboard.toFile()).at("/panels/0");
        assertThat(panel.at("/targets/0/query").textValue()).isEqualTo("http.request.method:GET AND service.name:$service");
        assertThat(panel.at("/targets/0/bucketAggs/0/field").textValue()).isEqualTo("url.full");
        assertThat(panel.at("/targets/1/query").textValue())
                .isEqualTo("source = ss4o_logs-*-* | where http.request.method = 'GET' | stats count() by url.full");
        assertThat(panel.path("title").textValue()).isEqualTo("Requests by http.method");
        assertThat(read(dashboard)).contains("sum by (http_method)", "{http_method=\\\"GET\\\"}");
        assertThat(run.rulesAndNames()).containsExactly("migrate.not-rewritable http_method",
                "migrate.not-rewritable http_method");
        assertThat(run.findings().get(0).path("expected").asText()).isEqualTo("http_request_method");
        assertThat(run.findings().get(0).path("message").asText()).contains("derived from the data by the exporter");
    }

    @Test
    void namesWithoutAPlainRenameAreWarningsThatDoNotFailTheRun() throws IOException {
        Path bundle = copy("assets/bundle.ndjson", dir);

        MigrateFixtures.Run run = migrate(dir, bundle.toString());

        assertThat(run.cli().exitCode()).isZero();
        assertThat(run.rulesAndNames()).containsExactly("migrate.manual-rename http.flavor");
        assertThat(run.findings().get(0).path("path").asText())
                .isEqualTo("search/search-1:kibanaSavedObjectMeta.searchSourceJSON.query.query");
        assertThat(migrate(dir, "--fail-on", "warning", bundle.toString()).cli().exitCode()).isEqualTo(1);
    }

    private static List<JsonNode> objects(Path bundle) throws IOException {
        List<JsonNode> objects = new ArrayList<>();
        for (String line : read(bundle).split("\n")) {
            objects.add(JSON.readTree(line));
        }
        return objects;
    }

    private static JsonNode json(JsonNode string) {
        try {
            return JSON.readTree(string.textValue());
        } catch (IOException e) {
            throw new AssertionError("not JSON: " + string, e);
        }
    }
}
