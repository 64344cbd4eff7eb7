package dev.otelint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.otelint.catalog.MappingCatalog;
import dev.otelint.catalog.SemconvRegistry;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CatalogListCommandTest {

    /** One in-process command line; also used by the show command's tests. */
    record CliRun(int code, String out, String err) {

        static CliRun of(String... args) {
            StringWriter out = new StringWriter();
            StringWriter err = new StringWriter();
            int code = Main.execute(new PrintWriter(out), new PrintWriter(err), args);
            return new CliRun(code, out.toString(), err.toString());
        }
    }

    @Test
    void listsEveryTemplateWithItsFieldCount() {
        CliRun run = CliRun.of("catalog", "list");
        assertThat(run.code()).isEqualTo(ExitCodes.CLEAN);
        assertThat(run.out()).containsPattern("SIGNAL\\s+KIND\\s+NAME\\s+VERSION\\s+FIELDS")
                .containsPattern("(?m)^logs\\s+index-template\\s+logs\\s+1\\.0\\.0\\s+\\d+$")
                .containsPattern("(?m)^logs\\s+component\\s+url\\s+1\\.0\\.0\\s+14$")
                .containsPattern("(?m)^traces\\s+component\\s+tracegroups\\s+1\\.0\\.0\\s+4$")
                .containsPattern("(?m)^metrics\\s+component\\s+http\\s+1\\.0\\.0\\s+\\d+$");
        long rows = run.out().lines().filter(l -> l.matches("(logs|traces|metrics)\\s+(index-template|component)\\s.*"))
                .count();
        assertThat(rows).isEqualTo(MappingCatalog.builtin().entries().size());
    }

    @Test
    void listsTheShippedSemanticConventionsVersions() {
        // versions.txt starts with a comment line, which is not a version
        assertThat(CliRun.of("catalog", "list").out().lines().filter(l -> l.startsWith("Semantic-conventions")))
                .containsExactly("Semantic-conventions versions: " + SemconvRegistry.DEFAULT_VERSION);
    }

    @Test
    void writesJsonOnRequest() throws Exception {
        CliRun run = CliRun.of("catalog", "list", "--format", "json");
        assertThat(run.code()).isEqualTo(ExitCodes.CLEAN);
        JsonNode doc = new ObjectMapper().readTree(run.out());
        assertThat(doc.path("mappings")).hasSize(MappingCatalog.builtin().entries().size());
        List<String> urlRows = new ArrayList<>();
        for (JsonNode m : doc.path("mappings")) {
            assertThat(m.path("fields").asInt()).as(m.toString()).isPositive();
            if (m.path("name").asText().equals("url")) {
                urlRows.add(m.path("signal").asText() + " " + m.path("kind").asText() + " " + m.path("fields").asInt()
                        + " " + m.path("resource").asText());
            }
        }
        assertThat(urlRows).containsExactly("logs component 14 catalog/mappings/logs/url-1.0.0.mapping.json");
        assertThat(doc.path("semconv_versions").isArray()).isTrue();
    }

    @Test
    void rejectsAnUnknownFormat() {
        CliRun run = CliRun.of("catalog", "list", "--format", "xml");
        assertThat(run.code()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("--format: expected text or json, got 'xml'");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void helpShowsExamples() {
        CliRun run = CliRun.of("catalog", "list", "--help");
        assertThat(run.code()).isEqualTo(ExitCodes.CLEAN);
        assertThat(run.out()).contains("Examples:").contains("otelint catalog list --format json");
    }
}
