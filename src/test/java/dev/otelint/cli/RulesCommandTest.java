package dev.otelint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.otelint.report.Rule;
import dev.otelint.report.RuleRegistry;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

class RulesCommandTest {

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @Test
    void listsEveryRuleAsAnAlignedTable() {
        int code = run("rules");

        List<Rule> rules = RuleRegistry.all();
        List<String> lines = out.toString().lines().toList();
        assertThat(code).isEqualTo(ExitCodes.CLEAN);
        assertThat(lines).hasSize(rules.size());
        int descriptionColumn = lines.get(0).length() - rules.get(0).description().length();
        for (int i = 0; i < rules.size(); i++) {
            assertThat(lines.get(i)).startsWith(rules.get(i).id())
                    .contains(" " + rules.get(i).severity().label() + " ")
                    .endsWith(rules.get(i).description());
            assertThat(lines.get(i).length() - rules.get(i).description().length())
                    .as("description column of %s", rules.get(i).id()).isEqualTo(descriptionColumn);
        }
    }

    @Test
    void listsEveryRuleAsJson() throws Exception {
        int code = run("rules", "--format", "json");

        JsonNode array = new ObjectMapper().readTree(out.toString());
        List<Rule> rules = RuleRegistry.all();
        assertThat(code).isEqualTo(ExitCodes.CLEAN);
        assertThat(array).hasSize(rules.size());
        for (int i = 0; i < rules.size(); i++) {
            JsonNode entry = array.get(i);
            assertThat(entry.size()).isEqualTo(3);
            assertThat(entry.get("id").asText()).isEqualTo(rules.get(i).id());
            assertThat(entry.get("severity").asText()).isEqualTo(rules.get(i).severity().label());
            assertThat(entry.get("description").asText()).isEqualTo(rules.get(i).description());
        }
    }

    @Test
    void rejectsAnUnknownFormatInOneLine() {
        int code = run("rules", "--format", "sarif");

        assertThat(code).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(out.toString()).isEmpty();
        assertThat(err.toString()).isEqualTo(String.format("otelint: --format: expected text or json, got 'sarif'%n"));
    }

    private int run(String... args) {
        return Main.execute(new PrintWriter(out), new PrintWriter(err), args);
    }
}
