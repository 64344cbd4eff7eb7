package dev.otelint.collector.component;

import dev.otelint.collector.config.ConfigList;
import dev.otelint.collector.config.ConfigMap;
import dev.otelint.collector.config.ConfigNode;
import dev.otelint.collector.config.ConfigScalar;
import dev.otelint.collector.config.ConfigSource;
import dev.otelint.collector.config.InvalidKeys;
import java.lang.reflect.Field;
import java.lang.reflect.ParameterizedType;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Binds a component's YAML into its config object, field by {@link ConfigKey}, as the collector's
 * mapstructure decoding does with strictly typed input: keys the config does not have are an error
 * ("'' has invalid keys: k"), a value of the wrong type too ("'k' expected type 'int', got unconvertible type
 * 'string', value: 'x'"); durations are Go durations ("5s", "200ms"; a bare integer is nanoseconds). Every
 * problem is reported, not only the first. A null value leaves the default.
 */
public final class ConfigBinder {

    /** Where problems go: errors, and settings the collector has that otelint does not apply. */
    public interface Problems {
        void error(String message, ConfigSource at);

        void unsupported(String message, ConfigSource at);
    }

    private final Problems problems;

    public ConfigBinder(Problems problems) {
        this.problems = problems;
    }

    /** Binds {@code node} (a map, or null/empty for defaults) into {@code target}. */
    public void bind(ConfigNode node, Object target) {
        bindStruct(node, target, "");
    }

    private void bindStruct(ConfigNode node, Object target, String name) {
        if (node == null || node instanceof ConfigScalar s && s.isNull()) {
            return;
        }
        if (!(node instanceof ConfigMap map)) {
            problems.error("'" + name + "' expected a map, got '" + node.goKind() + "'", node.source());
            return;
        }
        Map<String, Field> fields = fields(target.getClass());
        TreeSet<String> invalid = new TreeSet<>();
        for (ConfigMap.Entry entry : map.list()) {
            Field field = fields.get(entry.key());
            if (field == null) {
                invalid.add(entry.key());
                continue;
            }
            String child = name.isEmpty() ? entry.key() : name + "." + entry.key();
            ConfigKey key = field.getAnnotation(ConfigKey.class);
            if (!key.supported()) {
                problems.unsupported("setting '" + child + "' is known to otelcol-contrib, not supported by otelint",
                        entry.keySource());
            }
            bindField(entry.value(), target, field, child);
        }
        if (!invalid.isEmpty()) {
            problems.error(InvalidKeys.message(name, invalid), firstKey(map, invalid));
        }
    }

    private void bindField(ConfigNode value, Object target, Field field, String name) {
        try {
            Object current = field.get(target);
            Object bound = value(value, field, current, name);
            if (bound != NO_VALUE) {
                field.set(target, bound);
            }
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("config field " + field + " must be public", e);
        }
    }

    private static final Object NO_VALUE = new Object();

    private Object value(ConfigNode node, Field field, Object current, String name) {
        Class<?> type = field.getType();
        if (type == ConfigNode.class) {
            return node; // raw YAML, decoded by the component itself (operator lists, free-form maps)
        }
        if (node instanceof ConfigScalar s && s.isNull()) {
            // "key:" keeps the default; for an optional section it turns it on with its defaults
            return current == null && isStruct(type) ? newInstance(type) : NO_VALUE;
        }
        if (isStruct(type)) {
            Object struct = current != null ? current : newInstance(type);
            bindStruct(node, struct, name);
            return struct;
        }
        if (type == List.class) {
            Class<?> item = listItemType(field);
            return item == String.class ? stringList(node, name) : structList(node, item, name);
        }
        if (type == Object.class) {
            return anyValue(node, name);
        }
        if (type == Map.class) {
            return stringMap(node, name);
        }
        if (!(node instanceof ConfigScalar scalar)) {
            return mismatch(name, goType(field), node, null);
        }
        try {
            return ScalarConversion.convert(scalar, type, field.getAnnotation(ConfigKey.class).unsigned(), name);
        } catch (IllegalArgumentException e) {
            problems.error(e.getMessage(), scalar.source());
            return NO_VALUE;
        }
    }

    private Object stringList(ConfigNode node, String name) {
        if (!(node instanceof ConfigList list)) {
            return mismatch(name, "[]string", node, null);
        }
        List<String> items = new ArrayList<>();
        for (int i = 0; i < list.items().size(); i++) {
            ConfigNode item = list.items().get(i);
            if (item instanceof ConfigScalar s && s.value() instanceof String text) {
                items.add(text);
            } else {
                mismatch(name + "[" + i + "]", "string", item, null);
            }
        }
        return items;
    }

    /** A map[string]string setting (an exporter's headers), keys in config order. */
    private Object stringMap(ConfigNode node, String name) {
        if (!(node instanceof ConfigMap map)) {
            return mismatch(name, "map[string]string", node, null);
        }
        Map<String, String> values = new LinkedHashMap<>();
        for (ConfigMap.Entry entry : map.list()) {
            if (entry.value() instanceof ConfigScalar s && (s.value() instanceof String || s.expanded())) {
                values.put(entry.key(), s.expanded() ? s.text() : (String) s.value());
            } else {
                mismatch(name + "[" + entry.key() + "]", "string", entry.value(), null);
            }
        }
        return values;
    }

    /** A list of sections (the attributes processor's actions): each item bound into a new {@code item}. */
    private Object structList(ConfigNode node, Class<?> item, String name) {
        if (!(node instanceof ConfigList list)) {
            return mismatch(name, "[]" + item.getSimpleName(), node, null);
        }
        List<Object> items = new ArrayList<>();
        for (int i = 0; i < list.items().size(); i++) {
            Object struct = newInstance(item);
            bindStruct(list.items().get(i), struct, name + "[" + i + "]");
            items.add(struct);
        }
        return items;
    }

    /** A Go {@code any} setting that takes a scalar (string, int64, float64, bool), as decoded from YAML. */
    private Object anyValue(ConfigNode node, String name) {
        if (node instanceof ConfigScalar s) {
            return s.value();
        }
        return mismatch(name, "scalar", node, null);
    }

    private static Class<?> listItemType(Field field) {
        if (field.getGenericType() instanceof ParameterizedType p && p.getActualTypeArguments()[0] instanceof Class<?> c) {
            return c;
        }
        return String.class;
    }

    private Object mismatch(String name, String goType, ConfigNode node, Object value) {
        problems.error("'" + name + "' expected type '" + goType + "', got unconvertible type '" + node.goKind()
                + "'" + (value == null ? "" : ", value: '" + value + "'"), node.source());
        return NO_VALUE;
    }

    static String goType(Field field) {
        return ScalarConversion.goType(field.getType(), field.getAnnotation(ConfigKey.class).unsigned());
    }

    private static boolean isStruct(Class<?> type) {
        return !type.isPrimitive() && !type.isEnum() && type != String.class && type != Duration.class
                && type != List.class && type != Map.class && type != Object.class
                && !Number.class.isAssignableFrom(type) && type != Boolean.class;
    }

    private static Object newInstance(Class<?> type) {
        try {
            return type.getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("config class " + type + " needs a public no-argument constructor", e);
        }
    }

    private static Map<String, Field> fields(Class<?> type) {
        Map<String, Field> fields = new LinkedHashMap<>();
        for (Field f : type.getFields()) {
            ConfigKey key = f.getAnnotation(ConfigKey.class);
            if (key != null) {
                fields.put(key.value(), f);
            }
        }
        return fields;
    }

    private static ConfigSource firstKey(ConfigMap map, TreeSet<String> keys) {
        for (ConfigMap.Entry e : map.list()) {
            if (keys.contains(e.key())) {
                return e.keySource();
            }
        }
        return map.source();
    }
}
