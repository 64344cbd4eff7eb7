package dev.otelint.validate;

import dev.otelint.catalog.SemconvRegistry;
import dev.otelint.catalog.SemconvSimpleSchemaFields;
import dev.otelint.records.JsonValue;
import dev.otelint.records.Record;
import dev.otelint.records.Signal;
import dev.otelint.report.FindingSink;
import java.util.List;

/**
 * The semantic-convention rules ({@link SemconvRules}) over Simple Schema documents. Attribute keys are
 * checked in attributes.*, resource.*, resource.attributes.*, instrumentationScope.attributes.*,
 * events[].attributes.*, links[].attributes.* and in top-level keys whose first segment is a registry
 * namespace (http.*, url.*, ...), except the Simple Schema's own fields. Spans get kind and status checks,
 * metric data points name, unit and instrument checks. Thread-safe.
 */
public final class SemconvValidator implements RecordValidator {

    private static final String ATTRIBUTES = "attributes";
    private static final String ATTRIBUTES_DOT = "attributes.";

    private final SemconvRegistry registry;
    private final SemconvAttributeChecker attributes;
    private final SemconvSpanChecker spans = new SemconvSpanChecker();
    private final SemconvMetricChecker metrics;

    public SemconvValidator(SemconvRegistry registry) {
        this(registry, SemconvSimpleSchemaFields.builtin());
    }

    public SemconvValidator(SemconvRegistry registry, SemconvSimpleSchemaFields simpleSchema) {
        this.registry = registry;
        this.attributes = new SemconvAttributeChecker(registry, simpleSchema);
        this.metrics = new SemconvMetricChecker(registry);
    }

    /** The screen of these rules for one document (see {@link CleanDocumentScreen}). */
    SemconvScreen newScreen() {
        return new SemconvScreen(attributes.keys());
    }

    @Override
    public void validate(Record record, FindingSink sink) {
        JsonValue document = record.document();
        if (document == null || !document.isObject()) {
            return;
        }
        SemconvFindings out = new SemconvFindings(record, sink, registry.version());
        SemconvSignalFields fields = new SemconvSignalFields();
        for (JsonValue.Member member : document.members()) {
            if (!fields.take(member.name(), member.value())) {
                checkTopLevel(member.name(), member.value(), out);
            }
        }
        if (isSpan(record.signal(), fields)) {
            spans.check(fields, out);
        }
        if (isMetric(record.signal(), fields)) {
            metrics.check(fields, out);
        }
    }

    private void checkTopLevel(String name, JsonValue value, SemconvFindings out) {
        int dot = name.indexOf('.');
        String head = dot < 0 ? name : name.substring(0, dot);
        String rest = dot < 0 ? null : name.substring(dot + 1);
        switch (head) {
            case ATTRIBUTES -> checkAttributes(rest, value, SemconvAttributeRoot.ATTRIBUTES, out);
            case "resource" -> checkResource(rest, value, out);
            case "instrumentationScope" -> checkAttributesMember(rest, value, SemconvAttributeRoot.SCOPE_ATTRIBUTES, out);
            case "events", "links" -> checkElements(head, rest, value, out);
            default -> {
                SemconvKey namespace = attributes.key(head);
                if (!namespace.simpleSchemaNamespace && namespace.registryNamespace) {
                    attributes.checkKey(dot < 0 ? namespace : attributes.key(name), value, SemconvAttributeRoot.TOP, out);
                }
            }
        }
    }

    /** An attribute map at {@code root}: the whole map ({@code key} null) or one dotted key inside it. */
    private void checkAttributes(String key, JsonValue value, SemconvAttributeRoot root, SemconvFindings out) {
        if (key != null) {
            attributes.checkKey(attributes.key(key), value, root, out);
        } else if (value.isObject()) {
            attributes.checkMembers(value, root, out);
        }
    }

    /** The attributes of an owner object (scope, event, link), given as the owner or as "attributes[.key]" below it. */
    private void checkAttributesMember(String rest, JsonValue value, SemconvAttributeRoot root, SemconvFindings out) {
        if (rest == null) {
            if (value.isObject()) {
                for (JsonValue.Member member : value.members()) {
                    checkAttributesMember(member.name(), member.value(), root, out);
                }
            }
        } else if (rest.equals(ATTRIBUTES)) {
            checkAttributes(null, value, root, out);
        } else if (rest.startsWith(ATTRIBUTES_DOT)) {
            checkAttributes(rest.substring(ATTRIBUTES_DOT.length()), value, root, out);
        }
    }

    // The exporter writes resource attributes as a flat map; Data Prepper nests them under resource.attributes.
    private void checkResource(String rest, JsonValue value, SemconvFindings out) {
        if (rest != null) {
            checkResourceMember(rest, value, out);
        } else if (value.isObject()) {
            for (JsonValue.Member member : value.members()) {
                checkResourceMember(member.name(), member.value(), out);
            }
        }
    }

    private void checkResourceMember(String name, JsonValue value, SemconvFindings out) {
        if (name.equals(ATTRIBUTES) || name.startsWith(ATTRIBUTES_DOT)) {
            checkAttributesMember(name, value, SemconvAttributeRoot.RESOURCE_ATTRIBUTES, out);
        } else {
            attributes.checkKey(attributes.key(name), value, SemconvAttributeRoot.RESOURCE, out);
        }
    }

    private void checkElements(String array, String rest, JsonValue value, SemconvFindings out) {
        if (rest != null || !value.isArray()) {
            return;
        }
        List<JsonValue> elements = value.elements();
        for (int i = 0; i < elements.size(); i++) {
            if (elements.get(i).isObject()) {
                checkAttributesMember(null, elements.get(i), SemconvAttributeRoot.element(array, i), out);
            }
        }
    }

    // Without a known signal, a span is told by spanId plus kind or status (log records have neither).
    private static boolean isSpan(Signal signal, SemconvSignalFields fields) {
        if (signal != null) {
            return signal == Signal.TRACES;
        }
        return fields.spanId != null && (fields.kind != null || fields.statusCode != null) && !isMetricKind(fields);
    }

    private static boolean isMetric(Signal signal, SemconvSignalFields fields) {
        if (signal != null) {
            return signal == Signal.METRICS;
        }
        return fields.name != null && isMetricKind(fields);
    }

    private static boolean isMetricKind(SemconvSignalFields fields) {
        String kind = fields.kindText();
        return kind != null && SemconvMetricChecker.KINDS.contains(kind);
    }
}
