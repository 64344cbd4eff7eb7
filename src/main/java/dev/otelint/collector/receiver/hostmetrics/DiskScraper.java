package dev.otelint.collector.receiver.hostmetrics;

import java.io.IOException;

/** The system.disk.* metrics per device from proc/diskstats (sectors of 512 bytes, times in ms). */
final class DiskScraper implements Scraper {
    private static final long SECTOR = 512;

    @Override
    public String scope() {
        return "diskscraper";
    }

    @Override
    public void scrape(ProcFiles proc, MetricsOut out) throws IOException {
        for (String line : proc.lines("diskstats")) {
            String[] f = ProcFiles.fields(line);
            if (f.length < 14) {
                continue;
            }
            String device = f[2];
            out.counter("system.disk.io", "By", n(f[5]) * SECTOR, "device", device, "direction", "read");
            out.counter("system.disk.io", "By", n(f[9]) * SECTOR, "device", device, "direction", "write");
            out.counter("system.disk.operations", "{operation}", n(f[3]), "device", device, "direction", "read");
            out.counter("system.disk.operations", "{operation}", n(f[7]), "device", device, "direction", "write");
            out.counter("system.disk.io_time", "s", n(f[12]) / 1000.0, "device", device);
            out.counter("system.disk.operation_time", "s", n(f[6]) / 1000.0, "device", device, "direction", "read");
            out.counter("system.disk.operation_time", "s", n(f[10]) / 1000.0, "device", device, "direction", "write");
            out.counter("system.disk.weighted_io_time", "s", n(f[13]) / 1000.0, "device", device);
            out.usage("system.disk.pending_operations", "{operation}", n(f[11]), "device", device);
            out.counter("system.disk.merged", "{operation}", n(f[4]), "device", device, "direction", "read");
            out.counter("system.disk.merged", "{operation}", n(f[8]), "device", device, "direction", "write");
        }
    }

    private static long n(String field) {
        return Long.parseLong(field);
    }
}
