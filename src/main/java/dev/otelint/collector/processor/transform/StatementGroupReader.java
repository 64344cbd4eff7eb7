package dev.otelint.collector.processor.transform;

import dev.otelint.collector.component.SignalType;
import dev.otelint.collector.config.ConfigList;
import dev.otelint.collector.config.ConfigMap;
import dev.otelint.collector.config.InvalidKeys;
import dev.otelint.collector.config.ConfigNode;
import dev.otelint.collector.config.ConfigScalar;
import dev.otelint.collector.ottl.ErrorMode;
import dev.otelint.collector.ottl.OttlCondition;
import dev.otelint.collector.ottl.OttlConfigReader;
import dev.otelint.collector.ottl.OttlContext;
import dev.otelint.collector.ottl.OttlStatement;
import dev.otelint.collector.ottl.RequestEditor;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Reads one signal's statement list: a string item is a statement whose context is inferred from its
 * paths (transformprocessor's flat form); a map item is a group with {@code statements}, optional
 * {@code context} (inferred from the paths when absent), {@code conditions} and {@code error_mode}.
 */
final class StatementGroupReader {
    private static final Set<String> GROUP_KEYS = Set.of("context", "statements", "conditions", "error_mode");
    private final OttlConfigReader reader;
    private final SignalType<?> signal;
    private final ErrorMode defaultMode;

    StatementGroupReader(OttlConfigReader reader, SignalType<?> signal, ErrorMode defaultMode) {
        this.reader = reader;
        this.signal = signal;
        this.defaultMode = defaultMode;
    }

    List<StatementGroup> read(ConfigNode node, String name) {
        List<StatementGroup> groups = new ArrayList<>();
        if (node == null || node instanceof ConfigScalar s && s.isNull()) {
            return groups;
        }
        if (!(node instanceof ConfigList list)) {
            reader.error("'" + name + "' expected a list, got '" + node.goKind() + "'", node.source());
            return groups;
        }
        for (int i = 0; i < list.items().size(); i++) {
            ConfigNode item = list.items().get(i);
            String itemName = name + "[" + i + "]";
            if (item instanceof ConfigScalar s && s.value() instanceof String) {
                OttlStatement st = reader.inferredStatement(s, RequestEditor.contexts(signal));
                if (st != null) {
                    groups.add(new StatementGroup(st.context(), List.of(st), List.of(), defaultMode));
                }
            } else if (item instanceof ConfigMap map) {
                StatementGroup g = group(map, itemName);
                if (g != null) {
                    groups.add(g);
                }
            } else {
                reader.error("'" + itemName + "' expected a statement or a map with context and statements, got '"
                        + item.goKind() + "'", item.source());
            }
        }
        return groups;
    }

    private StatementGroup group(ConfigMap map, String name) {
        InvalidKeys invalid = InvalidKeys.of(map, GROUP_KEYS);
        if (invalid.any()) {
            reader.error(invalid.message(name), invalid.first());
        }
        ErrorMode mode = errorMode(map, name);
        List<ConfigScalar> statements = reader.strings(map.get("statements"), name + ".statements");
        List<ConfigScalar> conditions = reader.strings(map.get("conditions"), name + ".conditions");
        // without a context, newer collectors infer it from the group's paths, which must then name it
        boolean inferred = map.entry("context") == null;
        OttlContext context = inferred
                ? reader.inferContext(statements, conditions, RequestEditor.contexts(signal), map.source())
                : context(map, name);
        if (context == null) {
            return null;
        }
        List<OttlStatement> compiled = statements.stream()
                .map(s -> inferred ? reader.prefixedStatement(s, context) : reader.statement(s, context))
                .filter(Objects::nonNull).toList();
        List<OttlCondition> compiledConditions = conditions.stream().map(c -> reader.condition(c, context, inferred))
                .filter(Objects::nonNull).toList();
        return new StatementGroup(context, compiled, compiledConditions, mode);
    }

    private OttlContext context(ConfigMap map, String name) {
        ConfigNode node = map.get("context");
        if (!(node instanceof ConfigScalar s) || !(s.value() instanceof String text)) {
            reader.error("'" + name + ".context' expected one of " + labels(RequestEditor.contexts(signal)) + ", got '"
                    + node.goKind() + "'", node.source());
            return null;
        }
        OttlContext context = OttlContext.byName(text);
        if (context == null || !RequestEditor.contexts(signal).contains(context)) {
            reader.error("'" + name + "': unknown context \"" + text + "\" for " + signal + " (valid values: "
                    + labels(RequestEditor.contexts(signal)) + ")", s.source());
            return null;
        }
        return context;
    }

    private ErrorMode errorMode(ConfigMap map, String name) {
        ConfigNode node = map.get("error_mode");
        if (node == null || node instanceof ConfigScalar s && s.isNull()) {
            return defaultMode;
        }
        ErrorMode mode = node instanceof ConfigScalar s && s.value() instanceof String text ? ErrorMode.byLabel(text) : null;
        if (mode == null) {
            reader.error("'" + name + ".error_mode' unsupported value \"" + (node instanceof ConfigScalar s ? s.text()
                    : node.goKind()) + "\" (valid values: ignore, silent, propagate)", node.source());
            return defaultMode;
        }
        return mode;
    }

    private static String labels(List<OttlContext> contexts) {
        return String.join(", ", contexts.stream().map(OttlContext::label).toList());
    }
}
