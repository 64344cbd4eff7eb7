package dev.otelint.collector.receiver.filelog.operator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.otelint.collector.component.ConfigKey;
import dev.otelint.collector.config.ConfigNode;
import dev.otelint.collector.receiver.filelog.entry.Values;
import dev.otelint.collector.receiver.filelog.expr.GoRegex;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;

/** The parsers: json_parser and regex_parser (stanza's parser/json and parser/regex). */
final class Parsers {
    private static final ObjectMapper JSON = new ObjectMapper();

    private Parsers() {}

    public static class JsonConfig extends ParserConfig {
        /** Whole numbers become int64 instead of float64 (stanza's default: all numbers are float64). */
        @ConfigKey("parse_ints")
        public boolean parseInts;
    }

    public static class RegexConfig extends ParserConfig {
        @ConfigKey("regex")
        public String regex;

        /** A cache of parse results in stanza; a performance setting only, accepted and not needed here. */
        @ConfigKey("cache")
        public ConfigNode cache;
    }

    static Transformer json(JsonConfig c) {
        return Parser.of(c, value -> {
            if (!(value instanceof String || value instanceof byte[])) {
                throw new IllegalArgumentException("type " + value.getClass().getSimpleName()
                        + " cannot be parsed as JSON");
            }
            JsonNode node;
            try {
                node = JSON.readTree(Values.text(value));
            } catch (JsonProcessingException e) {
                throw new IllegalArgumentException("parse JSON: " + e.getOriginalMessage());
            }
            if (node == null || !node.isObject()) {
                throw new IllegalArgumentException("parse JSON: the value is not a JSON object");
            }
            return jsonValue(node, c.parseInts);
        });
    }

    private static Object jsonValue(JsonNode node, boolean parseInts) {
        if (node.isObject()) {
            Map<String, Object> map = new LinkedHashMap<>();
            node.fields().forEachRemaining(f -> map.put(f.getKey(), jsonValue(f.getValue(), parseInts)));
            return map;
        }
        if (node.isArray()) {
            List<Object> list = new ArrayList<>();
            node.forEach(item -> list.add(jsonValue(item, parseInts)));
            return list;
        }
        if (node.isIntegralNumber() && parseInts && node.canConvertToLong()) {
            return node.longValue();
        }
        if (node.isNumber()) {
            return node.doubleValue();
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        return node.isNull() ? null : node.asText();
    }

    static Transformer regex(RegexConfig c) {
        if (c.regex == null || c.regex.isEmpty()) {
            throw new IllegalArgumentException("missing required field 'regex'");
        }
        GoRegex regex = GoRegex.compile(c.regex);
        if (regex.groupNames().isEmpty()) {
            throw new IllegalArgumentException("no named capture groups in regex pattern");
        }
        return Parser.of(c, value -> {
            if (!(value instanceof String || value instanceof byte[])) {
                throw new IllegalArgumentException("type '" + value.getClass().getSimpleName()
                        + "' cannot be parsed as regex");
            }
            Matcher m = regex.pattern().matcher(Values.text(value));
            if (!m.find()) {
                throw new IllegalArgumentException("regex pattern does not match");
            }
            Map<String, Object> parsed = new LinkedHashMap<>();
            for (int i = 0; i < regex.groupNames().size(); i++) {
                parsed.put(regex.groupNames().get(i), GoRegex.group(m, i));
            }
            return parsed;
        });
    }
}
