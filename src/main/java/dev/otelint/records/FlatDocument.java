package dev.otelint.records;

import io.opentelemetry.proto.common.v1.AnyValue;
import io.opentelemetry.proto.common.v1.KeyValue;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;

/**
 * A document as opensearchexporter's objmodel.Document writes it with its defaults (mapping.dedup and
 * mapping.dedot off): top-level fields in the order they were added, nothing sorted or deduplicated, so a
 * key added twice is written twice. Maps are flattened into dotted keys ("a.b"); a field whose value is
 * empty (an empty value, bytes, an empty list) is left out. See docs/otlp-encoding.md.
 */
final class FlatDocument {
    private record Field(String key, JsonValue value) {}

    private final List<Field> fields = new ArrayList<>();

    /** AddString: left out when empty. */
    void addString(String key, String value) {
        if (!value.isEmpty()) {
            fields.add(new Field(key, JsonValue.string(value, 0, 0)));
        }
    }

    void addInt(String key, long value) {
        fields.add(new Field(key, integer(value)));
    }

    /** AddTimestamp: UTC with all nine fraction digits; 0 is 1970-01-01T00:00:00.000000000Z. */
    void addTimestamp(String key, long unixNanos) {
        fields.add(new Field(key, JsonValue.string(GoFormat.timestampNineDigits(unixNanos), 0, 0)));
    }

    /** AddAttributes: each attribute under {@code prefix}, or at the top when the prefix is empty. */
    void addAttributes(String prefix, List<KeyValue> attributes) {
        flatten(prefix, attributes, fields);
    }

    /** AddAttribute: an empty value is left out, a map is flattened under {@code key}. */
    void addValue(String key, AnyValue value) {
        if (value.getValueCase() == AnyValue.ValueCase.KVLIST_VALUE) {
            flatten(key, value.getKvlistValue().getValuesList(), fields);
        } else if (value.getValueCase() != AnyValue.ValueCase.VALUE_NOT_SET) {
            fields.add(new Field(key, convert(value)));
        }
    }

    JsonValue build() {
        List<JsonValue.Member> members = new ArrayList<>(fields.size());
        for (Field field : fields) {
            if (!isEmpty(field.value())) {
                members.add(new JsonValue.Member(field.key(), field.value(), 0, 0));
            }
        }
        return JsonValue.object(members, 0, 0);
    }

    private static void flatten(String prefix, List<KeyValue> attributes, List<Field> into) {
        for (KeyValue kv : attributes) {
            String key = prefix.isEmpty() ? kv.getKey() : prefix + "." + kv.getKey();
            switch (kv.getValue().getValueCase()) {
                case VALUE_NOT_SET -> { }
                case KVLIST_VALUE -> flatten(key, kv.getValue().getKvlistValue().getValuesList(), into);
                default -> into.add(new Field(key, convert(kv.getValue())));
            }
        }
    }

    /**
     * ValueFromAttribute; Java null for Go's nil (bytes and an unset value are not converted). NaN and the
     * infinities become JSON null rather than failing the document.
     */
    private static JsonValue convert(AnyValue value) {
        return switch (value.getValueCase()) {
            case STRING_VALUE -> JsonValue.string(value.getStringValue(), 0, 0);
            case BOOL_VALUE -> JsonValue.bool(value.getBoolValue(), 0, 0);
            case INT_VALUE -> integer(value.getIntValue());
            case DOUBLE_VALUE -> finite(value.getDoubleValue())
                    ? JsonValue.number(GoFormat.float64Shortest(value.getDoubleValue()), false, 0, 0)
                    : JsonValue.nullValue(0, 0);
            case ARRAY_VALUE -> {
                List<JsonValue> elements = new ArrayList<>();
                for (AnyValue element : value.getArrayValue().getValuesList()) {
                    JsonValue converted = convert(element);
                    elements.add(converted != null ? converted : JsonValue.nullValue(0, 0));
                }
                yield JsonValue.array(elements, 0, 0);
            }
            case KVLIST_VALUE -> object(value.getKvlistValue().getValuesList());
            case BYTES_VALUE, VALUE_NOT_SET -> null;
        };
    }

    /** A map inside a list: flattened, then written with its dots expanded into nested objects. */
    private static JsonValue object(List<KeyValue> attributes) {
        List<Field> flat = new ArrayList<>();
        flatten("", attributes, flat);
        return flat.isEmpty() ? JsonValue.nullValue(0, 0) : dedotted(flat);
    }

    /**
     * objmodel's dedotting writer, on unsorted keys: a field opens the objects of its path that are not open
     * yet and closes those it leaves, so a path left and entered again becomes a second member of that name.
     */
    private static JsonValue dedotted(List<Field> flat) {
        Deque<Level> open = new ArrayDeque<>();
        open.push(new Level(""));
        for (Field field : flat) {
            if (isEmpty(field.value())) {
                continue;
            }
            String[] path = field.key().split("\\.", -1);
            int common = commonLevels(open, path);
            while (open.size() - 1 > common) {
                Level done = open.pop();
                open.peek().members.add(done.toMember());
            }
            for (int i = common; i < path.length - 1; i++) {
                open.push(new Level(path[i]));
            }
            open.peek().members.add(new JsonValue.Member(path[path.length - 1], field.value(), 0, 0));
        }
        while (open.size() > 1) {
            Level done = open.pop();
            open.peek().members.add(done.toMember());
        }
        return JsonValue.object(open.peek().members, 0, 0);
    }

    /** How many of the open objects (below the root) are the first parents of {@code path}. */
    private static int commonLevels(Deque<Level> open, String[] path) {
        Iterator<Level> fromRoot = open.descendingIterator();
        fromRoot.next();
        int common = 0;
        while (fromRoot.hasNext() && common < path.length - 1 && fromRoot.next().name.equals(path[common])) {
            common++;
        }
        return common;
    }

    private static final class Level {
        final String name;
        final List<JsonValue.Member> members = new ArrayList<>();

        Level(String name) {
            this.name = name;
        }

        JsonValue.Member toMember() {
            return new JsonValue.Member(name, JsonValue.object(members, 0, 0), 0, 0);
        }
    }

    /** Value.IsEmpty: nil and empty lists are not written as fields. */
    private static boolean isEmpty(JsonValue value) {
        return value == null || value.isArray() && value.elements().isEmpty();
    }

    private static boolean finite(double value) {
        return !Double.isNaN(value) && !Double.isInfinite(value);
    }

    private static JsonValue integer(long value) {
        return JsonValue.number(Long.toString(value), true, 0, 0);
    }
}
