package dev.otelint.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(name = "gen",
        header = "Generates OTLP traces, metrics or logs and sends them to an endpoint.",
        description = {"Generates OTLP traces, metrics or logs and sends them to an endpoint, with telemetrygen's",
            "flags: a load generator for collectors and backends. Prints sent/failed/rate at the end."},
        mixinStandardHelpOptions = true,
        footer = {"", "Examples:",
            "  otelint gen traces --otlp-insecure --traces 100 --child-spans 3",
            "  otelint gen logs --otlp-http --otlp-insecure --workers 2 --rate 500 --duration 30s"},
        subcommands = {GenTracesCommand.class, GenMetricsCommand.class, GenLogsCommand.class})
public final class GenCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing subcommand");
    }
}
