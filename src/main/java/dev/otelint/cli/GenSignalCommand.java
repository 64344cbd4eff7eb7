package dev.otelint.cli;

import com.google.protobuf.Message;
import dev.otelint.collector.component.CollectorLog;
import dev.otelint.collector.component.GoDuration;
import dev.otelint.gen.AttributeFlag;
import dev.otelint.gen.Destination;
import dev.otelint.gen.GenSettings;
import dev.otelint.gen.GenSummary;
import dev.otelint.gen.LoadGenerator;
import dev.otelint.gen.RecordGenerator;
import dev.otelint.report.BadInputException;
import io.opentelemetry.proto.common.v1.KeyValue;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.LongFunction;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/** The flags every `otelint gen` signal shares, named and defaulted as telemetrygen's. */
abstract class GenSignalCommand implements Callable<Integer> {
    /** A worker in a send waits at most the exporter's 10 s timeout. */
    private static final long STOP_TIMEOUT_SECONDS = 15;

    @Option(names = "--otlp-endpoint", paramLabel = "HOST:PORT", defaultValue = "",
            description = "Destination endpoint (default: localhost:4317, or localhost:4318 with --otlp-http).")
    String endpoint;

    @Option(names = "--otlp-http", arity = "0..1", description = "Send OTLP/HTTP (protobuf) instead of OTLP/gRPC.")
    boolean http;

    @Option(names = "--otlp-insecure", arity = "0..1", description = "Plain text instead of TLS.")
    boolean insecure;

    @Option(names = "--otlp-insecure-skip-verify", arity = "0..1",
            description = "Use TLS without checking the server's certificate.")
    boolean insecureSkipVerify;

    @Option(names = "--ca-cert", paramLabel = "FILE", defaultValue = "",
            description = "CA certificate (PEM) that the server's certificate must chain to.")
    String caFile;

    @Option(names = "--otlp-header", paramLabel = "KEY=\"VALUE\"",
            description = "Header sent with each request; repeatable (e.g. --otlp-header 'authorization=\"Bearer x\"').")
    List<String> headers = new ArrayList<>();

    @Option(names = "--otlp-attributes", paramLabel = "KEY=VALUE",
            description = "Resource attribute: key=\"text\", key=true|false or key=<integer>; repeatable.")
    List<String> resourceAttributes = new ArrayList<>();

    @Option(names = "--telemetry-attributes", paramLabel = "KEY=VALUE",
            description = "Attribute of every span, data point or log record, same syntax; repeatable.")
    List<String> telemetryAttributes = new ArrayList<>();

    @Option(names = "--otlp-compression", paramLabel = "NAME", defaultValue = "none",
            description = "gzip or none (default: ${DEFAULT-VALUE}, as telemetrygen); zstd and deflate over HTTP too.")
    String compression;

    @Option(names = "--service", defaultValue = "telemetrygen", description = "service.name (default: ${DEFAULT-VALUE}).")
    String service;

    @Option(names = "--workers", defaultValue = "1", description = "Workers (threads) (default: ${DEFAULT-VALUE}).")
    int workers;

    @Option(names = "--rate", defaultValue = "0",
            description = "Units per second per worker; 0 = no throttling (default: ${DEFAULT-VALUE}).")
    double rate;

    @Option(names = "--duration", defaultValue = "0", paramLabel = "DURATION",
            description = "Run for this long (e.g. 30s), ignoring the count; 0 = until the count is reached.")
    String duration;

    @Option(names = "--batch-size", defaultValue = "100",
            description = "Items (spans, data points, log records) per export request (default: ${DEFAULT-VALUE}).")
    int batchSize;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** Units each worker makes when --duration is 0. */
    abstract long countPerWorker();

    abstract LoadGenerator<? extends Message> generator(GenSettings settings);

    @Override
    public Integer call() throws InterruptedException {
        GenSettings settings;
        try {
            settings = new GenSettings(workers, rate, duration(), countPerWorker(), batchSize, service,
                    attributes("--otlp-attributes", resourceAttributes),
                    attributes("--telemetry-attributes", telemetryAttributes), destination());
        } catch (IllegalArgumentException e) {
            throw new BadInputException(e.getMessage());
        }
        LoadGenerator<? extends Message> load = generator(settings);
        // Ctrl-C (SIGINT) or SIGTERM ends the run early, as in telemetrygen; the summary is still printed
        return UntilSignal.run("otelint-gen-stop", load::stop, STOP_TIMEOUT_SECONDS, () -> {
            GenSummary summary = load.run(new CollectorLog(System.err));
            PrintWriter out = spec.commandLine().getOut();
            out.println(summary.line());
            out.flush();
            return summary.failedItems() == 0 ? ExitCodes.CLEAN : ExitCodes.FINDINGS;
        });
    }

    static <T extends Message> LoadGenerator<T> load(GenSettings settings, LongFunction<RecordGenerator<T>> generators,
                                                     String unit) {
        return new LoadGenerator<>(settings, generators, unit);
    }

    private Destination destination() {
        Map<String, String> byName = new LinkedHashMap<>();
        for (String header : headers) {
            KeyValue kv = AttributeFlag.parse("--otlp-header", header);
            byName.put(kv.getKey(), AttributeFlag.headerValue(kv));
        }
        return new Destination(endpoint, http, insecure, insecureSkipVerify, caFile, byName, compression);
    }

    private static List<KeyValue> attributes(String flag, List<String> values) {
        return values.stream().map(v -> AttributeFlag.parse(flag, v)).toList();
    }

    private Duration duration() {
        try {
            return GoDuration.parse(duration);
        } catch (IllegalArgumentException e) {
            throw new BadInputException("--duration: expected a duration such as 30s or 1m, got '" + duration + "'");
        }
    }
}
