package dev.otelint.cli;

import dev.otelint.catalog.SemconvModelReader;
import dev.otelint.catalog.SemconvRegistry;
import dev.otelint.catalog.SemconvRegistryFile;
import dev.otelint.report.BadInputException;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "build",
        mixinStandardHelpOptions = true,
        description = "Compiles a semantic-conventions model/ directory into a registry.json (format: docs/catalog.md).",
        footer = {"", "Example:",
            "  otelint catalog build --semconv semantic-conventions/model --output catalog/semconv/1.44.0/"})
public final class CatalogBuildCommand implements Callable<Integer> {

    @Option(names = "--semconv", required = true, paramLabel = "DIR", description = "The model/ directory to read.")
    Path model;

    @Option(names = "--output", required = true, paramLabel = "DIR", description = "Directory to write registry.json into.")
    Path output;

    @Option(names = "--semconv-version", paramLabel = "VERSION",
            description = "Version to record (default: from the model's manifest.yaml schema_url).")
    String version;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        SemconvRegistry registry = SemconvModelReader.read(model, version);
        Path file = output.resolve(SemconvRegistryFile.FILE_NAME);
        try {
            Files.createDirectories(output);
            try (Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
                SemconvRegistryFile.write(registry, w);
            }
        } catch (IOException e) {
            throw new BadInputException("--output " + output + ": cannot write " + file.getFileName() + ": " + e.getMessage(), e);
        }
        spec.commandLine().getOut().printf("wrote %s: semconv %s, %d attributes, %d metrics, %d groups%n", file,
                registry.version(), registry.attributes().size(), registry.metrics().size(), registry.groups().size());
        return ExitCodes.CLEAN;
    }
}
