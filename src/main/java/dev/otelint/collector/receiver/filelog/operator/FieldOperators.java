package dev.otelint.collector.receiver.filelog.operator;

import dev.otelint.collector.component.ConfigKey;
import dev.otelint.collector.config.ConfigList;
import dev.otelint.collector.config.ConfigMap;
import dev.otelint.collector.config.ConfigNode;
import dev.otelint.collector.config.ConfigScalar;
import dev.otelint.collector.receiver.filelog.entry.Field;
import dev.otelint.collector.receiver.filelog.entry.Values;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The operators that rearrange fields: move, copy, add, remove (stanza's transformer/*). */
final class FieldOperators {
    private FieldOperators() {}

    public static class FromTo {
        @ConfigKey("from")
        public String from;

        @ConfigKey("to")
        public String to;
    }

    public static class AddConfig {
        @ConfigKey("field")
        public String field;

        @ConfigKey("value")
        public ConfigNode value;
    }

    public static class RemoveConfig {
        @ConfigKey("field")
        public String field;
    }

    static Transformer move(FromTo c) {
        Field from = required(c.from, "from");
        Field to = required(c.to, "to");
        return entry -> {
            Object value = from.delete(entry);
            if (value == Field.MISSING) {
                throw new IllegalArgumentException("move: field does not exist: " + from);
            }
            to.set(entry, value);
        };
    }

    static Transformer copy(FromTo c) {
        Field from = required(c.from, "from");
        Field to = required(c.to, "to");
        return entry -> {
            Object value = from.get(entry);
            if (value == Field.MISSING) {
                throw new IllegalArgumentException("copy: from field does not exist in entry: " + from);
            }
            to.set(entry, Values.deepCopy(value));
        };
    }

    static Transformer add(AddConfig c) {
        Field field = required(c.field, "field");
        if (c.value == null) {
            throw new IllegalArgumentException("missing required field 'value'");
        }
        Object value = plain(c.value);
        if (value instanceof String s && s.startsWith("EXPR(") && s.endsWith(")")) {
            throw new IllegalArgumentException("add: EXPR(...) values are not supported by otelint");
        }
        return entry -> field.set(entry, Values.deepCopy(value));
    }

    static Transformer remove(RemoveConfig c) {
        Field field = required(c.field, "field");
        return entry -> {
            if (field.delete(entry) == Field.MISSING) {
                throw new IllegalArgumentException("remove: field does not exist: " + field);
            }
        };
    }

    private static Field required(String text, String key) {
        if (text == null || text.isEmpty()) {
            throw new IllegalArgumentException("missing required field '" + key + "'");
        }
        return Field.parse(text);
    }

    /** The YAML value as entry data: scalars as decoded, maps and lists as Map and List. */
    static Object plain(ConfigNode node) {
        if (node instanceof ConfigScalar s) {
            return s.value();
        }
        if (node instanceof ConfigList l) {
            List<Object> list = new ArrayList<>();
            l.items().forEach(i -> list.add(plain(i)));
            return list;
        }
        Map<String, Object> map = new LinkedHashMap<>();
        ((ConfigMap) node).list().forEach(e -> map.put(e.key(), plain(e.value())));
        return map;
    }

    static Transformer noop(Object ignored) {
        return entry -> { };
    }

    /** Settings of an operator that has none of its own (noop). */
    public static class NoSettings {}

}
