package dev.otelint.validate.values;

import dev.otelint.records.JsonValue;
import java.util.Base64;

/**
 * The binary type (OpenSearch BinaryFieldMapper). When the field is neither stored nor has doc
 * values (the default) its value is never read, so any scalar passes; otherwise the value must be
 * a base64 string. An object is always rejected.
 */
public final class BinaryValues implements FieldType {

    private final boolean decoded;

    public BinaryValues(boolean decoded) {
        this.decoded = decoded;
    }

    @Override
    public String typeName() {
        return "binary";
    }

    @Override
    public Outcome check(JsonValue value) {
        if (value.isObject()) {
            return Outcome.REJECTED;
        }
        if (!decoded || value.isNull()) {
            return Outcome.OK;
        }
        if (!value.isString()) {
            return Outcome.REJECTED;
        }
        try {
            Base64.getDecoder().decode(value.text());
            return Outcome.OK;
        } catch (IllegalArgumentException e) {
            return Outcome.REJECTED;
        }
    }

    @Override
    public String explain(JsonValue value, Outcome outcome) {
        return value.isObject() ? "an object cannot be indexed into the binary field"
                : "a stored binary field takes a base64 string";
    }
}
