package dev.otelint.collector.receiver.hostmetrics;

import static dev.otelint.collector.receiver.hostmetrics.HostMetricsFixture.byName;
import static dev.otelint.collector.receiver.hostmetrics.HostMetricsFixture.config;
import static dev.otelint.collector.receiver.hostmetrics.HostMetricsFixture.copyFakeRoot;
import static dev.otelint.collector.receiver.hostmetrics.HostMetricsFixture.value;
import static dev.otelint.collector.receiver.hostmetrics.HostMetricsFixture.values;
import static org.assertj.core.api.Assertions.assertThat;

import io.opentelemetry.proto.metrics.v1.Metric;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The network scraper over the fake root: interface counters and their filters, TCP states, conntrack. */
class NetworkScraperTest {
    private final HostMetricsFixture fixture = new HostMetricsFixture();

    private Map<String, Metric> scrape(String root, String scrapers) {
        return byName(fixture.receiver(config(root, scrapers)).scrape());
    }

    @Test
    void countersPerInterfaceAndDirection() {
        Map<String, Metric> m = scrape(HostMetricsFixture.FAKE_ROOT.toString(), "{network: null}");
        assertThat(values(m.get("system.network.io"))).containsExactly("device=lo,direction=receive -> 500",
                "device=lo,direction=transmit -> 500", "device=eth0,direction=receive -> 1000",
                "device=eth0,direction=transmit -> 2000", "device=docker0,direction=receive -> 300",
                "device=docker0,direction=transmit -> 400");
        assertThat(value(m.get("system.network.errors"), "device=eth0,direction=transmit")).isEqualTo(3);
        assertThat(value(m.get("system.network.dropped"), "device=eth0,direction=receive")).isEqualTo(2);
        assertThat(value(m.get("system.network.packets"), "device=eth0,direction=transmit")).isEqualTo(20);
        assertThat(m.get("system.network.packets").getUnit()).isEqualTo("{packets}");
        assertThat(m).doesNotContainKeys("system.network.conntrack.count", "system.network.conntrack.max");
    }

    @Test
    void includeAndExcludeFiltersKeepTheNamedInterfaces() {
        String root = HostMetricsFixture.FAKE_ROOT.toString();
        assertThat(values(scrape(root, "{network: {exclude: {interfaces: [lo], match_type: strict}}}")
                .get("system.network.io"))).noneMatch(v -> v.startsWith("device=lo,")).hasSize(4);
        assertThat(values(scrape(root, "{network: {include: {interfaces: ['^eth'], match_type: regexp}}}")
                .get("system.network.io"))).allMatch(v -> v.startsWith("device=eth0,")).hasSize(2);
        // a regexp matches anywhere in the name, as Go's MatchString
        assertThat(values(scrape(root, "{network: {include: {interfaces: ['ker'], match_type: regexp},"
                + " exclude: {interfaces: [eth0], match_type: strict}}}").get("system.network.io")))
                .allMatch(v -> v.startsWith("device=docker0,")).hasSize(2);
    }

    @Test
    void connectionsAreCountedByTcpStateWithTheCollectorsStateNames() {
        Metric connections = scrape(HostMetricsFixture.FAKE_ROOT.toString(), "{network: null}")
                .get("system.network.connections");
        assertThat(connections.getUnit()).isEqualTo("{connections}");
        assertThat(connections.getSum().getIsMonotonic()).isFalse();
        // 3 ESTABLISHED; two identical LISTEN lines count once; tcp6 adds a TIME_WAIT; the UDP socket is not counted
        assertThat(value(connections, "protocol=tcp,state=ESTABLISHED")).isEqualTo(3);
        assertThat(value(connections, "protocol=tcp,state=LISTEN")).isEqualTo(1);
        assertThat(value(connections, "protocol=tcp,state=TIME_WAIT")).isEqualTo(1);
        // the scraper's zeroed "FIN_WAIT_1" and gopsutil's "FIN_WAIT1" both appear, as in the collector
        assertThat(value(connections, "protocol=tcp,state=FIN_WAIT_1")).isEqualTo(0);
        assertThat(value(connections, "protocol=tcp,state=FIN_WAIT1")).isEqualTo(1);
        assertThat(value(connections, "protocol=tcp,state=CLOSE_WAIT")).isEqualTo(0);
        assertThat(values(connections)).hasSize(13);
    }

    @Test
    void withoutTcp6OnlyIpv4ConnectionsAreCounted(@TempDir Path dir) throws IOException {
        Path root = copyFakeRoot(dir);
        Files.delete(root.resolve("proc/net/tcp6"));
        Metric connections = scrape(root.toString(), "{network: null}").get("system.network.connections");
        assertThat(value(connections, "protocol=tcp,state=TIME_WAIT")).isEqualTo(0);
        assertThat(value(connections, "protocol=tcp,state=ESTABLISHED")).isEqualTo(3);
    }

    @Test
    void conntrackCountAndMaxWhenEnabled() {
        Map<String, Metric> m = scrape(HostMetricsFixture.FAKE_ROOT.toString(), "{network: {metrics:"
                + " {system.network.conntrack.count: {enabled: true}, system.network.conntrack.max: {enabled: true},"
                + " system.network.io: {enabled: false}}}}");
        assertThat(values(m.get("system.network.conntrack.count"))).containsExactly(" -> 12");
        assertThat(values(m.get("system.network.conntrack.max"))).containsExactly(" -> 262144");
        assertThat(m.get("system.network.conntrack.max").getUnit()).isEqualTo("{entries}");
        assertThat(m).doesNotContainKey("system.network.io").containsKey("system.network.packets");
    }

    @Test
    void aMissingConntrackTableFailsOnlyThoseMetrics(@TempDir Path dir) throws IOException {
        Path root = copyFakeRoot(dir);
        HostMetricsFixture.deleteTree(root.resolve("proc/sys"));
        Map<String, Metric> m = scrape(root.toString(),
                "{network: {metrics: {system.network.conntrack.count: {enabled: true}}}}");
        assertThat(m).containsKeys("system.network.io", "system.network.connections")
                .doesNotContainKey("system.network.conntrack.count");
        assertThat(fixture.logText()).contains("failed to read conntrack info").contains("networkscraper");
    }
}
