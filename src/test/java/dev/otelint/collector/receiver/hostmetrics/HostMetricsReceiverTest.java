package dev.otelint.collector.receiver.hostmetrics;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.otelint.collector.ComponentId;
import dev.otelint.collector.ComponentKind;
import dev.otelint.collector.ComponentRegistry;
import dev.otelint.collector.RecordingExporterFactory;
import dev.otelint.collector.component.CollectorLog;
import dev.otelint.collector.component.ComponentSettings;
import dev.otelint.collector.service.Collector;
import dev.otelint.collector.service.CollectorConfig;
import dev.otelint.collector.service.CollectorConfigs;
import dev.otelint.records.AnyValues;
import dev.otelint.report.Finding;
import dev.otelint.report.Report;
import io.opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceRequest;
import io.opentelemetry.proto.metrics.v1.Metric;
import io.opentelemetry.proto.metrics.v1.NumberDataPoint;
import io.opentelemetry.proto.metrics.v1.ScopeMetrics;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HostMetricsReceiverTest {
    private static final ComponentSettings SETTINGS = new ComponentSettings(ComponentId.parse("hostmetrics"),
            ComponentKind.RECEIVER, new CollectorLog(new PrintStream(new ByteArrayOutputStream())));

    private static HostMetricsConfig allScrapers(String rootPath) {
        HostMetricsConfig c = new HostMetricsConfig();
        c.rootPath = rootPath;
        HostMetricsConfig.Scraper on = new HostMetricsConfig.Scraper();
        c.scrapers.cpu = on;
        c.scrapers.memory = on;
        c.scrapers.load = on;
        c.scrapers.filesystem = on;
        c.scrapers.disk = on;
        c.scrapers.network = on;
        return c;
    }

    private static ExportMetricsServiceRequest scrape(HostMetricsConfig config) {
        return new HostMetricsReceiver(config, SETTINGS, HostMetricsReceiverFactory.scrapers(config.scrapers), r -> { })
                .scrape();
    }

    private static Map<String, Metric> byName(ExportMetricsServiceRequest request) {
        Map<String, Metric> metrics = new HashMap<>();
        for (ScopeMetrics scope : request.getResourceMetrics(0).getScopeMetricsList()) {
            scope.getMetricsList().forEach(m -> metrics.put(m.getName(), m));
        }
        return metrics;
    }

    private static List<NumberDataPoint> points(Metric m) {
        return m.hasSum() ? m.getSum().getDataPointsList() : m.getGauge().getDataPointsList();
    }

    /** "a=1,b=2 -> value" per point. */
    private static List<String> values(Metric m) {
        return points(m).stream().map(p -> p.getAttributesList().stream()
                        .map(kv -> kv.getKey() + "=" + AnyValues.asString(kv.getValue())).collect(Collectors.joining(","))
                        + " -> " + (p.hasAsInt() ? Long.toString(p.getAsInt()) : Double.toString(p.getAsDouble())))
                .toList();
    }

    private static void write(Path root, String file, String text) throws IOException {
        Path p = root.resolve("proc").resolve(file);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text);
    }

    @Test
    void readsExactValuesFromAFakeRootPath(@TempDir Path root) throws IOException {
        write(root, "stat", "cpu  300 0 200 1000 5 1 2 3 0 0\ncpu0 300 0 200 1000 5 1 2 3 0 0\nbtime 1700000000\n");
        write(root, "meminfo", "MemTotal: 1000 kB\nMemFree: 100 kB\nBuffers: 50 kB\nCached: 200 kB\n"
                + "SReclaimable: 40 kB\nSUnreclaim: 10 kB\n");
        write(root, "loadavg", "0.50 1.25 2.00 3/200 4242\n");
        write(root, "diskstats", "   8       0 sda 10 1 80 7 20 2 160 9 0 30 40 0 0 0 0\n");
        write(root, "net/dev", "Inter-|   Receive | Transmit\n face |bytes packets errs drop\n"
                + "  eth0: 1000 10 1 2 0 0 0 0 2000 20 3 4 0 0 0 0\n");
        write(root, "filesystems", "nodev\tproc\n\text4\n");
        write(root, "mounts", "proc /proc proc rw 0 0\n/dev/sda1 / ext4 ro,relatime 0 0\n");

        Map<String, Metric> m = byName(scrape(allScrapers(root.toString())));

        Metric cpu = m.get("system.cpu.time");
        assertThat(cpu.getUnit()).isEqualTo("s");
        assertThat(cpu.getSum().getIsMonotonic()).isTrue();
        assertThat(values(cpu)).containsExactly("cpu=cpu0,state=user -> 3.0", "cpu=cpu0,state=nice -> 0.0",
                "cpu=cpu0,state=system -> 2.0", "cpu=cpu0,state=idle -> 10.0", "cpu=cpu0,state=wait -> 0.05",
                "cpu=cpu0,state=interrupt -> 0.01", "cpu=cpu0,state=softirq -> 0.02", "cpu=cpu0,state=steal -> 0.03");
        assertThat(points(cpu).get(0).getStartTimeUnixNano()).isEqualTo(1_700_000_000_000_000_000L);

        assertThat(values(m.get("system.memory.usage"))).containsExactly("state=used -> 624640",
                "state=free -> 102400", "state=buffered -> 51200", "state=cached -> 245760",
                "state=slab_reclaimable -> 40960", "state=slab_unreclaimable -> 10240");
        assertThat(m.get("system.memory.usage").getSum().getIsMonotonic()).isFalse();
        assertThat(values(m.get("system.memory.utilization")).get(0)).isEqualTo("state=used -> 0.61");

        assertThat(values(m.get("system.cpu.load_average.15m"))).containsExactly(" -> 2.0");
        assertThat(m.get("system.cpu.load_average.1m").getUnit()).isEqualTo("{thread}");

        assertThat(values(m.get("system.disk.io"))).containsExactly("device=sda,direction=read -> 40960",
                "device=sda,direction=write -> 81920");
        assertThat(values(m.get("system.disk.operations"))).containsExactly("device=sda,direction=read -> 10",
                "device=sda,direction=write -> 20");
        assertThat(values(m.get("system.disk.io_time"))).containsExactly("device=sda -> 0.03");
        assertThat(values(m.get("system.disk.weighted_io_time"))).containsExactly("device=sda -> 0.04");

        assertThat(values(m.get("system.network.io"))).containsExactly("device=eth0,direction=receive -> 1000",
                "device=eth0,direction=transmit -> 2000");
        assertThat(values(m.get("system.network.dropped"))).containsExactly("device=eth0,direction=receive -> 2",
                "device=eth0,direction=transmit -> 4");

        // only the ext4 mount: proc is a nodev type; the mount point resolves under root_path
        assertThat(values(m.get("system.filesystem.usage"))).hasSize(3)
                .allMatch(v -> v.startsWith("device=/dev/sda1,mode=ro,mountpoint=/,type=ext4,state="));
        long total = Files.getFileStore(root).getTotalSpace();
        assertThat(points(m.get("system.filesystem.usage")).stream().mapToLong(NumberDataPoint::getAsInt).sum())
                .isEqualTo(total);
    }

    @Test
    void theRealProcGivesTheConventionsNamesUnitsAndKindsAndCountersOnlyGrow() throws Exception {
        ExportMetricsServiceRequest first = scrape(allScrapers(""));
        Thread.sleep(50);
        ExportMetricsServiceRequest second = scrape(allScrapers(""));
        Map<String, Metric> metrics = byName(second);
        assertThat(metrics).containsKeys("system.cpu.time", "system.memory.usage", "system.cpu.load_average.1m",
                "system.disk.io", "system.network.io");
        assertThat(second.getResourceMetrics(0).getScopeMetricsList()).extracting(s -> s.getScope().getName())
                .allMatch(n -> n.startsWith("github.com/open-telemetry/opentelemetry-collector-contrib/receiver/"
                        + "hostmetricsreceiver/internal/scraper/"));

        JsonNode registry = new ObjectMapper().readTree(Path.of("catalog/semconv/1.44.0/registry.json").toFile());
        Map<String, JsonNode> conventions = new HashMap<>();
        registry.get("metrics").forEach(m -> conventions.put(m.get("name").asText(), m));
        List<String> checked = new ArrayList<>();
        for (Metric m : metrics.values()) {
            JsonNode convention = conventions.get(m.getName());
            if (convention == null) {
                continue; // load averages, pending operations: the receiver's own names, not in the registry
            }
            checked.add(m.getName());
            assertThat(m.getUnit()).as(m.getName()).isEqualTo(convention.get("unit").asText());
            String kind = m.hasGauge() ? "gauge" : m.getSum().getIsMonotonic() ? "counter" : "updowncounter";
            assertThat(kind).as(m.getName()).isEqualTo(convention.get("instrument").asText());
        }
        assertThat(checked).contains("system.cpu.time", "system.memory.usage", "system.disk.io", "system.network.io",
                "system.network.errors");

        Map<String, Double> before = counters(first);
        counters(second).forEach((key, value) -> {
            if (before.containsKey(key)) {
                assertThat(value).as(key).isGreaterThanOrEqualTo(before.get(key));
            }
        });
    }

    private static Map<String, Double> counters(ExportMetricsServiceRequest request) {
        Map<String, Double> out = new HashMap<>();
        byName(request).values().stream().filter(m -> m.hasSum() && m.getSum().getIsMonotonic()).forEach(m ->
                points(m).forEach(p -> out.put(m.getName() + p.getAttributesList(),
                        p.hasAsInt() ? (double) p.getAsInt() : p.getAsDouble())));
        return out;
    }

    @Test
    void aCollectorPipelineGetsAScrapeEveryCollectionInterval() throws InterruptedException {
        RecordingExporterFactory exporter = new RecordingExporterFactory(new ArrayList<>());
        Report report = new Report();
        CollectorConfig config = CollectorConfigs.read(List.of("yaml:{receivers: {hostmetrics: {collection_interval: 50ms,"
                + " initial_delay: 0s, scrapers: {load: null, memory: {}}}}, exporters: {recording: null},"
                + " service: {pipelines: {metrics: {receivers: [hostmetrics], exporters: [recording]}}}}"), List.of(),
                name -> null, ComponentRegistry.builtIn().with(exporter), report, true);
        assertThat(report.findings()).isEmpty();
        Collector collector = Collector.build(config, SETTINGS.log());
        collector.start();
        try {
            for (int i = 0; i < 100 && exporter.received.size() < 2; i++) {
                Thread.sleep(20);
            }
        } finally {
            collector.shutdown();
        }
        assertThat(exporter.received.size()).isGreaterThanOrEqualTo(2);
        assertThat(byName((ExportMetricsServiceRequest) exporter.received.get(0)))
                .containsKeys("system.cpu.load_average.5m", "system.memory.usage").doesNotContainKey("system.cpu.time");
    }

    @Test
    void aConfigWithoutScrapersIsRefusedAsTheCollectorDoes() {
        Report report = new Report();
        CollectorConfigs.read(List.of("yaml:{receivers: {hostmetrics: {collection_interval: 10s}},"
                + " exporters: {debug: null}, service: {pipelines: {metrics: {receivers: [hostmetrics],"
                + " exporters: [debug]}}}}"), List.of(), name -> null, ComponentRegistry.builtIn(), report, true);
        assertThat(report.findings()).extracting(Finding::message)
                .containsExactly("must specify at least one scraper when using hostmetrics receiver");
    }
}
