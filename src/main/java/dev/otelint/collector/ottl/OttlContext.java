package dev.otelint.collector.ottl;

import java.util.List;
import java.util.Set;

/**
 * The OTTL contexts otelint supports, the paths each has (as pkg/ottl/contexts) and the contexts above it,
 * whose paths a statement reaches with their prefix ({@code resource.attributes} in a span statement).
 */
public enum OttlContext {
    RESOURCE("resource", List.of(), Set.of("attributes", "dropped_attributes_count")),
    SCOPE("scope", List.of(RESOURCE), Set.of("name", "version", "attributes", "dropped_attributes_count")),
    SPAN("span", List.of(SCOPE, RESOURCE), Set.of("trace_id", "span_id", "parent_span_id", "trace_state", "name",
            "kind", "start_time_unix_nano", "end_time_unix_nano", "attributes", "dropped_attributes_count",
            "dropped_events_count", "dropped_links_count", "status.code", "status.message", "flags",
            "trace_id.string", "span_id.string", "parent_span_id.string")),
    SPANEVENT("spanevent", List.of(SPAN, SCOPE, RESOURCE),
            Set.of("time_unix_nano", "name", "attributes", "dropped_attributes_count")),
    METRIC("metric", List.of(SCOPE, RESOURCE), Set.of("name", "description", "unit", "type")),
    DATAPOINT("datapoint", List.of(METRIC, SCOPE, RESOURCE), Set.of("attributes", "start_time_unix_nano",
            "time_unix_nano", "value_int", "value_double", "count", "sum", "flags")),
    LOG("log", List.of(SCOPE, RESOURCE), Set.of("time_unix_nano", "observed_time_unix_nano", "severity_number",
            "severity_text", "body", "attributes", "dropped_attributes_count", "flags", "trace_id", "span_id",
            "event_name", "trace_id.string", "span_id.string"));

    private final String label;
    private final List<OttlContext> above;
    private final Set<String> paths;

    OttlContext(String label, List<OttlContext> above, Set<String> paths) {
        this.label = label;
        this.above = above;
        this.paths = paths;
    }

    public String label() {
        return label;
    }

    /** The contexts whose paths this one reaches, nearest first. */
    List<OttlContext> above() {
        return above;
    }

    boolean hasPath(String field) {
        return paths.contains(field);
    }

    /** The context a path prefix names ("instrumentation_scope" is scope's older name), or null. */
    static OttlContext byPrefix(String name) {
        if (name.equals("instrumentation_scope")) {
            return SCOPE;
        }
        for (OttlContext c : values()) {
            if (c.label.equals(name)) {
                return c;
            }
        }
        return null;
    }

    /** The context a config names ({@code context: span}), or null. */
    public static OttlContext byName(String name) {
        return byPrefix(name);
    }

    /** This context or one it reaches. */
    boolean reaches(OttlContext other) {
        return other == this || above.contains(other);
    }
}
