package dev.otelint.validate;

/**
 * Splits document keys at dots as DocumentParser.splitAndValidatePath does. A key without a dot
 * needs no split (returned as null, so the hot path allocates nothing); a key that OpenSearch
 * refuses is returned as {@link #INVALID}. Like Java's String.split, trailing empty parts vanish,
 * so "a." means "a".
 */
final class FieldNames {

    static final String[] INVALID = new String[0];

    private FieldNames() {}

    static String[] split(String name) {
        if (name.isEmpty()) {
            return INVALID;
        }
        if (name.indexOf('.') < 0) {
            return null;
        }
        String[] parts = name.split("\\.");
        if (parts.length == 0) {
            return INVALID;
        }
        for (String part : parts) {
            if (part.isBlank()) {
                return INVALID;
            }
        }
        return parts;
    }

    /** The last part of a key: the name a new field gets. */
    static String leaf(String name, String[] parts) {
        return parts == null ? name : parts[parts.length - 1];
    }

    /** OpenSearch's reason for refusing {@code name}. */
    static String problem(String name) {
        if (name.isEmpty()) {
            return "field name cannot be an empty string";
        }
        String[] parts = name.split("\\.");
        if (parts.length == 0) {
            return "field name [" + name + "] cannot contain only the character [.]";
        }
        for (String part : parts) {
            if (part.isBlank() && !part.isEmpty()) {
                return "object field cannot contain only whitespace: ['" + name + "']";
            }
        }
        return "object field starting or ending with a [.] makes object resolution ambiguous: [" + name + "]";
    }
}
