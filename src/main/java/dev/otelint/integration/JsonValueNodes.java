package dev.otelint.integration;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.otelint.records.JsonValue;
import java.math.BigDecimal;
import java.math.BigInteger;

/** Jackson trees of {@link JsonValue}s, for the JSON Schema validator; a repeated member keeps its last value, as JSON.parse does. */
final class JsonValueNodes {
    private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

    private JsonValueNodes() {}

    static JsonNode of(JsonValue value) {
        return switch (value.kind()) {
            case OBJECT -> {
                ObjectNode object = NODES.objectNode();
                value.members().forEach(m -> object.set(m.name(), of(m.value())));
                yield object;
            }
            case ARRAY -> {
                ArrayNode array = NODES.arrayNode();
                value.elements().forEach(e -> array.add(of(e)));
                yield array;
            }
            case STRING -> NODES.textNode(value.text());
            case INTEGER -> NODES.numberNode(new BigInteger(value.text()));
            case DECIMAL -> decimal(value.text());
            case BOOLEAN -> NODES.booleanNode(value.text().equals("true"));
            case NULL -> NODES.nullNode();
        };
    }

    // JSON5's Infinity and NaN have no BigDecimal
    private static JsonNode decimal(String text) {
        return text.endsWith("Infinity") || text.equals("NaN")
                ? NODES.numberNode(Double.parseDouble(text))
                : NODES.numberNode(new BigDecimal(text));
    }
}
