package dev.otelint.cli;

import dev.otelint.report.Rule;
import dev.otelint.report.RuleRegistry;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(name = "rules",
        mixinStandardHelpOptions = true,
        description = "Lists every rule id with its default severity and a one-line description.",
        footer = {"", "Example:", "  otelint rules"})
public final class RulesCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        int width = 0;
        for (Rule r : RuleRegistry.all()) {
            width = Math.max(width, r.id().length());
        }
        for (Rule r : RuleRegistry.all()) {
            out.printf("%-" + width + "s  %-7s  %s%n", r.id(), r.severity().label(), r.description());
        }
        out.flush();
        return ExitCodes.CLEAN;
    }
}
