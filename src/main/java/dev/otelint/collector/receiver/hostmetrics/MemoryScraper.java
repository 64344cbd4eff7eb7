package dev.otelint.collector.receiver.hostmetrics;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * system.memory.usage by state from proc/meminfo, as gopsutil computes the states on Linux: cached includes
 * SReclaimable, used is total - free - buffers - cached; system.memory.utilization is each over MemTotal.
 */
final class MemoryScraper implements Scraper {
    @Override
    public String scope() {
        return "memoryscraper";
    }

    @Override
    public void scrape(ProcFiles proc, MetricsOut out) throws IOException {
        Map<String, Long> kb = new HashMap<>();
        for (String line : proc.lines("meminfo")) {
            String[] f = ProcFiles.fields(line.replace(":", " "));
            if (f.length >= 2) {
                kb.put(f[0], Long.parseLong(f[1]) * 1024); // values are in kB (KiB)
            }
        }
        long total = kb.getOrDefault("MemTotal", 0L);
        long free = kb.getOrDefault("MemFree", 0L);
        long buffers = kb.getOrDefault("Buffers", 0L);
        long reclaimable = kb.getOrDefault("SReclaimable", 0L);
        long cached = kb.getOrDefault("Cached", 0L) + reclaimable;
        long[] values = {total - free - buffers - cached, free, buffers, cached, reclaimable,
            kb.getOrDefault("SUnreclaim", 0L)};
        String[] states = {"used", "free", "buffered", "cached", "slab_reclaimable", "slab_unreclaimable"};
        for (int i = 0; i < states.length; i++) {
            out.usage("system.memory.usage", "By", values[i], "state", states[i]);
        }
        for (int i = 0; i < states.length && total > 0; i++) {
            out.gauge("system.memory.utilization", "1", (double) values[i] / total, "state", states[i]);
        }
    }
}
