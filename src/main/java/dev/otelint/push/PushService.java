package dev.otelint.push;

import dev.otelint.collector.ComponentRegistry;
import dev.otelint.collector.component.CollectorLog;
import dev.otelint.collector.component.SignalType;
import dev.otelint.collector.config.ConfigMap;
import dev.otelint.collector.service.Collector;
import dev.otelint.collector.service.CollectorConfig;
import dev.otelint.collector.service.CollectorConfigReader;
import dev.otelint.collector.service.PipelineCounters;
import dev.otelint.report.BadInputException;
import dev.otelint.report.Report;
import dev.otelint.report.Severity;
import dev.otelint.integration.IntegrationDirectory;
import dev.otelint.records.Signal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Pushes records through the embedded collector: resolves the targets, checks they answer, builds and starts
 * the collector, feeds it every source (--times passes, at --rate), waits until the backends have answered for
 * everything, shuts down and sums up. Findings (unreadable records, config errors) go to the report.
 */
public final class PushService {
    private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(3);
    /** How long a pipeline that refuses data (queue full, backend away) is offered it again. */
    private static final Duration INLET_PATIENCE = Duration.ofMinutes(5);
    /** Retries end after retry_on_failure's max_elapsed_time (5 min by default); this waits a bit longer. */
    private static final Duration DRAIN_LIMIT = Duration.ofMinutes(6);
    /** Raw log files are read to the end when the offsets stayed at the file sizes this long (a few idle polls). */
    private static final Duration RAW_LOG_IDLE = Duration.ofMillis(500);

    private final ComponentRegistry registry;
    private final Function<String, String> env;
    private final DocumentDecoder decoder;
    private final CollectorLog log;
    private final Report report;
    private volatile Feeder feeder;

    /** @param log where the collector's own log goes (exporter errors, retries) */
    public PushService(ComponentRegistry registry, Function<String, String> env, DocumentDecoder decoder,
                       CollectorLog log, Report report) {
        this.registry = registry;
        this.env = env;
        this.decoder = decoder;
        this.log = log;
        this.report = report;
    }

    /** The targets a request sends to: its --to flags, or debug when it names neither a target nor a config. */
    public List<Target> targets(PushRequest request) {
        TargetResolver resolver = new TargetResolver(registry);
        if (request.targets().isEmpty() && request.configs().isEmpty()) {
            return resolver.resolve(List.of("debug"));
        }
        return resolver.resolve(request.targets());
    }

    /**
     * Counts what would be sent, per signal, sending nothing. The inputs are first validated as
     * {@code otelint validate} would (against the integration's mapping when the input is an integration).
     */
    public DryRun dryRun(PushRequest request) throws InterruptedException {
        List<Target> targets = targets(request);
        DryRunValidation.validate(request.inputs(), request.protobufSignal(), report);
        Feeder counting = new Feeder(new Inlet(Duration.ZERO), 0, true, List.of());
        feeder = counting;
        // the validation reported what the readers find; counting adds only what push alone finds
        List<RecordSource> sources = Sources.of(request, decoder, DryRunValidation.pushFindingsOnly(report), null);
        for (int pass = 0; pass < request.times(); pass++) {
            for (RecordSource source : sources) {
                source.feed(counting);
            }
        }
        Map<String, long[]> bySignal = new LinkedHashMap<>();
        counting.bySignal().forEach((signal, c) -> bySignal.put(signal.toString(),
                new long[] {c.records.sum(), c.requests.sum()}));
        List<String> where = new ArrayList<>(targets.stream().map(Target::describe).toList());
        request.configs().forEach(c -> where.add("the pipelines of " + c));
        return new DryRun(bySignal, counting.unreadable.sum(), where);
    }

    /** Per signal: {records, requests}; records that could not be read; where they would go. */
    public record DryRun(Map<String, long[]> bySignal, long unreadable, List<String> targets) {}

    /**
     * Runs the push; {@code notes} gets what push did before sending (templates installed). Throws
     * BadInputException for bad flags, unreachable targets, refused templates and configs that cannot run.
     */
    public PushSummary push(PushRequest request, ProgressSettings progress, Consumer<String> notes)
            throws InterruptedException {
        List<Target> targets = targets(request);
        if (request.installTemplates() && targets.stream().noneMatch(DocumentTargets::indexesDocuments)) {
            throw new BadInputException("--install-templates needs an OpenSearch target (--to opensearch=URL)");
        }
        new TargetProbe(PROBE_TIMEOUT).requireReachable(targets);
        List<Path> rawLogs = RawLogs.of(request.inputs());
        if (!rawLogs.isEmpty()) {
            return pushRawLogs(request, targets, rawLogs, progress);
        }
        Inlet inlet = new Inlet(INLET_PATIENCE);
        CollectorConfig config = config(request, targets, inlet);
        Outcomes outcomes = new Outcomes();
        Collector collector = Collector.build(config, log, outcomes);
        try (DocumentTargets documents = DocumentTargets.open(targets, config, outcomes)) {
            FirstPass first = FirstPass.run(request, decoder, progress);
            if (request.installTemplates()) {
                installTemplates(request, documents, first).forEach(notes);
            }
            // with --config the user's pipelines decide what documents become: they are decoded to OTLP
            Feeder feeding = new Feeder(inlet, request.rate(), false,
                    request.configs().isEmpty() ? documents.indexers() : List.of());
            feeder = feeding;
            List<RecordSource> sources = Sources.of(request, decoder, report, first.shift());
            long start = System.nanoTime();
            collector.start();
            Drain drain = new Drain(collector, config, targets, outcomes);
            try (Progress bar = progress.start(feeding, outcomes)) {
                feed(request, sources, feeding, progress);
                drain.await(DRAIN_LIMIT, () -> !feeding.running());
            } finally {
                collector.shutdown();
            }
            return summary(feeding, outcomes, drain, targets, Duration.ofNanos(System.nanoTime() - start));
        }
    }

    /**
     * Raw log files through their integration's getting-started config: push ends when the filelog receivers have
     * read the files to the end (their checkpointed offsets reach the file sizes and stay) and the pipelines drained.
     */
    private PushSummary pushRawLogs(PushRequest request, List<Target> targets, List<Path> files,
                                    ProgressSettings progress) throws InterruptedException {
        if (request.shiftTimestamps() || request.times() > 1 || request.rate() > 0 || request.gen() != null) {
            throw new BadInputException("raw log files are read once by the integration's collector config: "
                    + "--shift-timestamps, --times, --rate and --gen do not apply to them");
        }
        Path yaml = RawLogs.config(files, request.integration());
        report.countFile(yaml.toString());
        OffsetStorageFactory offsets = new OffsetStorageFactory();
        CollectorConfig config = read(new PushConfig(env, report).forRawLogs(yaml, files, targets, request.sets()),
                registry.with(offsets));
        Outcomes outcomes = new Outcomes();
        Collector collector = Collector.build(config, log, outcomes);
        Feeder feeding = new Feeder(new Inlet(Duration.ZERO), 0, false, List.of());
        feeder = feeding;
        long start = System.nanoTime();
        collector.start();
        Drain drain = new Drain(collector, config, targets, outcomes);
        try (Progress bar = progress.start(feeding, outcomes)) {
            new ReadToEnd(offsets, files, RAW_LOG_IDLE).await(DRAIN_LIMIT, () -> !feeding.running());
            drain.await(DRAIN_LIMIT, () -> !feeding.running());
        } finally {
            collector.shutdown();
        }
        // what the filelog receivers made of the lines is what was sent
        feeding.sent.add(collector.pipelines().stream().mapToLong(PipelineCounters::received).sum());
        return summary(feeding, outcomes, drain, targets, Duration.ofNanos(System.nanoTime() - start));
    }

    private static void feed(PushRequest request, List<RecordSource> sources, Feeder feeding,
                             ProgressSettings progress) throws InterruptedException {
        for (int pass = 0; pass < request.times() && feeding.running(); pass++) {
            for (RecordSource source : sources) {
                source.feed(feeding);
            }
            progress.passDone(pass + 1, request.times(), feeding.sent.sum());
        }
        feeding.flushDocuments();
    }

    /** The integration's schemas/ (--integration, else the integration pushed), else the catalog's. */
    private static List<String> installTemplates(PushRequest request, DocumentTargets documents, FirstPass first) {
        Path integration = request.integration() != null ? request.integration()
                : request.inputs().stream().filter(p -> Files.isDirectory(p) && IntegrationDirectory.isIntegration(p))
                        .findFirst().orElse(null);
        if (integration != null) {
            return TemplateInstall.fromSchemas(documents.connections(), integration.resolve("schemas"));
        }
        Set<Signal> signals = request.gen() != null ? Set.of(request.gen()) : first.signals();
        return TemplateInstall.fromCatalog(documents.connections(), signals);
    }

    /** Asks a running push to stop early (Ctrl-C): the sources stop, what was handed over is still sent. */
    public void stop() {
        Feeder f = feeder;
        if (f != null) {
            f.stop();
        }
    }

    private CollectorConfig config(PushRequest request, List<Target> targets, Inlet inlet) {
        PushConfig builder = new PushConfig(env, report);
        ConfigMap root = request.configs().isEmpty() ? builder.forTargets(targets, request.sets())
                : builder.forConfigs(request.configs(), request.sets(), targets);
        request.configs().forEach(report::countFile);
        return read(root, registry.with(new PushReceiverFactory(inlet)));
    }

    private CollectorConfig read(ConfigMap root, ComponentRegistry withPushComponents) {
        CollectorConfig config = new CollectorConfigReader(withPushComponents, report, true).read(root);
        if (report.fails(Severity.ERROR)) {
            throw new BadInputException("the collector config push built cannot be run (see the errors above)");
        }
        return config;
    }

    private static PushSummary summary(Feeder feeder, Outcomes outcomes, Drain drain, List<Target> targets,
                                       Duration elapsed) {
        long accepted = outcomes.accepted.sum();
        for (Target t : targets) {
            if (!t.isNetwork()) { // local targets (file, debug) take what they are given, or fail the pipeline
                for (SignalType<?> signal : SignalType.all()) {
                    accepted += drain.given(t.id(), signal);
                }
            }
        }
        Map<String, Long> notSentReasons = new LinkedHashMap<>();
        feeder.notSentReasons().forEach((reason, n) -> notSentReasons.put(reason, n.sum()));
        return new PushSummary(feeder.sent.sum(), feeder.requests(), accepted, outcomes.rejected.sum(),
                outcomes.reasons(), outcomes.retried.sum(), feeder.notSent.sum(), notSentReasons,
                feeder.unreadable.sum(), elapsed, targets.stream().map(Target::describe).toList());
    }
}
