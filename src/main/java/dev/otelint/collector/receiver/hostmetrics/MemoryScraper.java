package dev.otelint.collector.receiver.hostmetrics;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.stream.Stream;

/**
 * The memory scraper, from proc/meminfo as gopsutil's VirtualMemory reads it on Linux: cached includes
 * SReclaimable, used is total - free - buffers - cached; system.memory.utilization is each state over
 * MemTotal; system.memory.limit is MemTotal; the Linux-only metrics are MemAvailable and Dirty.
 */
final class MemoryScraper extends Scraper {
    private static final String[] STATES = {"used", "free", "buffered", "cached", "slab_reclaimable",
        "slab_unreclaimable"};

    MemoryScraper(MetricSelection metrics) {
        super(metrics);
    }

    @Override
    void scrape(ProcFiles proc, MetricsOut out) throws IOException {
        MemInfo mem = MemInfo.read(proc);
        long total = mem.get("MemTotal");
        long cached = mem.get("Cached") + mem.get("SReclaimable");
        long[] values = {total - mem.get("MemFree") - mem.get("Buffers") - cached, mem.get("MemFree"),
            mem.get("Buffers"), cached, mem.get("SReclaimable"), mem.get("SUnreclaim")};
        for (int i = 0; i < STATES.length; i++) {
            out.record("system.memory.usage", values[i], "state", STATES[i]);
            if (total > 0) {
                out.record("system.memory.utilization", (double) values[i] / total, "state", STATES[i]);
            }
        }
        out.record("system.memory.limit", total);
        out.record("system.linux.memory.dirty", mem.get("Dirty"));
        if (out.enabled("system.linux.memory.available")) {
            out.part("system.linux.memory.available", () -> {
                if (!mem.has("MemAvailable")) {
                    throw new IOException(proc.proc("meminfo") + " has no MemAvailable (kernel before 3.14)");
                }
                out.record("system.linux.memory.available", mem.get("MemAvailable"));
            });
        }
        if (out.enabled("system.memory.page_size")) {
            out.part("system.memory.page_size", () -> out.record("system.memory.page_size", pageSize()));
        }
    }

    /**
     * The collector reports its own page size (Go's os.Getpagesize); Java has no such call, so it is read from
     * this process's first mapping in /proc/self/smaps ("KernelPageSize: 4 kB").
     */
    private static long pageSize() throws IOException {
        try (Stream<String> lines = Files.lines(Path.of("/proc/self/smaps"))) {
            Iterator<String> it = lines.iterator();
            while (it.hasNext()) {
                String line = it.next();
                if (line.startsWith("KernelPageSize:")) {
                    return Long.parseLong(ProcFiles.fields(line)[1]) * 1024;
                }
            }
        }
        throw new IOException("/proc/self/smaps has no KernelPageSize line");
    }
}
