package dev.otelint.collector.receiver.hostmetrics;

import java.util.List;

/**
 * One metric a scraper can emit, as catalog/collector/hostmetrics-metrics.yaml describes it (contrib's
 * metadata.yaml): whether it is on by default, its unit, instrument kind, value type and attribute names, and
 * whether otelint produces it.
 */
record MetricSpec(String name, boolean enabledByDefault, String unit, Kind kind, boolean doubleValue,
                  List<String> attributes, boolean supported) {

    /** The instrument: a cumulative monotonic sum, a cumulative non-monotonic sum, or a gauge. */
    enum Kind { COUNTER, UPDOWNCOUNTER, GAUGE }
}
