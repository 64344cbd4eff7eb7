package dev.otelint.collector.receiver.hostmetrics;

import java.io.IOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The cpu scraper: system.cpu.time per CPU and state from proc/stat; system.cpu.utilization, as contrib's
 * ucal computes it, from this reading and the previous one (so the first scrape has none); the logical and
 * physical CPU counts.
 */
final class CpuScraper extends Scraper {
    // cpu_scraper_linux's order of states, as indexes into CpuTimes' columns
    private static final String[] STATES = {"user", "system", "idle", "interrupt", "nice", "softirq", "steal", "wait"};
    private static final int[] COLUMN = {0, 2, 3, 5, 1, 6, 7, 4};

    private List<CpuTimes> previous;

    CpuScraper(MetricSelection metrics) {
        super(metrics);
    }

    @Override
    void scrape(ProcFiles proc, MetricsOut out) throws IOException {
        List<CpuTimes> times = CpuTimes.read(proc);
        for (CpuTimes cpu : times) {
            for (int i = 0; i < STATES.length; i++) {
                out.record("system.cpu.time", cpu.seconds()[COLUMN[i]], "cpu", cpu.cpu(), "state", STATES[i]);
            }
        }
        if (out.enabled("system.cpu.utilization")) {
            recordUtilization(times, out);
        }
        if (out.enabled("system.cpu.logical.count")) {
            out.part("system.cpu.logical.count", () -> out.record("system.cpu.logical.count", CpuCounts.logical(proc)));
        }
        if (out.enabled("system.cpu.physical.count")) {
            out.part("system.cpu.physical.count",
                    () -> out.record("system.cpu.physical.count", CpuCounts.physical(proc)));
        }
    }

    /**
     * ucal.CalculateAndRecord: each state's share of the CPU's total time since the previous reading (not of
     * the wall time); all zero when no time passed; a CPU missing from either reading is left out.
     */
    private synchronized void recordUtilization(List<CpuTimes> times, MetricsOut out) {
        if (previous != null) {
            Map<String, CpuTimes> now = new HashMap<>();
            times.forEach(t -> now.put(t.cpu(), t));
            for (CpuTimes before : previous) {
                CpuTimes after = now.get(before.cpu());
                if (after == null) {
                    continue;
                }
                double elapsed = after.total() - before.total();
                for (int i = 0; i < STATES.length; i++) {
                    int c = COLUMN[i];
                    double share = elapsed <= 0 ? 0 : (after.seconds()[c] - before.seconds()[c]) / elapsed;
                    out.record("system.cpu.utilization", share, "cpu", before.cpu(), "state", STATES[i]);
                }
            }
        }
        previous = times;
    }
}
