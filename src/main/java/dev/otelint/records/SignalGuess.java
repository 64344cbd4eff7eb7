package dev.otelint.records;

import java.util.List;

/**
 * Guesses the signal of a Simple Schema document from its top-level fields ({@link DocumentClues}),
 * else from its data stream type, written as nested objects or as dotted keys at any level.
 */
final class SignalGuess {

    private SignalGuess() {}

    /** The signal the document looks like, or null when it could be anything; {@code clues} has its members. */
    static Signal of(JsonValue document, DocumentClues clues) {
        Signal signal = clues.fromFields();
        if (signal != null) {
            return signal;
        }
        JsonValue type = path(document, DocumentClues.DATA_STREAM_TYPE_PATH);
        return DocumentClues.fromDataStreamType(type != null && type.isString() ? type.text() : null);
    }

    /** The value at a field path, whether written as nested objects or as dotted keys at any level. */
    private static JsonValue path(JsonValue object, List<String> names) {
        JsonValue current = object;
        int i = 0;
        while (current != null && current.isObject() && i < names.size()) {
            JsonValue next = null;
            StringBuilder key = new StringBuilder();
            for (int j = i; j < names.size() && next == null; j++) {
                key.append(j > i ? "." : "").append(names.get(j));
                next = current.get(key.toString());
                if (next != null) {
                    i = j + 1;
                }
            }
            current = next;
        }
        return i == names.size() ? current : null;
    }
}
