package dev.otelint.collector.receiver.hostmetrics;

import java.io.IOException;

/** system.cpu.time per cpu and state, from the cpuN lines of proc/stat (in USER_HZ, 100 per second on Linux). */
final class CpuScraper implements Scraper {
    private static final double USER_HZ = 100;
    // proc/stat columns after the cpu name, and the state gopsutil and the collector give each
    private static final String[] STATES = {"user", "nice", "system", "idle", "wait", "interrupt", "softirq", "steal"};

    @Override
    public String scope() {
        return "cpuscraper";
    }

    @Override
    public void scrape(ProcFiles proc, MetricsOut out) throws IOException {
        for (String line : proc.lines("stat")) {
            String[] f = ProcFiles.fields(line);
            if (!f[0].startsWith("cpu") || f[0].equals("cpu")) {
                continue; // the "cpu" line is the total; the collector reports per cpu
            }
            for (int i = 0; i < STATES.length && i + 1 < f.length; i++) {
                out.counter("system.cpu.time", "s", Long.parseLong(f[i + 1]) / USER_HZ, "cpu", f[0], "state", STATES[i]);
            }
        }
    }
}
