package dev.otelint.collector.service.telemetry;

/** The Prometheus type of a metric family; a counter's series names end in {@code _total}. */
enum MetricType {
    COUNTER("counter"), GAUGE("gauge"), HISTOGRAM("histogram");

    final String exposition;

    MetricType(String exposition) {
        this.exposition = exposition;
    }
}
