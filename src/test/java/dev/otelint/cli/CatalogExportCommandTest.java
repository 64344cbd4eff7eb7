package dev.otelint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.otelint.catalog.SemconvCliRun;
import dev.otelint.catalog.SemconvTestModel;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogExportCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void printsAComponentTemplateOfTheNamespace() throws IOException {
        SemconvCliRun run = SemconvCliRun.of("catalog", "export", "--format", "index-template", "--namespace", "http");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.CLEAN);
        JsonNode mappings = JSON.readTree(run.out()).path("template").path("mappings");
        assertThat(mappings.path("_meta").path("semconv").asText()).isEqualTo("1.44.0");
        assertThat(mappings.at("/properties/http/properties/response/properties/status_code/type").asText()).isEqualTo("long");
        assertThat(mappings.at("/properties/http/properties/request/properties/method/type").asText()).isEqualTo("keyword");
        assertThat(mappings.at("/properties/http/properties/url").isMissingNode()).isTrue();
        assertThat(mappings.at("/dynamic_templates/0/http.request.header/path_match").asText())
                .isEqualTo("http.request.header.*");
    }

    @Test
    void writesToAFileUnderThePrefixAndWarnsAboutConflictsOnStderr(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("shop.json");
        SemconvCliRun run = SemconvCliRun.of("catalog", "export", "--format", "index-template", "--namespace", "shop",
                "--prefix", "attributes", "--semconv", SemconvTestModel.FIXTURE.toString(), "--output", file.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCodes.CLEAN);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("otelint: warning: shop.region (string) is not mapped");
        JsonNode mappings = JSON.readTree(file.toFile()).path("template").path("mappings");
        assertThat(mappings.at("/properties/attributes/properties/shop/properties/order/properties/count/type").asText())
                .isEqualTo("long");
    }

    @Test
    void rejectsAnotherFormatAndAnUnknownNamespace() {
        SemconvCliRun format = SemconvCliRun.of("catalog", "export", "--format", "json", "--namespace", "http");
        assertThat(format.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(format.err()).contains("--format: expected index-template, got 'json'");
        SemconvCliRun namespace = SemconvCliRun.of("catalog", "export", "--format", "index-template", "--namespace", "htp");
        assertThat(namespace.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(namespace.err()).contains("--namespace htp").contains("did you mean");
    }
}
