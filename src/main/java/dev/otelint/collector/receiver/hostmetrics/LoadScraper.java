package dev.otelint.collector.receiver.hostmetrics;

import java.io.IOException;

/** system.cpu.load_average.1m, .5m and .15m from proc/loadavg. */
final class LoadScraper implements Scraper {
    @Override
    public String scope() {
        return "loadscraper";
    }

    @Override
    public void scrape(ProcFiles proc, MetricsOut out) throws IOException {
        String[] f = ProcFiles.fields(proc.lines("loadavg").get(0));
        out.gauge("system.cpu.load_average.1m", "{thread}", Double.parseDouble(f[0]));
        out.gauge("system.cpu.load_average.5m", "{thread}", Double.parseDouble(f[1]));
        out.gauge("system.cpu.load_average.15m", "{thread}", Double.parseDouble(f[2]));
    }
}
