package dev.otelint.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(name = "gen",
        description = {"Generates OTLP traces, metrics or logs and sends them to an endpoint, with telemetrygen's",
            "flags: a load generator for collectors and backends. Prints sent/failed/rate at the end."},
        mixinStandardHelpOptions = true,
        subcommands = {GenTracesCommand.class, GenMetricsCommand.class, GenLogsCommand.class})
public final class GenCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing subcommand");
    }
}
