package dev.otelint.cli;

import com.google.protobuf.Message;
import dev.otelint.gen.GenSettings;
import dev.otelint.gen.LoadGenerator;
import dev.otelint.gen.TraceGenerator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "traces", mixinStandardHelpOptions = true,
        description = {"Sends traces: an http.server SERVER span per trace with --child-spans children",
            "(an HTTP CLIENT call, an INTERNAL step, alternately). --rate counts traces."},
        footer = {"", "Examples:",
            "  otelint gen traces --otlp-insecure --traces 100 --child-spans 3",
            "  otelint gen traces --otlp-http --otlp-insecure --workers 2 --rate 500 --duration 30s"})
final class GenTracesCommand extends GenSignalCommand {
    @Option(names = "--traces", defaultValue = "1", description = "Traces per worker (default: ${DEFAULT-VALUE}).")
    long traces;

    @Option(names = "--child-spans", defaultValue = "1", description = "Child spans per trace (default: ${DEFAULT-VALUE}).")
    int childSpans;

    @Override
    long countPerWorker() {
        return traces;
    }

    @Override
    LoadGenerator<? extends Message> generator(GenSettings settings) {
        return load(settings, seed -> new TraceGenerator(settings, childSpans, seed), "spans");
    }
}
