package dev.otelint.cli;

import com.google.protobuf.Message;
import dev.otelint.gen.GenSettings;
import dev.otelint.gen.LoadGenerator;
import dev.otelint.gen.MetricGenerator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "metrics", mixinStandardHelpOptions = true,
        description = {"Sends metrics: data points of the http.server.request.duration histogram (unit s).",
            "--rate counts data points."},
        footer = {"", "Examples:",
            "  otelint gen metrics --otlp-insecure --metrics 1000",
            "  otelint gen metrics --otlp-http --otlp-insecure --rate 100 --duration 1m"})
final class GenMetricsCommand extends GenSignalCommand {
    @Option(names = "--metrics", defaultValue = "1", description = "Data points per worker (default: ${DEFAULT-VALUE}).")
    long metrics;

    @Override
    long countPerWorker() {
        return metrics;
    }

    @Override
    LoadGenerator<? extends Message> generator(GenSettings settings) {
        return load(settings, seed -> new MetricGenerator(settings, seed), "metrics");
    }
}
