package dev.otelint.collector.receiver.hostmetrics;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The paging scraper on Linux: system.paging.usage and .utilization per swap device of proc/swaps (used, free;
 * sizes in KiB), system.paging.operations and system.paging.faults from proc/vmstat. The collector takes
 * those counters from gopsutil's SwapMemory, which multiplies every vmstat count by 4096 (a page size, as if
 * they were bytes); the values here are multiplied the same way so that they agree with the collector's.
 */
final class PagingScraper extends Scraper {
    private static final long GOPSUTIL_SCALE = 4 * 1024;

    PagingScraper(MetricSelection metrics) {
        super(metrics);
    }

    @Override
    void scrape(ProcFiles proc, MetricsOut out) throws IOException {
        if (out.anyEnabled("system.paging.usage", "system.paging.utilization")) {
            out.part("failed to read page file stats", () -> recordSwaps(proc, out));
        }
        if (out.anyEnabled("system.paging.operations", "system.paging.faults")) {
            out.part("failed to read swap info", () -> recordVmstat(proc, out));
        }
    }

    /** pagingscraper's parseSwapsFile: a "Filename Type Size Used Priority" header, then one line per device. */
    private static void recordSwaps(ProcFiles proc, MetricsOut out) throws IOException {
        List<String> lines = proc.lines("swaps");
        if (lines.isEmpty() || !ProcFiles.fields(lines.get(0))[0].equals("Filename")) {
            throw new IOException("couldn't parse " + proc.proc("swaps") + ": no \"Filename\" header");
        }
        for (String line : lines.subList(1, lines.size())) {
            String[] f = ProcFiles.fields(line);
            if (f.length < 4) {
                throw new IOException("couldn't parse " + proc.proc("swaps") + ": expected ≥4 fields in row: " + line);
            }
            long total = Long.parseLong(f[2]) * 1024;
            long used = Long.parseLong(f[3]) * 1024;
            out.record("system.paging.usage", used, "device", f[0], "state", "used");
            out.record("system.paging.usage", total - used, "device", f[0], "state", "free");
            if (total > 0) {
                out.record("system.paging.utilization", (double) used / total, "device", f[0], "state", "used");
                out.record("system.paging.utilization", (double) (total - used) / total, "device", f[0],
                        "state", "free");
            }
        }
    }

    private static void recordVmstat(ProcFiles proc, MetricsOut out) throws IOException {
        Map<String, Long> vm = new HashMap<>();
        for (String line : proc.lines("vmstat")) {
            String[] f = ProcFiles.fields(line);
            if (f.length >= 2) {
                vm.put(f[0], Long.parseLong(f[1]) * GOPSUTIL_SCALE);
            }
        }
        long faults = vm.getOrDefault("pgfault", 0L);
        long majorFaults = vm.getOrDefault("pgmajfault", 0L);
        out.record("system.paging.operations", vm.getOrDefault("pswpin", 0L), "direction", "page_in", "type", "major");
        out.record("system.paging.operations", vm.getOrDefault("pswpout", 0L), "direction", "page_out", "type",
                "major");
        out.record("system.paging.operations", vm.getOrDefault("pgpgin", 0L), "direction", "page_in", "type", "minor");
        out.record("system.paging.operations", vm.getOrDefault("pgpgout", 0L), "direction", "page_out", "type",
                "minor");
        out.record("system.paging.faults", majorFaults, "type", "major");
        out.record("system.paging.faults", faults - majorFaults, "type", "minor");
    }
}
