package dev.otelint.integration.scaffold;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.otelint.catalog.MappingCatalog;
import dev.otelint.records.Signal;
import dev.otelint.report.BadInputException;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.jline.terminal.Terminal;
import org.jline.terminal.impl.ExternalTerminal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The prompts driven through a jline terminal on piped streams, typing answers as a user would. */
class ScaffoldPromptsTest {

    private final IntegrationScaffolder scaffolder = new IntegrationScaffolder(TemplateSource.builtin(),
            MappingCatalog.builtin());
    private final ByteArrayOutputStream screen = new ByteArrayOutputStream();

    @TempDir
    Path parent;

    @Test
    void answersWithRetriesDefaultsAndTabCompletionCreateTheIntegration() throws IOException {
        ScaffoldChoices choices = new ScaffoldChoices();
        ask(choices, "Bad Name\r", "shop\r", "\r", "traces\r", "\r", "tr\t,ht\t\r", "2.0.0\r");

        assertThat(choices.name()).isEqualTo("shop");
        assertThat(choices.displayName()).isEqualTo("Shop");
        assertThat(choices.type()).isEqualTo(Signal.TRACES);
        assertThat(choices.components()).containsExactly("tracegroups", "http");
        assertThat(choices.version()).isEqualTo("2.0.0");
        String shown = screen();
        assertThat(shown).contains("name 'Bad Name': expected lower-case", "Name: ", "Display name [Shop]: ",
                "Type (logs, traces, metrics) [logs]: ", "Version [1.0.0]: ",
                "Description [Shop: OpenTelemetry traces with sample data");

        scaffolder.create(choices.complete(scaffolder.defaults(), parent, false));
        JsonNode config = IntegrationFormat.assertFollowsFormat(parent.resolve("shop"), "shop", "2.0.0");
        assertThat(config.get("type").asText()).isEqualTo("traces");
        assertThat(config.get("description").asText()).startsWith("Shop: OpenTelemetry traces");
        assertThat(config.get("components")).extracting(c -> c.get("name").asText())
                .containsExactly("traces", "tracegroups", "http");
    }

    @Test
    void componentsAreCheckedAgainstTheTypeAndAskedAgain() {
        ScaffoldChoices choices = new ScaffoldChoices().name("web").displayName("Web").description("d")
                .type(Signal.METRICS).version("1.0.0");
        ask(choices, "url\r", "none\r");
        assertThat(choices.components()).isEmpty();
        assertThat(screen()).contains("Components (comma-separated, Tab completes; 'none' for none) [http]: ",
                "--components: no component 'url' for metrics; valid: http");
    }

    @Test
    void enterTakesTheDefaultComponentsOfTheType() {
        ScaffoldChoices choices = new ScaffoldChoices().name("web").displayName("Web").description("d")
                .type(Signal.LOGS).version("1.0.0");
        ask(choices, "\r");
        assertThat(choices.components()).containsExactly("http", "url", "communication");
    }

    @Test
    void whatTheFlagsSaidIsNotAskedAgain() {
        ScaffoldChoices choices = new ScaffoldChoices().name("web").type(Signal.LOGS).components(List.of("url"));
        ask(choices, "My Web\r", "Access logs!\r", "\r");
        assertThat(choices.displayName()).isEqualTo("My Web");
        assertThat(choices.description()).isEqualTo("Access logs!");
        assertThat(screen()).doesNotContain("Name: ", "Type (", "Components (");
    }

    @Test
    void ctrlDEndsTheInputWithABadInputNamingThePrompt() {
        assertThatThrownBy(() -> ask(new ScaffoldChoices(), "shop\r", "\u0004"))
                .isInstanceOf(BadInputException.class)
                .hasMessage("new: input ended at the prompt 'Display name'");
    }

    /** Types the keys into a terminal whose input stays open, as a user's does (its size is unknown, as under script(1)). */
    private void ask(ScaffoldChoices choices, String... typed) {
        try (PipedOutputStream keyboard = new PipedOutputStream();
                PipedInputStream keys = new PipedInputStream(keyboard, 1 << 16);
                // jline's own terminal over streams; TerminalBuilder may pick a pty-backed one whose line discipline
                // would treat Ctrl-D before raw mode as end of input
                Terminal terminal = new ExternalTerminal("test", "xterm", keys, screen, StandardCharsets.UTF_8)) {
            keyboard.write(String.join("", typed).getBytes(StandardCharsets.UTF_8));
            keyboard.flush();
            ScaffoldPrompts prompts = new ScaffoldPrompts(terminal, scaffolder.defaults(), scaffolder.catalog());
            // a prompt waiting for keys that never come fails the test instead of hanging the build
            assertTimeoutPreemptively(Duration.ofSeconds(20), () -> prompts.ask(choices));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private String screen() {
        // drop the terminal's escape sequences and carriage returns, keep the text the user saw
        return screen.toString(StandardCharsets.UTF_8).replaceAll("\u001B\\[[0-9;?]*[A-Za-z]", "").replace("\r", "");
    }
}
