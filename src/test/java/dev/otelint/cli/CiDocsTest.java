package dev.otelint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The CI recipes in docs/ci.md and the pre-commit hook are valid YAML and call otelint as it parses. */
class CiDocsTest {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Pattern YAML_BLOCK = Pattern.compile("```yaml\\n(.*?)```", Pattern.DOTALL);
    private static final Pattern OTELINT_CALL = Pattern.compile("cli/otelint ([^\\n]+)");

    @Test
    void everyYamlRecipeParsesAndEveryOtelintCallIsAValidCommandLine() throws IOException {
        String doc = Files.readString(Path.of("docs/ci.md"));
        List<String> blocks = new ArrayList<>();
        Matcher m = YAML_BLOCK.matcher(doc);
        while (m.find()) {
            blocks.add(m.group(1));
        }
        assertThat(blocks).hasSize(3);
        for (String block : blocks) {
            assertThat(YAML.readTree(block)).as(block).isNotNull();
        }
        List<String> calls = calls(String.join("\n", blocks));
        assertThat(calls).hasSizeGreaterThanOrEqualTo(3);
        calls.forEach(CiDocsTest::assertParses);
    }

    @Test
    void preCommitHookRunsTheLauncherOnLint() throws IOException {
        JsonNode hooks = YAML.readTree(Path.of(".pre-commit-hooks.yaml").toFile());
        assertThat(hooks.isArray()).isTrue();
        JsonNode hook = hooks.get(0);
        assertThat(hook.path("id").asText()).isEqualTo("otelint-lint");
        assertThat(hook.path("language").asText()).isEqualTo("script");
        String[] entry = hook.path("entry").asText().split(" ");
        assertThat(Files.isExecutable(Path.of(entry[0]))).as(entry[0] + " is executable").isTrue();
        assertParses(String.join(" ", Arrays.copyOfRange(entry, 1, entry.length)) + " integrations/");
    }

    private static List<String> calls(String text) {
        List<String> calls = new ArrayList<>();
        Matcher m = OTELINT_CALL.matcher(text);
        while (m.find()) {
            calls.add(m.group(1).strip());
        }
        return calls;
    }

    private static void assertParses(String commandLine) {
        CommandLine cl = Main.commandLine();
        CommandLine.ParseResult parsed = cl.parseArgs(commandLine.split(" +"));
        assertThat(parsed.subcommand()).as(commandLine).isNotNull();
        assertThat(parsed.unmatched()).as(commandLine).isEmpty();
    }
}
