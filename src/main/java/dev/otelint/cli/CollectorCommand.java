package dev.otelint.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(name = "collector",
        description = "Checks and runs OpenTelemetry Collector configs with otelint's own collector runtime.",
        mixinStandardHelpOptions = true,
        subcommands = {CollectorValidateCommand.class, CollectorRunCommand.class},
        footer = {"", "Examples:",
            "  otelint collector validate --config collector.yaml",
            "  otelint collector run --config collector.yaml --set exporters::debug::verbosity=detailed"})
public final class CollectorCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing subcommand");
    }
}
