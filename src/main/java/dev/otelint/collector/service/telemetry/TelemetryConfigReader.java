package dev.otelint.collector.service.telemetry;

import dev.otelint.collector.config.ConfigList;
import dev.otelint.collector.config.ConfigMap;
import dev.otelint.collector.config.InvalidKeys;
import dev.otelint.collector.config.ConfigNode;
import dev.otelint.collector.config.ConfigScalar;
import dev.otelint.collector.config.ConfigSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Reads service::telemetry. Applied: metrics::level, metrics::address (the older setting) and
 * metrics::readers[]::pull::exporter::prometheus::{host, port}. Settings the collector has and otelint does not
 * apply (logs, traces, resource, views, periodic readers, the Prometheus exporter's naming options) are
 * reported as unsupported; keys the collector does not know are invalid.
 */
public final class TelemetryConfigReader {
    private static final String PATH = "service::telemetry";
    private static final Set<String> TELEMETRY_KEYS = Set.of("logs", "metrics", "traces", "resource");
    private static final Set<String> METRICS_KEYS = Set.of("level", "address", "readers", "views");
    // the OpenTelemetry configuration schema's Prometheus exporter: host localhost, port 9464 unless set
    private static final String PROMETHEUS_HOST = "localhost";
    private static final int PROMETHEUS_PORT = 9464;

    /** Where problems go. */
    public interface Problems {
        void error(ConfigSource at, String path, String message);

        void unsupported(ConfigSource at, String path, String message);
    }

    private final Problems problems;

    public TelemetryConfigReader(Problems problems) {
        this.problems = problems;
    }

    public TelemetryConfig read(ConfigNode telemetry) {
        ConfigMap map = map(telemetry, PATH);
        if (map == null) {
            return TelemetryConfig.defaults();
        }
        invalidKeys(map, TELEMETRY_KEYS, PATH);
        for (String key : List.of("logs", "traces", "resource")) {
            unsupported(map, key, PATH);
        }
        ConfigMap.Entry metrics = map.entry("metrics");
        return metrics == null ? TelemetryConfig.defaults() : readMetrics(metrics.value());
    }

    private TelemetryConfig readMetrics(ConfigNode node) {
        String path = PATH + "::metrics";
        ConfigMap map = map(node, path);
        if (map == null) {
            return TelemetryConfig.defaults();
        }
        invalidKeys(map, METRICS_KEYS, path);
        unsupported(map, "views", path);
        MetricsLevel level = MetricsLevel.NORMAL;
        String levelText = string(map.get("level"), path, "level");
        if (levelText != null) {
            try {
                level = MetricsLevel.parse(levelText);
            } catch (IllegalArgumentException e) {
                problems.error(map.get("level").source(), path, e.getMessage());
            }
        }
        List<PrometheusEndpoint> endpoints = new ArrayList<>();
        String address = string(map.get("address"), path, "address");
        if (address != null && !address.isEmpty()) {
            try {
                endpoints.add(PrometheusEndpoint.parse(address));
            } catch (IllegalArgumentException e) {
                problems.error(map.get("address").source(), path, e.getMessage());
            }
        }
        ConfigNode readers = map.get("readers");
        if (readers != null && !(readers instanceof ConfigScalar s && s.isNull())) {
            readReaders(readers, path + "::readers", endpoints);
        }
        return new TelemetryConfig(level, endpoints);
    }

    private void readReaders(ConfigNode node, String path, List<PrometheusEndpoint> endpoints) {
        if (!(node instanceof ConfigList list)) {
            problems.error(node.source(), path, "'readers' expected a list, got '" + node.goKind() + "'");
            return;
        }
        for (int i = 0; i < list.items().size(); i++) {
            String at = path + "::" + i;
            ConfigMap reader = map(list.items().get(i), at);
            if (reader == null) {
                continue;
            }
            for (ConfigMap.Entry e : reader.list()) {
                if (!e.key().equals("pull")) {
                    problems.unsupported(e.keySource(), at, "setting '" + e.key() + "' is known to otelcol-contrib, "
                            + "not supported by otelint (only pull readers with a prometheus exporter are)");
                }
            }
            ConfigMap pull = map(reader.get("pull"), at + "::pull");
            ConfigMap exporter = pull == null ? null : map(pull.get("exporter"), at + "::pull::exporter");
            if (exporter == null) {
                continue;
            }
            for (ConfigMap.Entry e : exporter.list()) {
                if (!e.key().equals("prometheus")) {
                    problems.unsupported(e.keySource(), at + "::pull::exporter", "pull exporter '" + e.key()
                            + "' is not supported by otelint (only prometheus is)");
                }
            }
            ConfigMap.Entry prometheus = exporter.entry("prometheus");
            if (prometheus != null) {
                PrometheusEndpoint endpoint = prometheus(prometheus, at + "::pull::exporter::prometheus");
                if (endpoint != null) {
                    endpoints.add(endpoint);
                }
            }
        }
    }

    private PrometheusEndpoint prometheus(ConfigMap.Entry entry, String path) {
        ConfigMap map = map(entry.value(), path);
        if (map == null) {
            map = ConfigMap.empty(entry.keySource());
        }
        for (ConfigMap.Entry e : map.list()) {
            if (!e.key().equals("host") && !e.key().equals("port")) {
                problems.unsupported(e.keySource(), path, "setting '" + e.key()
                        + "' is known to otelcol-contrib, not supported by otelint (ignored)");
            }
        }
        String host = string(map.get("host"), path, "host");
        Integer port = port(map.get("port"), path);
        try {
            return PrometheusEndpoint.of(host == null ? PROMETHEUS_HOST : host, port == null ? PROMETHEUS_PORT : port);
        } catch (IllegalArgumentException e) {
            problems.error(map.get("port").source(), path, e.getMessage());
            return null;
        }
    }

    private Integer port(ConfigNode node, String path) {
        if (node == null || node instanceof ConfigScalar s && s.isNull()) {
            return null;
        }
        if (node instanceof ConfigScalar s && s.value() instanceof Number n && n.longValue() == n.doubleValue()
                && Math.abs(n.longValue()) <= Integer.MAX_VALUE) {
            return n.intValue();
        }
        problems.error(node.source(), path, "'port' expected type 'int', got unconvertible type '" + node.goKind()
                + "'" + (node instanceof ConfigScalar s ? ", value: '" + s.text() + "'" : ""));
        return null;
    }

    private String string(ConfigNode node, String path, String key) {
        if (node == null || node instanceof ConfigScalar s && s.isNull()) {
            return null;
        }
        if (node instanceof ConfigScalar s && (s.value() instanceof String || s.expanded())) {
            return s.expanded() ? s.text() : (String) s.value();
        }
        problems.error(node.source(), path, "'" + key + "' expected type 'string', got unconvertible type '"
                + node.goKind() + "'" + (node instanceof ConfigScalar s ? ", value: '" + s.text() + "'" : ""));
        return null;
    }

    private ConfigMap map(ConfigNode node, String path) {
        if (node == null || node instanceof ConfigScalar s && s.isNull()) {
            return null;
        }
        if (node instanceof ConfigMap m) {
            return m;
        }
        problems.error(node.source(), path, "'" + path + "' expected a map, got '" + node.goKind() + "'");
        return null;
    }

    private void unsupported(ConfigMap map, String key, String path) {
        ConfigMap.Entry e = map.entry(key);
        if (e != null && !(e.value() instanceof ConfigScalar s && s.isNull())
                && !(e.value() instanceof ConfigMap m && m.isEmpty())) {
            problems.unsupported(e.keySource(), path + "::" + key, "the collector's " + key
                    + " settings are known to otelcol-contrib, not supported by otelint (ignored)");
        }
    }

    private void invalidKeys(ConfigMap map, Set<String> allowed, String path) {
        InvalidKeys invalid = InvalidKeys.of(map, allowed);
        if (invalid.any()) {
            problems.error(invalid.first(), path, invalid.message(path));
        }
    }
}
