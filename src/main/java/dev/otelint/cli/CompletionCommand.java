package dev.otelint.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "completion",
        mixinStandardHelpOptions = true,
        description = "Prints a shell completion script for otelint's commands and options.",
        footer = {"", "Examples:",
            "  source <(otelint completion bash)             # bash, this shell",
            "  otelint completion bash > /etc/bash_completion.d/otelint",
            "  source <(otelint completion zsh)              # zsh: add this line to ~/.zshrc"})
public final class CompletionCommand implements Callable<Integer> {

    enum Shell { bash, zsh }

    // The script detects zsh itself and loads zsh's bashcompinit layer (only running compinit when no
    // completion system is loaded yet), so both shells share one script.
    private static final String ZSH_HEADER = "# otelint completion for zsh (through zsh's bashcompinit)\n";

    @Parameters(paramLabel = "SHELL", description = "bash or zsh.")
    Shell shell;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (shell == Shell.zsh) {
            out.print(ZSH_HEADER);
        }
        out.print(AutoComplete.bash("otelint", spec.root().commandLine()));
        out.flush();
        return ExitCodes.CLEAN;
    }
}
