package dev.otelint.validate;

import dev.otelint.records.JsonValue;

/**
 * The top-level fields the span and metric checks read, picked up in the one pass over a document's
 * members (the first of duplicates wins, as {@link JsonValue#get} would give).
 */
final class SemconvSignalFields {
    JsonValue spanId;
    JsonValue kind;
    JsonValue statusCode;
    JsonValue name;
    JsonValue unit;
    JsonValue monotonic;

    /** Keeps the member if it is one of these fields; true when it was. */
    boolean take(String member, JsonValue value) {
        switch (member) {
            case "spanId" -> spanId = first(spanId, value);
            case "kind" -> kind = first(kind, value);
            case "status" -> statusCode = first(statusCode, value.isObject() ? value.get("code") : null);
            case "status.code" -> statusCode = first(statusCode, value);
            case "name" -> name = first(name, value);
            case "unit" -> unit = first(unit, value);
            case "monotonic" -> monotonic = first(monotonic, value);
            default -> {
                return false;
            }
        }
        return true;
    }

    private static JsonValue first(JsonValue kept, JsonValue value) {
        return kept != null ? kept : value;
    }

    /** The kind as a string, or null. */
    String kindText() {
        return kind != null && kind.isString() ? kind.text() : null;
    }
}
