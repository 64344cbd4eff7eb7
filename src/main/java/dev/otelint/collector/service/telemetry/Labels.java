package dev.otelint.collector.service.telemetry;

import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/** The labels of one series, sorted by name as Prometheus clients write them. */
public record Labels(SortedMap<String, String> values) {
    public static final Labels NONE = new Labels(new TreeMap<>());

    public Labels {
        values = Collections.unmodifiableSortedMap(new TreeMap<>(values));
    }

    /** Labels from name, value pairs: {@code Labels.of("receiver", "otlp", "transport", "grpc")}. */
    public static Labels of(String... pairs) {
        if (pairs.length % 2 != 0) {
            throw new IllegalArgumentException("labels come in name, value pairs");
        }
        TreeMap<String, String> map = new TreeMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return new Labels(map);
    }

    /** These labels and {@code more}; on a clash {@code more} wins. */
    public Labels and(Labels more) {
        TreeMap<String, String> map = new TreeMap<>(values);
        map.putAll(more.values);
        return new Labels(map);
    }

    /** {@code {a="1",b="2"}}, or nothing when there are no labels (text format 0.0.4). */
    String exposition() {
        if (values.isEmpty()) {
            return "";
        }
        StringBuilder b = new StringBuilder("{");
        for (Map.Entry<String, String> e : values.entrySet()) {
            if (b.length() > 1) {
                b.append(',');
            }
            b.append(e.getKey()).append("=\"").append(escape(e.getValue())).append('"');
        }
        return b.append('}').toString();
    }

    // text format 0.0.4: a label value escapes backslash, double quote and line feed
    private static String escape(String value) {
        return value.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
    }
}
