package dev.otelint.collector.processor.filter;

import dev.otelint.collector.config.ConfigMap;
import dev.otelint.collector.config.ConfigNode;
import dev.otelint.collector.config.ConfigScalar;
import dev.otelint.collector.config.InvalidKeys;
import dev.otelint.collector.ottl.OttlCondition;
import dev.otelint.collector.ottl.OttlConfigReader;
import dev.otelint.collector.ottl.OttlContext;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/** Reads the filter processor's signal sections ({@code traces: {span: [...]}}) into compiled conditions. */
final class ConditionSections {
    // filterprocessor's match-based form (filterconfig.MatchConfig and the metric/log filters)
    private static final Set<String> LEGACY_KEYS = Set.of("include", "exclude", "regexp");
    private final OttlConfigReader reader;
    private final Map<OttlContext, List<OttlCondition>> conditions = new EnumMap<>(OttlContext.class);

    ConditionSections(OttlConfigReader reader) {
        this.reader = reader;
    }

    Map<OttlContext, List<OttlCondition>> conditions() {
        return conditions;
    }

    void legacy(ConfigNode node, String name) {
        if (node != null && !(node instanceof ConfigScalar s && s.isNull())) {
            reader.error("'" + name + "': the include/exclude match form is not supported by otelint; write OTTL "
                    + "conditions under traces.span instead", node.source());
        }
    }

    void read(ConfigNode node, String name, Map<String, OttlContext> keys) {
        if (node == null || node instanceof ConfigScalar s && s.isNull()) {
            return;
        }
        if (!(node instanceof ConfigMap map)) {
            reader.error("'" + name + "' expected a map, got '" + node.goKind() + "'", node.source());
            return;
        }
        Set<String> invalid = new TreeSet<>();
        ConfigMap.Entry firstInvalid = null;
        for (ConfigMap.Entry e : map.list()) {
            OttlContext context = keys.get(e.key());
            if (LEGACY_KEYS.contains(e.key())) {
                reader.error("'" + name + "." + e.key() + "': the include/exclude match form is not supported by "
                        + "otelint; write OTTL conditions under " + name + "." + String.join(" or " + name + ".",
                        new TreeSet<>(keys.keySet())) + " instead", e.keySource());
            } else if (context == null) {
                invalid.add(e.key());
                firstInvalid = firstInvalid == null ? e : firstInvalid;
            } else {
                List<OttlCondition> compiled = reader.strings(e.value(), name + "." + e.key()).stream()
                        .map(s -> reader.condition(s, context)).filter(Objects::nonNull).toList();
                if (!compiled.isEmpty()) {
                    conditions.put(context, compiled);
                }
            }
        }
        if (!invalid.isEmpty()) {
            reader.error(InvalidKeys.message(name, invalid), firstInvalid.keySource());
        }
    }
}
