package dev.otelint.collector.receiver.hostmetrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.otelint.cli.CliRun;
import dev.otelint.cli.ExitCodes;
import dev.otelint.collector.config.ConfigException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Per-scraper settings as users paste them, through otelint collector validate. */
class HostMetricsConfigTest {
    @TempDir
    Path dir;

    // the shape of the collector docs' and the Helm chart's host metrics presets
    private static final String PASTED = """
            receivers:
              hostmetrics:
                collection_interval: 30s
                root_path: /
                scrapers:
                  cpu:
                    metrics:
                      system.cpu.utilization:
                        enabled: true
                      system.cpu.logical.count:
                        enabled: true
                  disk:
                    exclude:
                      devices: ['^loop\\d+$', '^ram\\d+$']
                      match_type: regexp
                  filesystem:
                    exclude_mount_points:
                      mount_points: [/dev/*, /proc/*, /sys/*, /var/lib/docker/*, /snap/*]
                      match_type: regexp
                    exclude_fs_types:
                      fs_types: [autofs, binfmt_misc, cgroup2, devtmpfs, overlay, proc, sysfs, tracefs]
                      match_type: strict
                    metrics:
                      system.filesystem.utilization:
                        enabled: true
                  load:
                    cpu_average: true
                  memory:
                    metrics:
                      system.memory.utilization:
                        enabled: true
                      system.memory.limit:
                        enabled: true
                  network:
                    exclude:
                      interfaces: [lo]
                      match_type: strict
                  paging:
                    metrics:
                      system.paging.utilization:
                        enabled: true
                  processes:
            %s
            exporters:
              debug:
            service:
              pipelines:
                metrics:
                  receivers: [hostmetrics]
                  exporters: [debug]
            """;

    private CliRun validate(String extra) throws IOException {
        Path config = dir.resolve("collector.yaml");
        Files.writeString(config, PASTED.formatted(extra));
        return CliRun.of("collector", "validate", "--config", config.toString());
    }

    @Test
    void aPastedConfigWithMetricsBlocksAndFiltersIsValid() throws IOException {
        CliRun run = validate("");
        assertThat(run.out()).doesNotContain("receivers::hostmetrics");
        assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(ExitCodes.CLEAN);
    }

    @Test
    void aScraperOtelintDoesNotRunIsAnErrorNamingTheOnesItRuns() throws IOException {
        CliRun run = validate("      nfs:");
        assertThat(run.out()).contains("error [collector.config] receivers::hostmetrics: scraper \"nfs\" is known to"
                + " otelcol-contrib, not supported by otelint (otelint has: [cpu, disk, filesystem, load, memory,"
                + " network, paging, processes])");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.FINDINGS);
    }

    @Test
    void theSelectionFollowsTheMetricsBlockAndTheUnsupportedAreRefused() {
        HostMetricsConfig config = HostMetricsFixture.config("", "{cpu: {metrics: {system.cpu.time: {enabled: false},"
                + " system.cpu.utilization: {enabled: true}, system.cpu.logical.count: null}}}");
        assertThat(config.scraperSettings().get("cpu").selection().enabled())
                .containsExactlyInAnyOrder("system.cpu.utilization");

        assertThatThrownBy(() -> HostMetricsFixture.config("", "{cpu: {metrics: {system.cpu.frequency: {enabled: true}}}}"))
                .isInstanceOf(ConfigException.class).hasMessage("error reading settings for scraper type \"cpu\":"
                        + " 'metrics.system.cpu.frequency' is known to otelcol-contrib, not supported by otelint"
                        + " (set enabled: false)");
        assertThatThrownBy(() -> HostMetricsFixture.config("", "{memory: {metrics: {system.memory.usage:"
                + " {aggregation_strategy: avg, attributes: [state]}}}}"))
                .hasMessage("error reading settings for scraper type \"memory\": 'metrics.system.memory.usage':"
                        + " aggregation_strategy and attributes are known to otelcol-contrib, not supported by otelint");
        assertThatThrownBy(() -> HostMetricsFixture.config("", "{load: {metrics: [system.cpu.load_average.1m]}}"))
                .hasMessage("error reading settings for scraper type \"load\": 'metrics' expected a map, got 'slice'");
        // a metric without attributes takes only enabled
        assertThatThrownBy(() -> HostMetricsFixture.config("", "{processes: {metrics: {system.processes.created:"
                + " {attributes: []}}}}"))
                .hasMessage("error reading settings for scraper type \"processes\": 'metrics.system.processes.created'"
                        + " has invalid keys: attributes");
    }

    @Test
    void everyProblemIsReportedAndAMissingRootPathIsTheCollectorsError() {
        ConfigException e = (ConfigException) catchThrowable(() ->
                HostMetricsFixture.config("", "{cpux: null, memory: {metrics: {system.memory.used: {enabled: true}}}}"));
        assertThat(e).hasMessage("invalid scraper key: cpux");
        assertThat(e.getSuppressed()).extracting(Throwable::getMessage).containsExactly(
                "error reading settings for scraper type \"memory\": 'metrics' has invalid keys: system.memory.used");

        assertThatThrownBy(() -> HostMetricsFixture.config(dir.resolve("nowhere").toString(), "{cpu: null}"))
                .hasMessage("invalid root_path: stat " + dir.resolve("nowhere") + ": no such file or directory");
    }

    @Test
    void metadataCollectionIntervalAndTimeoutAreAcceptedAndReportedAsNotApplied() throws IOException {
        CliRun run = validate("    metadata_collection_interval: 1m\n    timeout: 5s");
        assertThat(run.out()).contains("receivers::hostmetrics: setting 'metadata_collection_interval' is known to"
                + " otelcol-contrib, not supported by otelint")
                .contains("receivers::hostmetrics: setting 'timeout' is known to otelcol-contrib, not supported by otelint");
        assertThat(run.out()).doesNotContain("error [");
    }
}
