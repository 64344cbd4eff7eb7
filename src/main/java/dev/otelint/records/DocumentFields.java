package dev.otelint.records;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.DoubleConsumer;

/**
 * One object of a Simple Schema document being decoded, with its path in the document
 * ({@code events[2]}), so that a field of the wrong type is reported by its full path. A field that
 * is absent or JSON null counts as not set, as OpenSearch indexes null as "no value".
 */
final class DocumentFields {
    /** The owned fields that are objects; a document may write their members as dotted top-level keys. */
    private static final Set<String> OWNED_OBJECTS = Set.of("resource", "attributes", "severity", "status",
            "instrumentationScope");

    private final JsonValue object;
    private final String path;

    private DocumentFields(JsonValue object, String path) {
        this.object = object;
        this.path = path;
    }

    /**
     * The document itself, which must be an object; top-level dotted keys of the owned objects
     * ("severity.text") are read as members of those objects.
     */
    static DocumentFields root(JsonValue document) throws UnencodableRecordException {
        if (document == null || !document.isObject()) {
            throw new UnencodableRecordException("expected a JSON object (one document), got "
                    + (document == null ? "nothing" : document.toJsonPrefix(40)), line(document), column(document));
        }
        return new DocumentFields(DottedFields.nest(document, OWNED_OBJECTS), "");
    }

    JsonValue json() {
        return object;
    }

    /** The path of a field of this object, e.g. "severity.number". */
    String path(String name) {
        return path.isEmpty() ? name : path + "." + name;
    }

    /** The field's value, or null when absent or JSON null. */
    JsonValue value(String name) {
        JsonValue value = object.get(name);
        return value == null || value.isNull() ? null : value;
    }

    boolean has(String name) {
        return value(name) != null;
    }

    /** A text field; "" when not set. */
    String string(String name) throws UnencodableRecordException {
        JsonValue value = value(name);
        if (value == null) {
            return "";
        }
        if (!value.isString()) {
            throw wrongType(name, "a string", value);
        }
        return value.text();
    }

    /** An integer field (a JSON integer, or a string of digits as OpenSearch coerces it); 0 when not set. */
    long integer(String name, long min, long max) throws UnencodableRecordException {
        JsonValue value = value(name);
        if (value == null) {
            return 0;
        }
        if (value.kind() == JsonValue.Kind.INTEGER || value.isString()) {
            try {
                long number = Long.parseLong(value.text());
                if (number >= min && number <= max) {
                    return number;
                }
            } catch (NumberFormatException e) {
                // reported below
            }
        }
        throw wrongType(name, "an integer from " + min + " to " + max, value);
    }

    /** A non-negative count (OTLP uint32/uint64 fields); 0 when not set. */
    long count(String name) throws UnencodableRecordException {
        return integer(name, 0, Long.MAX_VALUE);
    }

    /** A number field; null when not set. */
    Double decimal(String name) throws UnencodableRecordException {
        JsonValue value = value(name);
        if (value == null) {
            return null;
        }
        if (!value.isNumber()) {
            throw wrongType(name, "a number", value);
        }
        return Double.parseDouble(value.text());
    }

    /** Gives a number field to {@code setter} when it is set (OTLP optional doubles). */
    void ifDecimal(String name, DoubleConsumer setter) throws UnencodableRecordException {
        Double value = decimal(name);
        if (value != null) {
            setter.accept(value);
        }
    }

    double decimalOr(String name, double otherwise) throws UnencodableRecordException {
        Double value = decimal(name);
        return value == null ? otherwise : value;
    }

    boolean bool(String name) throws UnencodableRecordException {
        JsonValue value = value(name);
        if (value == null) {
            return false;
        }
        if (value.kind() != JsonValue.Kind.BOOLEAN) {
            throw wrongType(name, "true or false", value);
        }
        return Boolean.parseBoolean(value.text());
    }

    /** A nested object; an empty one when not set. */
    DocumentFields object(String name) throws UnencodableRecordException {
        JsonValue value = value(name);
        if (value == null) {
            return new DocumentFields(JsonValue.object(List.of(), object.line(), object.column()), path(name));
        }
        if (!value.isObject()) {
            throw wrongType(name, "an object", value);
        }
        return new DocumentFields(value, path(name));
    }

    /** An array of objects; empty when not set. */
    List<DocumentFields> objects(String name) throws UnencodableRecordException {
        List<DocumentFields> result = new ArrayList<>();
        List<JsonValue> elements = array(name);
        for (int i = 0; i < elements.size(); i++) {
            JsonValue element = elements.get(i);
            String elementPath = path(name) + "[" + i + "]";
            if (!element.isObject()) {
                throw new UnencodableRecordException(elementPath + ": expected an object, got "
                        + element.toJsonPrefix(40), element.line(), element.column());
            }
            result.add(new DocumentFields(element, elementPath));
        }
        return result;
    }

    /** The elements of an array field; empty when not set. */
    List<JsonValue> array(String name) throws UnencodableRecordException {
        JsonValue value = value(name);
        if (value == null) {
            return List.of();
        }
        if (!value.isArray()) {
            throw wrongType(name, "an array", value);
        }
        return value.elements();
    }

    /** "path: expected X, got Y", positioned at the value. */
    UnencodableRecordException wrongType(String name, String expected, JsonValue actual) {
        return invalid(name, "expected " + expected + ", got " + actual.toJsonPrefix(60), actual);
    }

    UnencodableRecordException invalid(String name, String what, JsonValue at) {
        JsonValue position = at != null ? at : object;
        return new UnencodableRecordException(path(name) + ": " + what, position.line(), position.column());
    }

    private static int line(JsonValue value) {
        return value == null ? 0 : value.line();
    }

    private static int column(JsonValue value) {
        return value == null ? 0 : value.column();
    }
}
