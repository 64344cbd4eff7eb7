package dev.otelint.collector.receiver.hostmetrics;

import dev.otelint.collector.ComponentId;
import dev.otelint.collector.ComponentKind;
import dev.otelint.collector.component.CollectorLog;
import dev.otelint.collector.component.ComponentSettings;
import dev.otelint.collector.config.YamlConfigReader;
import dev.otelint.records.AnyValues;
import io.opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceRequest;
import io.opentelemetry.proto.metrics.v1.Metric;
import io.opentelemetry.proto.metrics.v1.NumberDataPoint;
import io.opentelemetry.proto.metrics.v1.ScopeMetrics;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Builds hostmetrics receivers from YAML over a fake root_path, scrapes them and shows what they sent. */
final class HostMetricsFixture {
    static final Path FAKE_ROOT = Path.of("src/test/resources/hostmetrics/root");

    final ByteArrayOutputStream log = new ByteArrayOutputStream();
    private final ComponentSettings settings = new ComponentSettings(ComponentId.parse("hostmetrics"),
            ComponentKind.RECEIVER, new CollectorLog(new PrintStream(log, true, StandardCharsets.UTF_8)));

    /** A receiver config: {@code scrapers} is the YAML of the scrapers section; validated as the collector does. */
    static HostMetricsConfig config(String rootPath, String scrapers) {
        HostMetricsConfig config = new HostMetricsConfig();
        config.rootPath = rootPath;
        config.scrapers = YamlConfigReader.readString("test.yaml", scrapers);
        config.validate();
        return config;
    }

    /** A receiver whose scrapers keep their state (the previous cpu reading) between scrapes. */
    HostMetricsReceiver receiver(HostMetricsConfig config) {
        return new HostMetricsReceiver(config, settings, HostMetricsReceiverFactory.scrapers(config), r -> { });
    }

    String logText() {
        return log.toString(StandardCharsets.UTF_8);
    }

    /** Copies the fake root into {@code dir}, so that a test may rewrite its files. */
    static Path copyFakeRoot(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(FAKE_ROOT)) {
            for (Path from : files.toList()) {
                Path to = dir.resolve(FAKE_ROOT.relativize(from).toString());
                if (Files.isDirectory(from)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(from, to);
                }
            }
        }
        return dir;
    }

    static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }

    static Map<String, Metric> byName(ExportMetricsServiceRequest request) {
        Map<String, Metric> metrics = new LinkedHashMap<>();
        for (ScopeMetrics scope : request.getResourceMetrics(0).getScopeMetricsList()) {
            scope.getMetricsList().forEach(m -> metrics.put(m.getName(), m));
        }
        return metrics;
    }

    static List<NumberDataPoint> points(Metric m) {
        return m.hasSum() ? m.getSum().getDataPointsList() : m.getGauge().getDataPointsList();
    }

    /** "a=1,b=2 -> value" per point, in the order sent. */
    static List<String> values(Metric m) {
        return points(m).stream().map(p -> p.getAttributesList().stream()
                        .map(kv -> kv.getKey() + "=" + AnyValues.asString(kv.getValue())).collect(Collectors.joining(","))
                        + " -> " + (p.hasAsInt() ? Long.toString(p.getAsInt()) : Double.toString(p.getAsDouble())))
                .toList();
    }

    /** The point whose attributes read {@code attributes} ("a=1,b=2"), as a number. */
    static double value(Metric m, String attributes) {
        return values(m).stream().filter(v -> v.startsWith(attributes + " -> ")).findFirst()
                .map(v -> Double.parseDouble(v.substring(v.indexOf(" -> ") + 4)))
                .orElseThrow(() -> new AssertionError(m.getName() + " has no point " + attributes + ": " + values(m)));
    }
}
