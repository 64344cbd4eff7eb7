package dev.otelint.cli;

import dev.otelint.report.BadInputException;
import dev.otelint.report.RuleListFormat;
import dev.otelint.report.RuleRegistry;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "rules",
        mixinStandardHelpOptions = true,
        description = "Lists every rule id with its default severity and a one-line description.",
        footer = {"", "Details and examples of every rule: docs/rules.md.", "", "Examples:",
            "  otelint rules",
            "  otelint rules --format json"})
public final class RulesCommand implements Callable<Integer> {

    @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
            description = "text or json (an array of {id, severity, description}) (default: ${DEFAULT-VALUE}).")
    String format;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        RuleListFormat listFormat = OptionValues.parse("--format", format, RuleListFormat.class);
        PrintWriter out = spec.commandLine().getOut();
        try {
            listFormat.render(RuleRegistry.all(), out);
        } catch (IOException e) {
            throw new BadInputException("cannot write the rule list: " + e.getMessage(), e);
        }
        out.flush();
        return ExitCodes.CLEAN;
    }
}
