package dev.otelint.collector.receiver.hostmetrics;

import java.io.IOException;

/**
 * The disk scraper: the system.disk.* metrics per device of proc/diskstats that the include/exclude filters
 * keep, as gopsutil's disk.IOCounters reads it (sectors of 512 bytes, times in ms).
 */
final class DiskScraper extends Scraper {
    private static final long SECTOR = 512;

    private final DiskSettings settings;

    DiskScraper(MetricSelection metrics, DiskSettings settings) {
        super(metrics);
        this.settings = settings;
    }

    @Override
    void scrape(ProcFiles proc, MetricsOut out) throws IOException {
        for (String line : proc.lines("diskstats")) {
            String[] f = ProcFiles.fields(line);
            if (f.length < 14 || !settings.keeps(f[2])) {
                continue;
            }
            String device = f[2];
            out.record("system.disk.io", n(f[5]) * SECTOR, "device", device, "direction", "read");
            out.record("system.disk.io", n(f[9]) * SECTOR, "device", device, "direction", "write");
            out.record("system.disk.operations", n(f[3]), "device", device, "direction", "read");
            out.record("system.disk.operations", n(f[7]), "device", device, "direction", "write");
            out.record("system.disk.io_time", n(f[12]) / 1000.0, "device", device);
            out.record("system.disk.operation_time", n(f[6]) / 1000.0, "device", device, "direction", "read");
            out.record("system.disk.operation_time", n(f[10]) / 1000.0, "device", device, "direction", "write");
            out.record("system.disk.weighted_io_time", n(f[13]) / 1000.0, "device", device);
            out.record("system.disk.pending_operations", n(f[11]), "device", device);
            out.record("system.disk.merged", n(f[4]), "device", device, "direction", "read");
            out.record("system.disk.merged", n(f[8]), "device", device, "direction", "write");
        }
    }

    private static long n(String field) {
        return Long.parseLong(field);
    }
}
