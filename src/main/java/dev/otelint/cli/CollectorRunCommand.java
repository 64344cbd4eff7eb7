package dev.otelint.cli;

import dev.otelint.collector.ComponentRegistry;
import dev.otelint.collector.component.CollectorLog;
import dev.otelint.collector.component.GoDuration;
import dev.otelint.collector.service.Collector;
import dev.otelint.collector.service.CollectorConfig;
import dev.otelint.collector.service.CollectorConfigs;
import dev.otelint.collector.service.CollectorRunner;
import dev.otelint.report.BadInputException;
import dev.otelint.report.RenderOptions;
import dev.otelint.report.Report;
import dev.otelint.report.ReportFormat;
import dev.otelint.report.Severity;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "run",
        mixinStandardHelpOptions = true,
        description = {
            "Runs a collector config until SIGINT or SIGTERM, then shuts down gracefully (receivers stop,",
            "processors flush, exporters write out). The config must pass `collector validate` with only",
            "component types otelint can run."},
        footer = {"", "Examples:",
            "  otelint collector run --config otel-collector.yaml",
            "  otelint collector run --config otel-collector.yaml --set processors.batch.timeout=1s"})
public final class CollectorRunCommand implements Callable<Integer> {
    private static final long DRAIN_TIMEOUT_SECONDS = 30;

    @Mixin
    CollectorConfigOptions configOptions;

    @Option(names = "--status-interval", defaultValue = "10s", paramLabel = "DURATION",
            description = "How often to print a status line per pipeline on a terminal (default: ${DEFAULT-VALUE}).")
    String statusInterval;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        Duration interval = interval();
        Report report = new Report();
        CollectorConfig config = CollectorConfigs.read(configOptions.configs, configOptions.sets, System::getenv,
                ComponentRegistry.builtIn(), report, true);
        PrintWriter err = spec.commandLine().getErr();
        if (report.total() > 0) {
            render(report, err);
        }
        if (report.fails(Severity.ERROR)) {
            err.println("otelint: the config cannot be run (see the errors above)");
            err.flush();
            return ExitCodes.FINDINGS;
        }
        Collector collector = Collector.build(config, new CollectorLog(System.err));
        CollectorRunner runner = new CollectorRunner(collector, interval,
                System.console() != null ? line -> System.err.println(line) : null);
        return runUntilSignal(runner);
    }

    /** Runs until the JVM is asked to exit (SIGINT, SIGTERM); the hook waits for the graceful shutdown. */
    private int runUntilSignal(CollectorRunner runner) throws InterruptedException {
        CountDownLatch stop = new CountDownLatch(1);
        return UntilSignal.run("otelint-collector-shutdown", stop::countDown, DRAIN_TIMEOUT_SECONDS, () -> {
            Throwable fatal = runner.run(stop);
            return fatal == null ? ExitCodes.CLEAN : ExitCodes.FINDINGS;
        });
    }

    private Duration interval() {
        try {
            Duration d = GoDuration.parse(statusInterval);
            if (d.isNegative() || d.isZero()) {
                throw new IllegalArgumentException("must be positive");
            }
            return d;
        } catch (IllegalArgumentException e) {
            throw new BadInputException("--status-interval: expected a duration such as 10s, got '" + statusInterval + "'");
        }
    }

    private static void render(Report report, PrintWriter err) {
        try {
            ReportFormat.TEXT.renderer().render(report, new RenderOptions(VersionProvider.version(), false), err);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write to standard error", e);
        }
        err.flush();
    }
}
