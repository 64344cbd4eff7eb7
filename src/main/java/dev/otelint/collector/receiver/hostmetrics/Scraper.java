package dev.otelint.collector.receiver.hostmetrics;

import java.io.IOException;

/** One of the receiver's scrapers: reads the system once and adds its metrics. */
interface Scraper {
    /** The scraper's package name in contrib, which is its instrumentation scope's last part ("cpuscraper"). */
    String scope();

    void scrape(ProcFiles proc, MetricsOut out) throws IOException;
}
