package dev.otelint.catalog;

import dev.otelint.records.JsonValue;
import dev.otelint.report.BadInputException;
import java.util.ArrayList;
import java.util.List;

/** A node of a model file with typed access; every error names the file, line and what was expected. */
record SemconvModelNode(String file, JsonValue value) {

    boolean has(String field) {
        return value.isObject() && value.get(field) != null;
    }

    /** The child node, or null when absent. */
    SemconvModelNode child(String field) {
        JsonValue child = value.isObject() ? value.get(field) : null;
        return child == null || child.isNull() ? null : new SemconvModelNode(file, child);
    }

    String string(String field) {
        SemconvModelNode child = child(field);
        if (child == null) {
            throw error("expected a \"" + field + "\" field");
        }
        return child.text();
    }

    /** The string of an optional field, or null. */
    String optionalString(String field) {
        SemconvModelNode child = child(field);
        return child == null ? null : child.text();
    }

    /** A scalar as text; a mapping or a list is an error. */
    String text() {
        if (!value.isScalar()) {
            throw error("expected a scalar value");
        }
        return value.text();
    }

    /** The elements of an optional list field (empty when absent). */
    List<SemconvModelNode> list(String field) {
        SemconvModelNode child = child(field);
        if (child == null) {
            return List.of();
        }
        if (!child.value.isArray()) {
            throw child.error("expected a list for \"" + field + "\"");
        }
        List<SemconvModelNode> elements = new ArrayList<>();
        for (JsonValue element : child.value.elements()) {
            elements.add(new SemconvModelNode(file, element));
        }
        return elements;
    }

    BadInputException error(String what) {
        return BadInputException.at(file, value.line(), value.column(), what);
    }
}
