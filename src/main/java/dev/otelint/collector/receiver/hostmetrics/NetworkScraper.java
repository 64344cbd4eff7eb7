package dev.otelint.collector.receiver.hostmetrics;

import java.io.IOException;
import java.util.List;
import java.util.Map;

/**
 * The network scraper: system.network.io/packets/errors/dropped per interface of proc/net/dev that the
 * include/exclude filters keep; system.network.connections by TCP state; the conntrack table's count and
 * limit from proc/sys/net/netfilter (gopsutil's FilterCounters). Each part fails on its own.
 */
final class NetworkScraper extends Scraper {
    private final NetworkSettings settings;

    NetworkScraper(MetricSelection metrics, NetworkSettings settings) {
        super(metrics);
        this.settings = settings;
    }

    @Override
    void scrape(ProcFiles proc, MetricsOut out) throws IOException {
        if (out.anyEnabled("system.network.io", "system.network.packets", "system.network.errors",
                "system.network.dropped")) {
            out.part("failed to read network IO stats", () -> recordCounters(proc, out));
        }
        if (out.enabled("system.network.connections")) {
            out.part("failed to read TCP connections", () -> {
                for (Map.Entry<String, Long> state : TcpConnections.countByState(proc).entrySet()) {
                    out.record("system.network.connections", state.getValue(), "protocol", "tcp", "state",
                            state.getKey());
                }
            });
        }
        if (out.anyEnabled("system.network.conntrack.count", "system.network.conntrack.max")) {
            out.part("failed to read conntrack info", () -> {
                out.record("system.network.conntrack.count", single(proc, "sys/net/netfilter/nf_conntrack_count"));
                out.record("system.network.conntrack.max", single(proc, "sys/net/netfilter/nf_conntrack_max"));
            });
        }
    }

    private void recordCounters(ProcFiles proc, MetricsOut out) throws IOException {
        List<String> lines = proc.lines("net/dev");
        for (String line : lines.subList(Math.min(2, lines.size()), lines.size())) { // two header lines
            int colon = line.indexOf(':');
            String device = line.substring(0, colon).trim();
            if (!settings.keeps(device)) {
                continue;
            }
            String[] f = ProcFiles.fields(line.substring(colon + 1));
            // receive: bytes packets errs drop ... (8 columns), then transmit the same
            for (int dir = 0; dir < 2; dir++) {
                String direction = dir == 0 ? "receive" : "transmit";
                int at = dir * 8;
                out.record("system.network.io", Long.parseLong(f[at]), "device", device, "direction", direction);
                out.record("system.network.packets", Long.parseLong(f[at + 1]), "device", device,
                        "direction", direction);
                out.record("system.network.errors", Long.parseLong(f[at + 2]), "device", device,
                        "direction", direction);
                out.record("system.network.dropped", Long.parseLong(f[at + 3]), "device", device,
                        "direction", direction);
            }
        }
    }

    private static long single(ProcFiles proc, String file) throws IOException {
        return Long.parseLong(proc.lines(file).get(0).trim());
    }
}
