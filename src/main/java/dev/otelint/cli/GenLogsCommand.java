package dev.otelint.cli;

import com.google.protobuf.Message;
import dev.otelint.gen.GenSettings;
import dev.otelint.gen.LoadGenerator;
import dev.otelint.gen.LogGenerator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "logs", mixinStandardHelpOptions = true,
        description = {"Sends logs: INFO records with a text body and a trace context. --rate counts records."},
        footer = {"", "Examples:",
            "  otelint gen logs --otlp-insecure --logs 1000",
            "  otelint gen logs --otlp-http --otlp-insecure --workers 4 --duration 10s"})
final class GenLogsCommand extends GenSignalCommand {
    @Option(names = "--logs", defaultValue = "1", description = "Log records per worker (default: ${DEFAULT-VALUE}).")
    long logs;

    @Override
    long countPerWorker() {
        return logs;
    }

    @Override
    LoadGenerator<? extends Message> generator(GenSettings settings) {
        return load(settings, seed -> new LogGenerator(settings, seed), "logs");
    }
}
