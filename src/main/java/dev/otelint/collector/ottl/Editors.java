package dev.otelint.collector.ottl;

import static dev.otelint.collector.ottl.Arguments.getter;
import static dev.otelint.collector.ottl.Arguments.integer;
import static dev.otelint.collector.ottl.Arguments.list;
import static dev.otelint.collector.ottl.Arguments.map;
import static dev.otelint.collector.ottl.Arguments.string;
import static dev.otelint.collector.ottl.Arguments.target;
import static dev.otelint.collector.ottl.Param.Kind.INT_LITERAL;
import static dev.otelint.collector.ottl.Param.Kind.STRING_LIST;
import static dev.otelint.collector.ottl.Param.Kind.STRING_LITERAL;
import static dev.otelint.collector.ottl.Param.Kind.TARGET;
import static dev.otelint.collector.ottl.Param.Kind.VALUE;

import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** The editors otelint supports, with the semantics of pkg/ottl/ottlfuncs. Editors return nothing. */
final class Editors {
    private Editors() {}

    static List<OttlFunction> all() {
        return List.of(
                new OttlFunction("set", List.of(Param.of("target", TARGET), Param.of("value", VALUE)), Editors::set),
                new OttlFunction("delete_key", List.of(Param.of("target", VALUE), Param.of("key", VALUE)),
                        Editors::deleteKey),
                new OttlFunction("delete_matching_keys", List.of(Param.of("target", VALUE),
                        Param.of("pattern", STRING_LITERAL)), Editors::deleteMatchingKeys),
                new OttlFunction("keep_keys", List.of(Param.of("target", VALUE), Param.of("keys", STRING_LIST)),
                        Editors::keepKeys),
                new OttlFunction("truncate_all", List.of(Param.of("target", VALUE), Param.of("limit", INT_LITERAL)),
                        Editors::truncateAll),
                new OttlFunction("limit", List.of(Param.of("target", VALUE), Param.of("limit", INT_LITERAL),
                        Param.of("priority_keys", STRING_LIST)), Editors::limit),
                new OttlFunction("replace_pattern", List.of(Param.of("target", TARGET), Param.of("regex", STRING_LITERAL),
                        Param.of("replacement", VALUE), Param.optional("function", VALUE),
                        Param.optional("replacement_format", VALUE)), Editors::replacePattern),
                new OttlFunction("replace_all_patterns", List.of(Param.of("target", VALUE),
                        Param.of("mode", STRING_LITERAL), Param.of("regex", STRING_LITERAL),
                        Param.of("replacement", VALUE), Param.optional("function", VALUE),
                        Param.optional("replacement_format", VALUE)), Editors::replaceAllPatterns),
                new OttlFunction("merge_maps", List.of(Param.of("target", VALUE), Param.of("source", VALUE),
                        Param.of("strategy", STRING_LITERAL)), Editors::mergeMaps));
    }

    // set: a nil value changes nothing (no field takes null)
    private static Getter set(Object[] args) {
        PathAccessor target = target(args, 0);
        Getter value = getter(args, 1);
        return ctx -> {
            target.set(ctx, value.get(ctx));
            return null;
        };
    }

    private static Getter deleteKey(Object[] args) {
        Getter target = getter(args, 0);
        Getter key = getter(args, 1);
        return ctx -> {
            map(target, ctx).remove(string(key, ctx));
            return null;
        };
    }

    private static Getter deleteMatchingKeys(Object[] args) {
        Getter target = getter(args, 0);
        Pattern pattern = Arguments.regex(string(args, 1), "delete_matching_keys");
        return ctx -> {
            map(target, ctx).keySet().removeIf(k -> pattern.matcher(k).find());
            return null;
        };
    }

    private static Getter keepKeys(Object[] args) {
        Getter target = getter(args, 0);
        Set<String> keys = new HashSet<>(list(args, 1));
        return ctx -> {
            map(target, ctx).keySet().retainAll(keys);
            return null;
        };
    }

    // truncate_all: string values longer than limit bytes are cut (otelint cuts at a character boundary,
    // since an OTLP string must stay valid UTF-8); other values are left alone
    private static Getter truncateAll(Object[] args) {
        Getter target = getter(args, 0);
        long limit = integer(args, 1);
        if (limit < 0) {
            throw new OttlException("invalid limit for truncate_all function, " + limit + " cannot be negative", 0);
        }
        return ctx -> {
            map(target, ctx).replaceAll((k, v) -> v instanceof String s ? truncate(s, limit) : v);
            return null;
        };
    }

    private static String truncate(String s, long limit) {
        byte[] utf8 = s.getBytes(StandardCharsets.UTF_8);
        if (utf8.length <= limit) {
            return s;
        }
        int end = (int) limit;
        while (end > 0 && (utf8[end] & 0xC0) == 0x80) {
            end--;
        }
        return new String(utf8, 0, end, StandardCharsets.UTF_8);
    }

    // limit: priority keys are kept first, then the others in order until the map holds limit entries
    private static Getter limit(Object[] args) {
        Getter target = getter(args, 0);
        long limit = integer(args, 1);
        List<String> priority = list(args, 2);
        if (limit < 0) {
            throw new OttlException("invalid limit for limit function, " + limit + " cannot be negative", 0);
        }
        if (limit < priority.size()) {
            throw new OttlException("invalid limit for limit function, " + limit
                    + " cannot be less than number of priority attributes " + priority.size(), 0);
        }
        Set<String> keep = new HashSet<>(priority);
        return ctx -> {
            Map<String, Object> map = map(target, ctx);
            if (map.size() <= limit) {
                return null;
            }
            long[] count = {priority.stream().filter(map::containsKey).count()};
            map.keySet().removeIf(k -> {
                if (keep.contains(k) || count[0] < limit) {
                    count[0] += keep.contains(k) ? 0 : 1;
                    return false;
                }
                return true;
            });
            return null;
        };
    }

    // replace_pattern: a target that is not a string is left alone
    private static Getter replacePattern(Object[] args) {
        PathAccessor target = target(args, 0);
        Pattern pattern = Arguments.regex(string(args, 1), "replace_pattern");
        Getter replacement = getter(args, 2);
        Arguments.unsupportedOptional(args, 3, "function", "replace_pattern");
        Arguments.unsupportedOptional(args, 4, "replacement_format", "replace_pattern");
        return ctx -> {
            if (target.get(ctx) instanceof String s && pattern.matcher(s).find()) {
                target.set(ctx, Arguments.replaceAll(pattern, s, string(replacement, ctx)));
            }
            return null;
        };
    }

    private static Getter replaceAllPatterns(Object[] args) {
        Getter target = getter(args, 0);
        String mode = string(args, 1);
        Pattern pattern = Arguments.regex(string(args, 2), "replace_all_patterns");
        Getter replacement = getter(args, 3);
        Arguments.unsupportedOptional(args, 4, "function", "replace_all_patterns");
        Arguments.unsupportedOptional(args, 5, "replacement_format", "replace_all_patterns");
        if (!mode.equals("key") && !mode.equals("value")) {
            throw new OttlException("invalid mode " + mode + ", must be either 'key' or 'value'", 0);
        }
        return ctx -> {
            Map<String, Object> map = map(target, ctx);
            String with = string(replacement, ctx);
            Map<String, Object> updated = new java.util.LinkedHashMap<>();
            map.forEach((k, v) -> {
                if (mode.equals("value") && v instanceof String s && pattern.matcher(s).find()) {
                    updated.put(k, Arguments.replaceAll(pattern, s, with));
                } else if (mode.equals("key") && pattern.matcher(k).find()) {
                    updated.put(Arguments.replaceAll(pattern, k, with), v);
                } else {
                    updated.put(k, v);
                }
            });
            map.clear();
            map.putAll(updated);
            return null;
        };
    }

    private static Getter mergeMaps(Object[] args) {
        Getter target = getter(args, 0);
        Getter source = getter(args, 1);
        String strategy = string(args, 2);
        if (!List.of("insert", "update", "upsert").contains(strategy)) {
            throw new OttlException("invalid value for strategy, " + strategy
                    + ", must be 'insert', 'update' or 'upsert'", 0);
        }
        return ctx -> {
            Map<String, Object> into = map(target, ctx);
            Map<String, Object> from = map(source, ctx);
            from.forEach((k, v) -> {
                boolean present = into.containsKey(k);
                if (strategy.equals("upsert") || strategy.equals("insert") != present) {
                    into.put(k, Values.copy(v));
                }
            });
            return null;
        };
    }
}
