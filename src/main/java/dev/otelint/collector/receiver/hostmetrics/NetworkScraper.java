package dev.otelint.collector.receiver.hostmetrics;

import java.io.IOException;
import java.util.List;

/** system.network.io/packets/errors/dropped per interface and direction from proc/net/dev. */
final class NetworkScraper implements Scraper {
    @Override
    public String scope() {
        return "networkscraper";
    }

    @Override
    public void scrape(ProcFiles proc, MetricsOut out) throws IOException {
        List<String> lines = proc.lines("net/dev");
        for (String line : lines.subList(Math.min(2, lines.size()), lines.size())) { // two header lines
            int colon = line.indexOf(':');
            String device = line.substring(0, colon).trim();
            String[] f = ProcFiles.fields(line.substring(colon + 1));
            // receive: bytes packets errs drop ...(8 columns); transmit: the same from column 8
            for (int dir = 0; dir < 2; dir++) {
                String direction = dir == 0 ? "receive" : "transmit";
                int at = dir * 8;
                out.counter("system.network.io", "By", Long.parseLong(f[at]), "device", device, "direction", direction);
                out.counter("system.network.packets", "{packet}", Long.parseLong(f[at + 1]), "device", device,
                        "direction", direction);
                out.counter("system.network.errors", "{error}", Long.parseLong(f[at + 2]), "device", device,
                        "direction", direction);
                out.counter("system.network.dropped", "{packet}", Long.parseLong(f[at + 3]), "device", device,
                        "direction", direction);
            }
        }
    }
}
