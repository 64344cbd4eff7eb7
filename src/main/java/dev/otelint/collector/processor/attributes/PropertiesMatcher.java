package dev.otelint.collector.processor.attributes;

import dev.otelint.collector.processor.attributes.MatchProperties.AttributeMatch;
import dev.otelint.collector.processor.attributes.MatchProperties.LibraryMatch;
import dev.otelint.records.AnyValues;
import io.opentelemetry.proto.common.v1.AnyValue;
import io.opentelemetry.proto.common.v1.InstrumentationScope;
import io.opentelemetry.proto.common.v1.KeyValue;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

/**
 * A compiled include/exclude section (contrib's filtermatcher): lists of names match when any item does;
 * {@code attributes} and {@code resources} when all do. {@code strict} compares exactly (attribute values
 * with their type), {@code regexp} finds the pattern anywhere in the text.
 */
final class PropertiesMatcher {
    private static final List<String> SPAN_KINDS = List.of("SPAN_KIND_CLIENT", "SPAN_KIND_CONSUMER",
            "SPAN_KIND_INTERNAL", "SPAN_KIND_PRODUCER", "SPAN_KIND_SERVER");

    private final MatchProperties props;
    private final boolean regexp;
    private final Map<String, GoRegex> patterns = new ConcurrentHashMap<>();

    private PropertiesMatcher(MatchProperties props, boolean regexp) {
        this.props = props;
        this.regexp = regexp;
    }

    /** Checks a section with filterconfig's and filterset's messages; throws IllegalArgumentException. */
    static PropertiesMatcher compile(MatchProperties p) {
        if (!p.matchType.equals("strict") && !p.matchType.equals("regexp")) {
            throw new IllegalArgumentException("unrecognized match_type: '" + p.matchType
                    + "', valid types are: [regexp strict]");
        }
        if (p.services.isEmpty() && p.spanNames.isEmpty() && p.spanKinds.isEmpty() && p.logBodies.isEmpty()
                && p.logSeverityTexts.isEmpty() && p.metricNames.isEmpty() && p.attributes.isEmpty()
                && p.resources.isEmpty() && p.libraries.isEmpty()) {
            throw new IllegalArgumentException(
                    "at least one of \"attributes\", \"libraries\",  or \"resources\" field must be specified");
        }
        boolean regexp = p.matchType.equals("regexp");
        if (!regexp && !SPAN_KINDS.containsAll(p.spanKinds)) {
            throw new IllegalArgumentException("span_kinds string must match one of the standard span kinds when"
                    + " match_type=strict: [" + String.join(" ", SPAN_KINDS) + "]");
        }
        if (regexp) {
            checkPatterns(p);
        }
        return new PropertiesMatcher(p, regexp);
    }

    private static void checkPatterns(MatchProperties p) {
        for (List<String> list : List.of(p.services, p.spanNames, p.spanKinds, p.logBodies, p.logSeverityTexts,
                p.metricNames)) {
            list.forEach(PropertiesMatcher::pattern);
        }
        for (AttributeMatch a : concat(p.attributes, p.resources)) {
            if (a.value != null && !(a.value instanceof String)) {
                throw new IllegalArgumentException("match_type=regexp for \"" + a.key
                        + "\" only supports a string value, got " + a.value);
            }
            if (a.value != null) {
                pattern((String) a.value);
            }
        }
        p.libraries.forEach(l -> pattern(l.name));
    }

    private GoRegex compiled(String text) {
        return patterns.computeIfAbsent(text, GoRegex::compile);
    }

    private static GoRegex pattern(String text) {
        try {
            return GoRegex.compile(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("error parsing regexp: " + e.getMessage() + ": `" + text + "`");
        }
    }

    boolean matches(MatchContext c) {
        if (c.isMetric()) { // filtermetric: metric_names and resources only
            return anyOrUnset(props.metricNames, c.metricName()) && all(props.resources, c.resource());
        }
        return anyOrUnset(props.services, serviceName(c.resource()))
                && anyOrUnset(props.spanNames, c.spanName())
                && anyOrUnset(props.spanKinds, c.spanKind())
                && anyOrUnset(props.logBodies, c.logBody())
                && anyOrUnset(props.logSeverityTexts, c.severityText())
                && all(props.attributes, c.attributes())
                && all(props.resources, c.resource())
                && (props.libraries.isEmpty() || props.libraries.stream().anyMatch(l -> library(l, c.scope())));
    }

    private boolean anyOrUnset(List<String> patterns, String value) {
        return patterns.isEmpty() || value != null && patterns.stream().anyMatch(text(value));
    }

    private Predicate<String> text(String value) {
        return p -> regexp ? compiled(p).matches(value) : p.equals(value);
    }

    private boolean all(List<AttributeMatch> wanted, List<KeyValue> attributes) {
        return wanted.stream().allMatch(w -> attribute(w, attributes));
    }

    private boolean attribute(AttributeMatch wanted, List<KeyValue> attributes) {
        for (KeyValue kv : attributes) {
            if (kv.getKey().equals(wanted.key)) {
                if (wanted.value == null) {
                    return true;
                }
                if (regexp) {
                    return scalar(kv.getValue()) && compiled((String) wanted.value).matches(AnyValues.asString(kv.getValue()));
                }
                return kv.getValue().equals(ConfigValues.toAnyValue(wanted.value));
            }
        }
        return false;
    }

    private boolean library(LibraryMatch wanted, InstrumentationScope scope) {
        if (!text(scope.getName()).test(wanted.name)) {
            return false;
        }
        return wanted.version == null || text(scope.getVersion()).test(wanted.version);
    }

    private static boolean scalar(AnyValue v) {
        return v.hasStringValue() || v.hasBoolValue() || v.hasIntValue() || v.hasDoubleValue();
    }

    private static String serviceName(List<KeyValue> resource) {
        return resource.stream().filter(kv -> kv.getKey().equals("service.name")).findFirst()
                .map(kv -> AnyValues.asString(kv.getValue())).orElse("");
    }

    private static <E> List<E> concat(List<E> a, List<E> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}
