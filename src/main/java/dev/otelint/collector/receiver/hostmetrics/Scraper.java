package dev.otelint.collector.receiver.hostmetrics;

import java.io.IOException;

/** One of the receiver's scrapers: reads the system once per scrape and records its enabled metrics. */
abstract class Scraper {
    private final MetricSelection metrics;

    Scraper(MetricSelection metrics) {
        this.metrics = metrics;
    }

    /** Which metrics it emits; their spec names the scraper and its instrumentation scope. */
    final MetricSelection metrics() {
        return metrics;
    }

    abstract void scrape(ProcFiles proc, MetricsOut out) throws IOException;
}
