package dev.otelint.collector.receiver.hostmetrics;

import static dev.otelint.collector.receiver.hostmetrics.HostMetricsFixture.byName;
import static dev.otelint.collector.receiver.hostmetrics.HostMetricsFixture.config;
import static dev.otelint.collector.receiver.hostmetrics.HostMetricsFixture.copyFakeRoot;
import static dev.otelint.collector.receiver.hostmetrics.HostMetricsFixture.points;
import static dev.otelint.collector.receiver.hostmetrics.HostMetricsFixture.value;
import static dev.otelint.collector.receiver.hostmetrics.HostMetricsFixture.values;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.opentelemetry.proto.metrics.v1.Metric;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The cpu, memory, load, disk, paging and processes scrapers over the fake root: every value is known. */
class ProcScrapersTest {
    private final HostMetricsFixture fixture = new HostMetricsFixture();

    private Map<String, Metric> scrapeOnce(String scrapers) {
        return byName(fixture.receiver(config(HostMetricsFixture.FAKE_ROOT.toString(), scrapers)).scrape());
    }

    @Test
    void cpuTimeIsPerCpuAndStateInSecondsStartingAtBoot() {
        Metric time = scrapeOnce("{cpu: null}").get("system.cpu.time");
        assertThat(time.getUnit()).isEqualTo("s");
        assertThat(time.getSum().getIsMonotonic()).isTrue();
        assertThat(values(time)).startsWith("cpu=cpu0,state=user -> 3.0", "cpu=cpu0,state=system -> 2.0",
                "cpu=cpu0,state=idle -> 10.0", "cpu=cpu0,state=interrupt -> 0.01", "cpu=cpu0,state=nice -> 0.0",
                "cpu=cpu0,state=softirq -> 0.02", "cpu=cpu0,state=steal -> 0.03", "cpu=cpu0,state=wait -> 0.05")
                .hasSize(16);
        assertThat(points(time).get(0).getStartTimeUnixNano()).isEqualTo(1_700_000_000_000_000_000L);
    }

    @Test
    void cpuUtilizationComesFromTwoReadingsAndTheFirstScrapeHasNone(@TempDir Path dir) throws IOException {
        Path root = copyFakeRoot(dir);
        HostMetricsReceiver receiver = fixture.receiver(config(root.toString(),
                "{cpu: {metrics: {system.cpu.utilization: {enabled: true}, system.cpu.time: {enabled: false}}}}"));
        assertThat(byName(receiver.scrape())).isEmpty();

        // cpu0: 100 more ticks of user and of idle; cpu1 unchanged
        Files.writeString(root.resolve("proc/stat"), Files.readString(root.resolve("proc/stat"))
                .replace("cpu0 300 0 200 1000", "cpu0 400 0 200 1100"));
        Map<String, Metric> second = byName(receiver.scrape());

        Metric utilization = second.get("system.cpu.utilization");
        assertThat(second).containsOnlyKeys("system.cpu.utilization");
        assertThat(utilization.hasGauge()).isTrue();
        assertThat(utilization.getUnit()).isEqualTo("1");
        assertThat(value(utilization, "cpu=cpu0,state=user")).isCloseTo(0.5, within(1e-9));
        assertThat(value(utilization, "cpu=cpu0,state=idle")).isCloseTo(0.5, within(1e-9));
        assertThat(value(utilization, "cpu=cpu0,state=system")).isEqualTo(0.0);
        assertThat(value(utilization, "cpu=cpu1,state=user")).isEqualTo(0.0); // no time passed: all zero
        assertThat(values(utilization)).hasSize(16);
    }

    @Test
    void cpuCountsComeFromCpuinfoAndTheCoreTopology(@TempDir Path dir) throws IOException {
        String scrapers = "{cpu: {metrics: {system.cpu.logical.count: {enabled: true},"
                + " system.cpu.physical.count: {enabled: true}}}}";
        Map<String, Metric> m = scrapeOnce(scrapers);
        assertThat(values(m.get("system.cpu.logical.count"))).containsExactly(" -> 2");
        assertThat(values(m.get("system.cpu.physical.count"))).containsExactly(" -> 2"); // {0-1, 2-3}
        assertThat(m.get("system.cpu.logical.count").getUnit()).isEqualTo("{cpu}");

        Path root = copyFakeRoot(dir);
        HostMetricsFixture.deleteTree(root.resolve("sys"));
        Metric physical = byName(fixture.receiver(config(root.toString(), scrapers)).scrape())
                .get("system.cpu.physical.count");
        assertThat(values(physical)).containsExactly(" -> 1"); // one package of "cpu cores: 1"
    }

    @Test
    void memoryStatesAreGopsutilsAndTheOptionalMetricsAreOnlySentWhenEnabled() {
        Map<String, Metric> defaults = scrapeOnce("{memory: null}");
        assertThat(defaults).containsOnlyKeys("system.memory.usage");
        assertThat(values(defaults.get("system.memory.usage"))).containsExactly("state=used -> 624640",
                "state=free -> 102400", "state=buffered -> 51200", "state=cached -> 245760",
                "state=slab_reclaimable -> 40960", "state=slab_unreclaimable -> 10240");

        Map<String, Metric> all = scrapeOnce("{memory: {metrics: {system.memory.utilization: {enabled: true},"
                + " system.memory.limit: {enabled: true}, system.linux.memory.available: {enabled: true},"
                + " system.linux.memory.dirty: {enabled: true}, system.memory.page_size: {enabled: true},"
                + " system.memory.usage: {enabled: false}}}}");
        assertThat(all).doesNotContainKey("system.memory.usage");
        assertThat(value(all.get("system.memory.utilization"), "state=used")).isEqualTo(0.61);
        assertThat(values(all.get("system.memory.limit"))).containsExactly(" -> 1024000");
        assertThat(values(all.get("system.linux.memory.available"))).containsExactly(" -> 614400");
        assertThat(values(all.get("system.linux.memory.dirty"))).containsExactly(" -> 7168");
        assertThat(all.get("system.memory.limit").getSum().getIsMonotonic()).isFalse();
        assertThat(points(all.get("system.memory.page_size")).get(0).getAsInt()).isIn(4096L, 16384L, 65536L);
    }

    @Test
    void loadAveragesAreDividedByTheCpuCountWithCpuAverage() {
        Map<String, Metric> plain = scrapeOnce("{load: null}");
        assertThat(values(plain.get("system.cpu.load_average.15m"))).containsExactly(" -> 2.0");
        assertThat(plain.get("system.cpu.load_average.1m").getUnit()).isEqualTo("{thread}");

        Map<String, Metric> averaged = scrapeOnce("{load: {cpu_average: true}}");
        int cpus = LoadScraper.usableCpus();
        assertThat(cpus).isPositive();
        assertThat(points(averaged.get("system.cpu.load_average.15m")).get(0).getAsDouble())
                .isCloseTo(2.0 / cpus, within(1e-9));
        assertThat(LoadScraper.countCpus("0-3,6,8-9")).isEqualTo(7);
    }

    @Test
    void diskMetricsKeepTheDevicesTheFiltersKeep() {
        Map<String, Metric> all = scrapeOnce("{disk: null}");
        assertThat(values(all.get("system.disk.io"))).containsExactly("device=loop0,direction=read -> 5120",
                "device=loop0,direction=write -> 0", "device=sda,direction=read -> 40960",
                "device=sda,direction=write -> 81920", "device=sda1,direction=read -> 24576",
                "device=sda1,direction=write -> 49152");
        assertThat(all.get("system.disk.operations").getUnit()).isEqualTo("{operations}");
        assertThat(value(all.get("system.disk.io_time"), "device=sda")).isEqualTo(0.03);
        assertThat(value(all.get("system.disk.weighted_io_time"), "device=sda")).isEqualTo(0.04);
        assertThat(value(all.get("system.disk.merged"), "device=sda,direction=write")).isEqualTo(2);

        Map<String, Metric> noLoop = scrapeOnce("{disk: {exclude: {devices: ['^loop'], match_type: regexp}}}");
        assertThat(values(noLoop.get("system.disk.io_time"))).containsExactly("device=sda -> 0.03", "device=sda1 -> 0.02");

        Map<String, Metric> onlySda = scrapeOnce("{disk: {include: {devices: [sda], match_type: strict},"
                + " metrics: {system.disk.merged: {enabled: false}}}}");
        assertThat(values(onlySda.get("system.disk.pending_operations"))).containsExactly("device=sda -> 0");
        assertThat(onlySda).doesNotContainKey("system.disk.merged");
    }

    @Test
    void pagingUsageComesFromSwapsAndOperationsFromVmstatScaledAsGopsutilDoes() {
        Map<String, Metric> m = scrapeOnce("{paging: {metrics: {system.paging.utilization: {enabled: true}}}}");
        assertThat(values(m.get("system.paging.usage"))).containsExactly("device=/swapfile,state=used -> 256000",
                "device=/swapfile,state=free -> 768000");
        assertThat(values(m.get("system.paging.utilization"))).containsExactly("device=/swapfile,state=used -> 0.25",
                "device=/swapfile,state=free -> 0.75");
        assertThat(values(m.get("system.paging.operations"))).containsExactly(
                "direction=page_in,type=major -> 12288", "direction=page_out,type=major -> 16384",
                "direction=page_in,type=minor -> 45056", "direction=page_out,type=minor -> 90112");
        assertThat(values(m.get("system.paging.faults"))).containsExactly("type=major -> 28672",
                "type=minor -> 380928");
        assertThat(m.get("system.paging.faults").getUnit()).isEqualTo("{faults}");
        assertThat(m.get("system.paging.operations").getSum().getIsMonotonic()).isTrue();
    }

    @Test
    void processesAreCountedByStatusWithRunningAndBlockedFromProcStat() {
        Map<String, Metric> m = scrapeOnce("{processes: null}");
        assertThat(values(m.get("system.processes.count"))).containsExactly("status=blocked -> 1",
                "status=idle -> 1", "status=running -> 3", "status=sleeping -> 2", "status=zombies -> 1");
        assertThat(values(m.get("system.processes.created"))).containsExactly(" -> 4242");
        assertThat(m.get("system.processes.created").getSum().getIsMonotonic()).isTrue();
        assertThat(m.get("system.processes.count").getSum().getIsMonotonic()).isFalse();
        assertThat(ProcessesScraper.status("t")).isEqualTo("stopped");
        assertThat(ProcessesScraper.status("X")).isEqualTo("unknown");
    }
}
