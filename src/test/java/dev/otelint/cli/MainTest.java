package dev.otelint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

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
    void aMisspeltSubcommandIsSuggestedFromAllOfThem() {
        CliRun run = CliRun.of("--debug", "vaildate", "x.json");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("Unmatched argument").contains("validate");
    }

    @Test
    void topLevelHelpListsEverySubcommandAndVersionPrintsTheVersion() {
        assertThat(CliRun.of("--help").out()).contains("validate", "check-assets", "collector", "push", "completion");
        assertThat(CliRun.of("--version").out()).startsWith("otelint ");
    }

    @Test
    void everyCommandHasHelpWithAnExample() {
        for (String command : commandPaths(Main.commandLine(), "")) {
            CliRun run = CliRun.of((command + " --help").split(" "));
            assertThat(run.exitCode()).as(command).isZero();
            assertThat(run.out()).as(command).contains("Usage: otelint " + command).contains("Example")
                    .contains("otelint " + command);
        }
    }

    @Test
    void everyCommandsSummaryInTheCommandListIsAWholeSentence() {
        Main.commandLine().getSubcommands().forEach((name, sub) -> {
            CommandLine.Model.UsageMessageSpec usage = sub.getCommandSpec().usageMessage();
            String[] lines = usage.header().length > 0 ? usage.header() : usage.description();
            assertThat(lines).as(name).isNotEmpty();
            assertThat(lines[0]).as(name + ": the command list shows only this line").endsWith(".");
        });
    }

    /** Every runnable command below {@code cl}, as the words that name it ("catalog list"). */
    private static List<String> commandPaths(CommandLine cl, String prefix) {
        List<String> paths = new ArrayList<>();
        cl.getSubcommands().forEach((name, sub) -> {
            if (sub.getCommandSpec().userObject() instanceof CommandLine.HelpCommand) {
                return;
            }
            paths.add(prefix + name);
            paths.addAll(commandPaths(sub, prefix + name + " "));
        });
        return paths;
    }

    @Test
    void preloadsTheBuiltInRegistryOnlyForCommandsThatUseIt() {
        assertThat(Main.usesBuiltinRegistry("validate", "data.ndjson")).isTrue();
        assertThat(Main.usesBuiltinRegistry("--debug", "lint", "nginx")).isTrue();
        assertThat(Main.usesBuiltinRegistry("check-assets", "--integration", "nginx")).isTrue();
        assertThat(Main.usesBuiltinRegistry("validate", "--semconv", "1.30.0", "data.ndjson")).isFalse();
        assertThat(Main.usesBuiltinRegistry("validate", "--semconv=model/", "data.ndjson")).isFalse();
        assertThat(Main.usesBuiltinRegistry("collector", "run", "--config", "c.yaml")).isFalse();
        assertThat(Main.usesBuiltinRegistry("--version")).isFalse();
    }

    @Test
    void theLaunchersCompilerCommandsNameMethodsThatExist() throws Exception {
        String launcher = Files.readString(Path.of("cli/otelint"));
        Matcher named = Pattern.compile("CompileCommand=\\w+,([\\w.]+)::(\\w+)").matcher(launcher);
        int found = 0;
        while (named.find()) {
            Class<?> type = Class.forName(named.group(1));
            String method = named.group(2);
            assertThat(type.getDeclaredMethods()).as("%s in cli/otelint", named.group())
                    .anySatisfy(m -> assertThat(m.getName()).isEqualTo(method));
            found++;
        }
        assertThat(found).isPositive();
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
        CliRun run = CliRun.of("completion", "bash");
        assertThat(run.exitCode()).isZero();
        assertThat(Files.readString(Path.of("cli/otelint-completion.bash")))
                .as("cli/otelint-completion.bash is stale: regenerate it with "
                        + "'java -jar target/otelint.jar completion bash > cli/otelint-completion.bash'")
                .isEqualTo(run.out());
    }
}
