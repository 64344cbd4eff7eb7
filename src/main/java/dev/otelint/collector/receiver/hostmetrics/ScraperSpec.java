package dev.otelint.collector.receiver.hostmetrics;

import java.util.Map;

/** One scraper of the hostmetrics receiver: its type ("cpu"), its metrics by name, and whether otelint runs it. */
record ScraperSpec(String type, Map<String, MetricSpec> metrics, boolean supported) {

    /** The scraper's package in contrib, the last part of its instrumentation scope ("cpuscraper"). */
    String scope() {
        return type + "scraper";
    }

    MetricSpec metric(String name) {
        MetricSpec spec = metrics.get(name);
        if (spec == null) {
            throw new IllegalStateException("metric " + name + " is not in the " + type + " scraper's catalog");
        }
        return spec;
    }
}
