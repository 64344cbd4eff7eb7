package dev.otelint.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CompletionCommandTest {

    @Test
    void bashScriptCompletesSubcommandsAndOptionsInARealBash(@TempDir Path dir) throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/bin/bash")), "bash is not installed");
        Path script = dir.resolve("otelint-completion.bash");
        Files.writeString(script, CliRun.of("completion", "bash").out());

        assertThat(complete(script, "otelint ch")).contains("check-assets").doesNotContain("validate");
        assertThat(complete(script, "otelint validate --fo")).contains("--format");
    }

    @Test
    void zshScriptIsTheSameScriptBehindAZshHeader() {
        String bash = CliRun.of("completion", "bash").out();
        CliRun zsh = CliRun.of("completion", "zsh");
        assertThat(zsh.exitCode()).isZero();
        assertThat(zsh.out()).startsWith("# otelint completion for zsh").endsWith(bash);
    }

    @Test
    void unknownShellIsABadInvocation() {
        CliRun run = CliRun.of("completion", "fish");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains("fish");
    }

    /** What the completion function offers for the words typed so far (the last word is being completed). */
    private static String complete(Path script, String line) throws IOException, InterruptedException {
        String words = line.endsWith(" ") ? line + "''" : line;
        String program = "source '" + script + "'; COMP_WORDS=(" + words + "); COMP_CWORD=$(( ${#COMP_WORDS[@]} - 1 ));"
                + " COMP_LINE='" + line + "'; COMP_POINT=${#COMP_LINE}; _complete_otelint; printf '%s\\n' \"${COMPREPLY[@]}\"";
        Process bash = new ProcessBuilder("/bin/bash", "-c", program).redirectErrorStream(true).start();
        String out = new String(bash.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(bash.waitFor()).as(out).isZero();
        return out;
    }
}
