package dev.otelint.cli;

import dev.otelint.collector.ComponentRegistry;
import dev.otelint.collector.component.CollectorLog;
import dev.otelint.collector.component.GoDuration;
import dev.otelint.push.DocumentDecoder;
import dev.otelint.push.ProgressSettings;
import dev.otelint.push.PushRequest;
import dev.otelint.push.PushService;
import dev.otelint.push.PushSummary;
import dev.otelint.records.Signal;
import dev.otelint.records.SimpleSchemaDecoder;
import dev.otelint.report.BadInputException;
import dev.otelint.report.RenderOptions;
import dev.otelint.report.Report;
import dev.otelint.report.ReportFormat;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "push",
        mixinStandardHelpOptions = true,
        header = "Pushes sample records or generated load through the embedded collector to a backend.",
        description = {
            "Pushes records through the embedded collector to a backend named with --to",
            "(repeat to fan out), or through the pipelines of a collector config",
            "(--config). Sources: an integration directory (its data/), record files in any",
            "format validate reads, raw log files (through their integration's",
            "getting-started/collector.yaml), or generated load (--gen). With neither --to nor",
            "--config, records go to the debug exporter. Exit 0 when the backends accepted",
            "everything, 1 when anything was rejected or not sent, 2 for bad input or an",
            "unreachable backend."},
        footer = {"", "Examples:",
            "  otelint push examples/nginx",
            "  otelint push --to otlp=localhost:4317 examples/nginx/data/sample.json",
            "  otelint push --to otlphttp=http://localhost:4318 --times 10 --rate 500 traces.json",
            "  otelint push --gen traces --rate 1000 --duration 30s --to otlp=localhost:4317",
            "  otelint push --config otel-collector.yaml --dry-run data/",
            "  otelint push --to opensearch=http://localhost:9200 --install-templates examples/nginx",
            "  otelint push --to file=out.json examples/nginx/getting-started/raw.log"})
public final class PushCommand implements Callable<Integer> {
    /** A Ctrl-C lets the exporters answer for what was handed over; the drain waits at most this. */
    private static final long STOP_TIMEOUT_SECONDS = 30;

    /** Simple Schema documents are decoded back to OTLP, one record per request. */
    static final DocumentDecoder DECODER = new SimpleSchemaDecoder()::decode;

    @Parameters(arity = "0..*", paramLabel = "DATA",
            description = "Integration directories (their data/), record files or directories.")
    List<Path> data = new ArrayList<>();

    @Option(names = "--to", paramLabel = "NAME[=VALUE]",
            description = "A target exporter, e.g. otlp=localhost:4317, otlphttp=URL, file=PATH, debug; repeatable.")
    List<String> to = new ArrayList<>();

    @Option(names = "--config", paramLabel = "FILE|URI",
            description = "A collector config whose pipelines the records go through (receivers replaced); repeatable.")
    List<String> configs = new ArrayList<>();

    @Option(names = "--set", paramLabel = "KEY=VALUE",
            description = "Set one setting of the config push runs, after the rest (exporters.otlp.timeout=2s).")
    List<String> sets = new ArrayList<>();

    @Option(names = "--signal", paramLabel = "SIGNAL", description = "The signal of OTLP protobuf files (.pb, .binpb).")
    String signal;

    @Option(names = "--gen", paramLabel = "SIGNAL", description = "Generate traces, metrics or logs instead of reading files.")
    String gen;

    @Option(names = "--count", defaultValue = "100",
            description = "Units --gen makes (traces, log records, data points) (default: ${DEFAULT-VALUE}).")
    long count;

    @Option(names = "--duration", defaultValue = "0", paramLabel = "DURATION",
            description = "Generate for this long (e.g. 30s) instead of --count.")
    String duration;

    @Option(names = "--rate", defaultValue = "0", description = "Records per second; 0 = no limit (default: ${DEFAULT-VALUE}).")
    double rate;

    @Option(names = "--times", defaultValue = "1", description = "Send the inputs this many times (default: ${DEFAULT-VALUE}).")
    int times;

    @Option(names = "--shift-timestamps",
            description = "Move every record's times so that the newest is now, keeping their spacing (files only).")
    boolean shiftTimestamps;

    @Option(names = "--install-templates",
            description = "Install the integration's schemas/ templates (else the catalog's for the signals pushed) "
                    + "into the OpenSearch targets first.")
    boolean installTemplates;

    @Option(names = "--integration", paramLabel = "DIR",
            description = "The integration whose schemas/ --install-templates installs and whose getting-started/ "
                    + "collector.yaml reads raw log files (default: the one the inputs are in).")
    Path integration;

    @Option(names = "--dry-run", description = "Validate the inputs and print what would be sent, sending nothing.")
    boolean dryRun;

    @Option(names = "--progress-interval", defaultValue = "5s", paramLabel = "DURATION",
            description = "How often a progress line is printed when not on a terminal (default: ${DEFAULT-VALUE}).")
    String progressInterval;

    @Option(names = "--verbose", description = "Show the collector's log (exporter errors, retries) on standard error.")
    boolean verbose;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws InterruptedException {
        PushRequest request = request();
        Report report = new Report();
        PushService service = new PushService(ComponentRegistry.builtIn(), System::getenv, DECODER,
                new CollectorLog(verbose ? System.err : new PrintStream(OutputStream.nullOutputStream())), report);
        PrintWriter out = spec.commandLine().getOut();
        try {
            if (dryRun) {
                PushService.DryRun plan = service.dryRun(request);
                renderFindings(report, out);
                printPlan(plan, out);
                return report.total() > 0 || plan.unreadable() > 0 ? ExitCodes.FINDINGS : ExitCodes.CLEAN;
            }
            return UntilSignal.run("otelint-push-stop", service::stop, STOP_TIMEOUT_SECONDS, () -> {
                PushSummary summary = service.push(request, progress(), line -> {
                    out.println(line);
                    out.flush();
                });
                renderFindings(report, out);
                summary.lines().forEach(out::println);
                out.flush();
                return summary.exitCode();
            });
        } catch (BadInputException e) {
            renderFindings(report, spec.commandLine().getErr());
            throw e;
        }
    }

    private PushRequest request() {
        try {
            return new PushRequest(data, signal == null ? null : OptionValues.parse("--signal", signal, Signal.class),
                    gen == null ? null : OptionValues.parse("--gen", gen, Signal.class), count,
                    duration("--duration", duration, true), rate, times, dryRun, to, configs, sets, shiftTimestamps,
                    installTemplates, integration);
        } catch (IllegalArgumentException e) {
            throw new BadInputException(e.getMessage());
        }
    }

    private ProgressSettings progress() {
        Duration interval = duration("--progress-interval", progressInterval, false);
        PrintWriter err = spec.commandLine().getErr();
        boolean terminal = System.console() != null;
        return new ProgressSettings(line -> {
            if (terminal) {
                err.print(line);
            } else {
                err.println(line);
            }
            err.flush();
        }, terminal, interval);
    }

    private static Duration duration(String option, String value, boolean zeroAllowed) {
        try {
            Duration d = GoDuration.parse(value);
            if (d.isNegative() || !zeroAllowed && d.isZero()) {
                throw new IllegalArgumentException("must be positive");
            }
            return d;
        } catch (IllegalArgumentException e) {
            throw new BadInputException(option + ": expected a duration such as 5s, got '" + value + "'");
        }
    }

    private static void printPlan(PushService.DryRun plan, PrintWriter out) {
        out.println("otelint push --dry-run: nothing sent; would send to " + String.join(", ", plan.targets()) + ":");
        if (plan.bySignal().isEmpty()) {
            out.println("  no records");
        }
        for (Map.Entry<String, long[]> e : plan.bySignal().entrySet()) {
            out.println("  " + e.getKey() + ": " + e.getValue()[0] + " records in " + e.getValue()[1] + " requests");
        }
        if (plan.unreadable() > 0) {
            out.println("  not sendable: " + plan.unreadable() + " records (see the findings above)");
        }
        out.flush();
    }

    private static void renderFindings(Report report, PrintWriter w) {
        if (report.total() == 0) {
            return;
        }
        try {
            ReportFormat.TEXT.renderer().render(report, new RenderOptions(VersionProvider.version(),
                    Terminal.colorEnabled()), w);
        } catch (IOException e) {
            throw new IllegalStateException("cannot write the findings", e);
        }
        w.flush();
    }
}
