package dev.otelint.collector.receiver.hostmetrics;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The load scraper: system.cpu.load_average.1m, .5m and .15m from proc/loadavg; with cpu_average each is
 * divided by the number of CPUs the collector may run on (Go's runtime.NumCPU, its CPU affinity).
 */
final class LoadScraper extends Scraper {
    private final boolean cpuAverage;

    LoadScraper(MetricSelection metrics, boolean cpuAverage) {
        super(metrics);
        this.cpuAverage = cpuAverage;
    }

    @Override
    void scrape(ProcFiles proc, MetricsOut out) throws IOException {
        String[] f = ProcFiles.fields(proc.lines("loadavg").get(0));
        double divisor = cpuAverage ? usableCpus() : 1;
        out.record("system.cpu.load_average.1m", Double.parseDouble(f[0]) / divisor);
        out.record("system.cpu.load_average.5m", Double.parseDouble(f[1]) / divisor);
        out.record("system.cpu.load_average.15m", Double.parseDouble(f[2]) / divisor);
    }

    /** The CPUs in this process's Cpus_allowed_list ("0-3,6"), as sched_getaffinity counts them. */
    static int usableCpus() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("Cpus_allowed_list:")) {
                    return countCpus(line.substring(line.indexOf(':') + 1).trim());
                }
            }
        } catch (IOException | RuntimeException e) {
            // not Linux, or no such line: the JVM's own count
        }
        return Runtime.getRuntime().availableProcessors();
    }

    static int countCpus(String list) {
        int count = 0;
        for (String range : list.split(",")) {
            String[] ends = range.trim().split("-");
            count += ends.length == 1 ? 1 : Integer.parseInt(ends[1]) - Integer.parseInt(ends[0]) + 1;
        }
        return count;
    }
}
