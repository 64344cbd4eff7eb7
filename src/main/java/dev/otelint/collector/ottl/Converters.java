package dev.otelint.collector.ottl;

import static dev.otelint.collector.ottl.Arguments.getter;
import static dev.otelint.collector.ottl.Arguments.list;
import static dev.otelint.collector.ottl.Arguments.string;
import static dev.otelint.collector.ottl.Param.Kind.STRING_LITERAL;
import static dev.otelint.collector.ottl.Param.Kind.VALUE;
import static dev.otelint.collector.ottl.Param.Kind.VALUE_LIST;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** The converters otelint supports, with the semantics of pkg/ottl/ottlfuncs. Converters return a value. */
final class Converters {
    private static final ObjectMapper JSON = new ObjectMapper();

    private Converters() {}

    static List<OttlFunction> all() {
        return List.of(
                new OttlFunction("Concat", List.of(Param.of("vals", VALUE_LIST), Param.of("delimiter", STRING_LITERAL)),
                        Converters::concat),
                new OttlFunction("Int", List.of(Param.of("target", VALUE)), Converters::toInt),
                new OttlFunction("String", List.of(Param.of("target", VALUE)), Converters::toStringValue),
                new OttlFunction("ParseJSON", List.of(Param.of("target", VALUE)), Converters::parseJson),
                new OttlFunction("IsMatch", List.of(Param.of("target", VALUE), Param.of("pattern", STRING_LITERAL)),
                        Converters::isMatch));
    }

    // Concat: each value as StringLikeGetter reads it; nil is written "<nil>"
    private static Getter concat(Object[] args) {
        List<Getter> vals = list(args, 0);
        String delimiter = string(args, 1);
        return ctx -> {
            StringBuilder sb = new StringBuilder();
            for (int i = 0; i < vals.size(); i++) {
                String s = Values.stringLike(vals.get(i).get(ctx));
                sb.append(i == 0 ? "" : delimiter).append(s == null ? "<nil>" : s);
            }
            return sb.toString();
        };
    }

    // Int: IntLikeGetter: floats truncate, bools are 1/0, a string that is not an int gives nil
    private static Getter toInt(Object[] args) {
        Getter target = getter(args, 0);
        return ctx -> {
            Object v = target.get(ctx);
            if (v == null || v instanceof Long) {
                return v;
            }
            if (v instanceof Double d) {
                return (long) d.doubleValue();
            }
            if (v instanceof Boolean b) {
                return b ? 1L : 0L;
            }
            if (v instanceof String s) {
                try {
                    return Long.parseLong(s.startsWith("+") ? s.substring(1) : s);
                } catch (NumberFormatException e) {
                    return null;
                }
            }
            throw new OttlRuntimeException("unsupported type: " + Values.typeName(v));
        };
    }

    private static Getter toStringValue(Object[] args) {
        Getter target = getter(args, 0);
        return ctx -> Values.stringLike(target.get(ctx));
    }

    // ParseJSON: an object becomes a map, an array a slice; every JSON number becomes a float64
    private static Getter parseJson(Object[] args) {
        Getter target = getter(args, 0);
        return ctx -> {
            String text = Arguments.string(target, ctx);
            JsonNode node;
            try {
                node = JSON.readTree(text);
            } catch (JsonProcessingException e) {
                throw new OttlRuntimeException("ParseJSON: " + e.getOriginalMessage());
            }
            if (node == null || !node.isObject() && !node.isArray()) {
                throw new OttlRuntimeException("could not convert parsed value of type "
                        + (node == null ? "nil" : node.getNodeType().name().toLowerCase()) + " to JSON object");
            }
            return fromJson(node);
        };
    }

    private static Object fromJson(JsonNode node) {
        if (node.isObject()) {
            Map<String, Object> map = new LinkedHashMap<>();
            node.fields().forEachRemaining(e -> map.put(e.getKey(), fromJson(e.getValue())));
            return map;
        }
        if (node.isArray()) {
            List<Object> list = new ArrayList<>();
            node.forEach(item -> list.add(fromJson(item)));
            return list;
        }
        if (node.isNumber()) {
            return node.doubleValue();
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        return node.isNull() ? null : node.asText();
    }

    // IsMatch: the target read as a string (nil never matches); the regex is found anywhere in it
    private static Getter isMatch(Object[] args) {
        Getter target = getter(args, 0);
        Pattern pattern = Arguments.regex(string(args, 1), "IsMatch");
        return ctx -> {
            String s = Values.stringLike(target.get(ctx));
            return s != null && pattern.matcher(s).find();
        };
    }
}
