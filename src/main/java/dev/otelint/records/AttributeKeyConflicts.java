package dev.otelint.records;

import java.util.Iterator;
import java.util.Map;
import java.util.TreeMap;

/**
 * The OpenSearch exporter's rewrite of attribute keys that OpenSearch would reject: with both
 * "code.function" and "code.function.name", OpenSearch would have to map "code.function" as a value
 * and as an object (mapper_parsing_exception), so the exporter moves the value to
 * "code.function.value". Like the exporter, it compares neighbours in sorted key order only, and
 * when "x.value" already exists it drops the value of "x".
 */
final class AttributeKeyConflicts {
    private static final String VALUE_SUFFIX = ".value";

    private AttributeKeyConflicts() {}

    static void resolve(TreeMap<String, JsonValue.Member> byKey) {
        while (renameFirstConflict(byKey)) {
            // a rename may create a new neighbour pair; scan again until stable
        }
    }

    private static boolean renameFirstConflict(TreeMap<String, JsonValue.Member> byKey) {
        Iterator<Map.Entry<String, JsonValue.Member>> it = byKey.entrySet().iterator();
        if (!it.hasNext()) {
            return false;
        }
        Map.Entry<String, JsonValue.Member> previous = it.next();
        while (it.hasNext()) {
            Map.Entry<String, JsonValue.Member> current = it.next();
            if (isPrefixUse(previous.getKey(), current.getKey()) && !previous.getValue().value().isObject()) {
                rename(byKey, previous.getKey(), previous.getValue());
                return true;
            }
            previous = current;
        }
        return false;
    }

    private static boolean isPrefixUse(String key, String next) {
        return next.length() > key.length() && next.startsWith(key) && next.charAt(key.length()) == '.';
    }

    private static void rename(TreeMap<String, JsonValue.Member> byKey, String key, JsonValue.Member member) {
        byKey.remove(key);
        String target = key + VALUE_SUFFIX;
        byKey.putIfAbsent(target, new JsonValue.Member(target, member.value(), member.line(), member.column()));
    }
}
