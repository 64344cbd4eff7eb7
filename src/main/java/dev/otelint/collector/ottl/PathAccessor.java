package dev.otelint.collector.ottl;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A compiled path: a field of one context's element, then keys into maps and slices. Readable and settable. */
final class PathAccessor implements Getter {
    private final OttlContext context;
    private final String field;
    private final List<Getter> keys;

    PathAccessor(OttlContext context, String field, List<Getter> keys) {
        this.context = context;
        this.field = field;
        this.keys = keys;
    }

    @Override
    public Object get(TransformContext ctx) {
        Object current = ctx.view(context).get(field);
        for (Getter key : keys) {
            if (current == null) {
                return null;
            }
            current = index(current, key.get(ctx));
        }
        return current;
    }

    /** Sets the value; as OTTL's setters, a nil value or a value of the wrong type for a field changes nothing. */
    void set(TransformContext ctx, Object value) {
        if (value == null) {
            return;
        }
        ElementView view = ctx.view(context);
        if (keys.isEmpty()) {
            view.set(field, value);
            return;
        }
        Object container = view.get(field);
        if (container == null && field.equals("body")) {
            container = new LinkedHashMap<String, Object>();
            view.set(field, container);
            container = view.get(field);
        }
        for (int i = 0; i < keys.size() - 1; i++) {
            Object key = keys.get(i).get(ctx);
            Object next = index(container, key);
            if (next == null && container instanceof Map<?, ?> map) {
                next = new LinkedHashMap<String, Object>(); // missing levels are created, as OTTL's SetMapValue does
                Values.asMap(map).put((String) key, next);
            }
            container = next;
        }
        put(container, keys.get(keys.size() - 1).get(ctx), Values.copy(value));
    }

    private static Object index(Object container, Object key) {
        if (container instanceof Map<?, ?> map && key instanceof String s) {
            return map.get(s);
        }
        if (container instanceof List<?> list && key instanceof Long i) {
            if (i < 0 || i >= list.size()) {
                throw new OttlRuntimeException("index " + i + " out of bounds");
            }
            return list.get(i.intValue());
        }
        throw new OttlRuntimeException("type " + Values.typeName(container) + " does not support "
                + (key instanceof Long ? "int" : "string") + " indexing");
    }

    private static void put(Object container, Object key, Object value) {
        if (container instanceof Map<?, ?> map && key instanceof String s) {
            Values.asMap(map).put(s, value);
        } else if (container instanceof List<?> list && key instanceof Long i && i >= 0 && i < list.size()) {
            @SuppressWarnings("unchecked")
            List<Object> items = (List<Object>) list;
            items.set(i.intValue(), value);
        } else {
            throw new OttlRuntimeException("type " + Values.typeName(container) + " does not support "
                    + (key instanceof Long ? "int" : "string") + " indexing");
        }
    }
}
