package dev.otelint.collector.receiver.filelog.entry;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A stanza field: {@code body}, {@code attributes} or {@code resource}, then keys written as {@code .key}
 * or {@code ["key with.dots"]} ({@code attributes["http.method"]}, {@code body.a.b}). Setting a map into
 * attributes or resource merges it (stanza's AttributeField.Set); setting the body replaces it.
 */
public record Field(Root root, List<String> keys) {
    public enum Root { BODY, ATTRIBUTES, RESOURCE }

    /** Parses a field; throws IllegalArgumentException with what is wrong. */
    public static Field parse(String text) {
        String s = text.strip();
        Root root;
        int i;
        if (s.startsWith("body")) {
            root = Root.BODY;
            i = 4;
        } else if (s.startsWith("attributes")) {
            root = Root.ATTRIBUTES;
            i = 10;
        } else if (s.startsWith("resource")) {
            root = Root.RESOURCE;
            i = 8;
        } else {
            throw new IllegalArgumentException("unrecognized prefix in field '" + text
                    + "' (a field starts with body, attributes or resource)");
        }
        List<String> keys = new ArrayList<>();
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '.') {
                int end = i + 1;
                while (end < s.length() && s.charAt(end) != '.' && s.charAt(end) != '[') {
                    end++;
                }
                if (end == i + 1) {
                    throw new IllegalArgumentException("empty key in field '" + text + "'");
                }
                keys.add(s.substring(i + 1, end));
                i = end;
            } else if (c == '[') {
                int close = s.indexOf(']', i);
                String quoted = close < 0 ? "" : s.substring(i + 1, close).strip();
                if (quoted.length() < 2 || quoted.charAt(0) != quoted.charAt(quoted.length() - 1)
                        || quoted.charAt(0) != '"' && quoted.charAt(0) != '\'') {
                    throw new IllegalArgumentException("field '" + text + "': expected [\"key\"] at position " + i);
                }
                keys.add(quoted.substring(1, quoted.length() - 1));
                i = close + 1;
            } else {
                throw new IllegalArgumentException("unrecognized prefix in field '" + text + "'");
            }
        }
        return new Field(root, List.copyOf(keys));
    }

    public static Field body() {
        return new Field(Root.BODY, List.of());
    }

    public static Field attributes() {
        return new Field(Root.ATTRIBUTES, List.of());
    }

    public boolean isRoot() {
        return keys.isEmpty();
    }

    /** The value, or {@link #MISSING}. */
    public Object get(Entry entry) {
        Object current = rootValue(entry);
        for (String key : keys) {
            if (!(current instanceof Map<?, ?> map) || !map.containsKey(key)) {
                return MISSING;
            }
            current = map.get(key);
        }
        return current;
    }

    public static final Object MISSING = new Object() {
        @Override
        public String toString() {
            return "<missing>";
        }
    };

    @SuppressWarnings("unchecked")
    public void set(Entry entry, Object value) {
        if (root == Root.BODY && keys.isEmpty()) {
            entry.body = value;
            return;
        }
        if (root != Root.BODY && value instanceof Map<?, ?> m) {
            merge(parentMap(entry, keys.size()), (Map<String, Object>) m);
            return;
        }
        if (keys.isEmpty()) {
            throw new IllegalArgumentException("cannot set " + (root == Root.ATTRIBUTES ? "attributes" : "resource")
                    + " root");
        }
        parentMap(entry, keys.size() - 1).put(keys.get(keys.size() - 1), value);
    }

    /** Removes the value and returns it, or {@link #MISSING}. */
    public Object delete(Entry entry) {
        if (keys.isEmpty()) {
            Object old = rootValue(entry);
            switch (root) {
                case BODY -> entry.body = null;
                case ATTRIBUTES -> entry.attributes = new LinkedHashMap<>();
                case RESOURCE -> entry.resource = new LinkedHashMap<>();
            }
            return old;
        }
        Object current = rootValue(entry);
        for (String key : keys.subList(0, keys.size() - 1)) {
            if (!(current instanceof Map<?, ?> map)) {
                return MISSING;
            }
            current = map.get(key);
        }
        if (current instanceof Map<?, ?> map && map.containsKey(keys.get(keys.size() - 1))) {
            return map.remove(keys.get(keys.size() - 1));
        }
        return MISSING;
    }

    private Object rootValue(Entry entry) {
        return switch (root) {
            case BODY -> entry.body;
            case ATTRIBUTES -> entry.attributes;
            case RESOURCE -> entry.resource;
        };
    }

    /** The map holding the first {@code depth} keys, creating (or replacing non-map values with) maps on the way. */
    @SuppressWarnings("unchecked")
    private Map<String, Object> parentMap(Entry entry, int depth) {
        if (root == Root.BODY && !(entry.body instanceof Map<?, ?>)) {
            entry.body = new LinkedHashMap<String, Object>();
        }
        Map<String, Object> current = switch (root) {
            case ATTRIBUTES -> entry.attributes;
            case RESOURCE -> entry.resource;
            case BODY -> (Map<String, Object>) entry.body;
        };
        for (String key : keys.subList(0, depth)) {
            Object next = current.get(key);
            if (!(next instanceof Map<?, ?>)) {
                next = new LinkedHashMap<String, Object>();
                current.put(key, next);
            }
            current = (Map<String, Object>) next;
        }
        return current;
    }

    private static void merge(Map<String, Object> into, Map<String, Object> values) {
        into.putAll(values);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder(root.name().toLowerCase(java.util.Locale.ROOT));
        for (String k : keys) {
            sb.append(k.contains(".") ? "[\"" + k + "\"]" : "." + k);
        }
        return sb.toString();
    }
}
