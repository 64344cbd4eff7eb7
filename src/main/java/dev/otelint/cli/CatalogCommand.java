package dev.otelint.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

@Command(name = "catalog",
        description = "Semantic-conventions registry and OpenSearch mappings shipped with otelint.",
        mixinStandardHelpOptions = true,
        subcommands = {CatalogListCommand.class, CatalogShowCommand.class, CatalogAttributeCommand.class,
            CatalogExportCommand.class, CatalogBuildCommand.class},
        footer = {"", "Examples:",
            "  otelint catalog list",
            "  otelint catalog show http --signal logs",
            "  otelint catalog attribute http.url"})
public final class CatalogCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing subcommand");
    }
}
