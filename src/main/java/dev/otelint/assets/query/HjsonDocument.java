package dev.otelint.assets.query;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import java.util.Optional;

/**
 * A parsed HJSON text: the value tree, and where each key and value was written. Positions are looked up
 * by JSON Pointer (RFC 6901: {@code ""} is the root, {@code "/data/0/url"} a nested value), because
 * Jackson shares node instances for common values (small ints, booleans, "") and so cannot key them.
 */
public final class HjsonDocument {
    private final JsonNode root;
    private final Map<String, HjsonSpan> valueSpans;
    private final Map<String, HjsonSpan> keySpans;

    HjsonDocument(JsonNode root, Map<String, HjsonSpan> valueSpans, Map<String, HjsonSpan> keySpans) {
        this.root = root;
        this.valueSpans = Map.copyOf(valueSpans);
        this.keySpans = Map.copyOf(keySpans);
    }

    public JsonNode root() {
        return root;
    }

    /** Where the value at {@code pointer} was written; empty if there is no such value. */
    public Optional<HjsonSpan> valueSpan(JsonPointer pointer) {
        return Optional.ofNullable(valueSpans.get(pointer.toString()));
    }

    /** Where the member name of the value at {@code pointer} was written; empty for array elements and the root. */
    public Optional<HjsonSpan> keySpan(JsonPointer pointer) {
        return Optional.ofNullable(keySpans.get(pointer.toString()));
    }

    public Optional<HjsonSpan> valueSpan(String pointer) {
        return valueSpan(JsonPointer.compile(pointer));
    }

    public Optional<HjsonSpan> keySpan(String pointer) {
        return keySpan(JsonPointer.compile(pointer));
    }
}
