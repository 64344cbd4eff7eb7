package dev.otelint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class MainTest {

    @Test
    void versionPrintsToolAndVersion() {
        CliRun run = CliRun.of("--version");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("otelint ").doesNotContain("dev\n");
    }

    @Test
    void unknownOptionIsABadInvocationWithOneLineAndNoStackTrace() {
        CliRun run = CliRun.of("validate", "--no-such-flag", "x.json");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).startsWith("otelint: Unknown option: '--no-such-flag'")
                .contains("otelint validate --help").doesNotContain("\tat ");
    }

    @Test
    void missingSubcommandIsABadInvocation() {
        CliRun run = CliRun.of();
        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("Missing subcommand");
    }

    @Test
    void everyCommandHasHelpWithAnExample() {
        for (String command : new String[] {"validate", "rules"}) {
            CliRun run = CliRun.of(command, "--help");
            assertThat(run.exitCode()).as(command).isZero();
            assertThat(run.out()).as(command).contains("Usage: otelint " + command).contains("otelint " + command);
        }
    }

    @Test
    void badFailOnValueNamesTheFlag() {
        CliRun run = CliRun.of("validate", "--fail-on", "sometimes", "nothing.json");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err().trim()).isEqualTo("otelint: --fail-on: expected error, warning, info or none, got 'sometimes'");
    }

    @Test
    void debugShowsTheStackTraceWhereverItIsGiven() {
        for (String[] args : new String[][] {
                {"--debug", "validate", "no/such.json"}, {"validate", "--debug", "no/such.json"}}) {
            CliRun run = CliRun.of(args);
            assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
            assertThat(run.err()).startsWith("otelint: no/such.json: cannot read").contains("\tat dev.otelint.");
        }
    }

    @Test
    void completionScriptIsCurrent() throws IOException {
        CliRun run = CliRun.of("generate-completion");
        assertThat(run.exitCode()).isZero();
        assertThat(Files.readString(Path.of("cli/otelint-completion.bash")))
                .as("cli/otelint-completion.bash is stale: regenerate it with "
                        + "'java -jar target/otelint.jar generate-completion > cli/otelint-completion.bash'")
                .isEqualTo(run.out());
    }
}
