package dev.otelint.collector.service.telemetry;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.function.DoubleSupplier;
import java.util.function.Supplier;

/**
 * The collector's own metrics: counters, observed values and histograms, each a family (name, help, type) of
 * labelled series. One registry per running collector; components get it through their settings. Families are
 * written sorted by name, as the Prometheus client does.
 */
public final class MetricRegistry {
    private final Map<String, Family> families = new ConcurrentSkipListMap<>();
    private final MetricsLevel level;

    /** A registry at the default level, normal. */
    public MetricRegistry() {
        this(MetricsLevel.NORMAL);
    }

    public MetricRegistry(MetricsLevel level) {
        this.level = level;
    }

    /** service::telemetry::metrics::level: components record some metrics only at detailed. */
    public MetricsLevel level() {
        return level;
    }

    /** The counter {@code name} (without {@code _total}) with these labels, created on first use. */
    public Counter counter(String name, String help, Labels labels) {
        return (Counter) family(name, help, MetricType.COUNTER).series(labels, Counter::new);
    }

    /** A counter whose value is read when scraped (the process's uptime and CPU time). */
    public void observedCounter(String name, String help, Labels labels, DoubleSupplier value) {
        family(name, help, MetricType.COUNTER).replace(labels, new ObservedValue(value));
    }

    /** A gauge read when scraped; registering the same labels again replaces the earlier one. */
    public void gauge(String name, String help, Labels labels, DoubleSupplier value) {
        family(name, help, MetricType.GAUGE).replace(labels, new ObservedValue(value));
    }

    public Histogram histogram(String name, String help, List<Double> bounds, Labels labels) {
        return (Histogram) family(name, help, MetricType.HISTOGRAM).series(labels, () -> new Histogram(bounds));
    }

    /** Every recorded series in the Prometheus text format 0.0.4, each with {@code constant} labels added. */
    public String exposition(Labels constant) {
        StringBuilder out = new StringBuilder();
        for (Family f : families.values()) {
            f.write(out, constant);
        }
        return out.toString();
    }

    private Family family(String name, String help, MetricType type) {
        Family f = families.computeIfAbsent(name, n -> new Family(n, help, type));
        if (f.type != type) {
            throw new IllegalStateException("metric " + name + " is a " + f.type.exposition + ", not a " + type.exposition);
        }
        return f;
    }

    private static final class Family {
        private final String name;
        private final String help;
        private final MetricType type;
        private final Map<Labels, Series> series = new ConcurrentHashMap<>();

        Family(String name, String help, MetricType type) {
            this.name = name;
            this.help = help;
            this.type = type;
        }

        Series series(Labels labels, Supplier<Series> create) {
            return series.computeIfAbsent(labels, l -> create.get());
        }

        void replace(Labels labels, Series s) {
            series.put(labels, s);
        }

        void write(StringBuilder out, Labels constant) {
            // the OpenTelemetry Prometheus exporter: a counter's name ends in _total, in HELP and TYPE too
            String exposed = type == MetricType.COUNTER ? name + "_total" : name;
            boolean header = false;
            for (Map.Entry<Labels, Series> e : series.entrySet()) {
                if (!e.getValue().recorded()) {
                    continue;
                }
                if (!header) {
                    out.append("# HELP ").append(exposed).append(' ').append(escapeHelp(help)).append('\n');
                    out.append("# TYPE ").append(exposed).append(' ').append(type.exposition).append('\n');
                    header = true;
                }
                e.getValue().write(out, exposed, constant.and(e.getKey()));
            }
        }

        // text format 0.0.4: HELP escapes backslash and line feed
        private static String escapeHelp(String text) {
            return text.replace("\\", "\\\\").replace("\n", "\\n");
        }
    }
}
