package dev.otelint.assets.rules;

import dev.otelint.assets.FieldReference;
import dev.otelint.report.Finding;
import dev.otelint.report.Rule;

/** Starts findings about a field reference, located at its object and JSON path. */
final class ReferenceFindings {

    private ReferenceFindings() {}

    static Finding.Builder at(Rule rule, FieldReference ref) {
        return rule.finding().file(ref.file()).at(ref.line(), 0).path(path(ref));
    }

    /** {@code objectType/objectId:jsonPath}, e.g. {@code visualization/abc:visState.aggs[2].params.field}. */
    static String path(FieldReference ref) {
        return ref.objectType() + "/" + ref.objectId() + ":" + ref.jsonPath();
    }

    /** How messages name the object: {@code visualization "Requests by status"}. */
    static String object(FieldReference ref) {
        String title = ref.objectTitle() == null || ref.objectTitle().isEmpty() ? ref.objectId() : ref.objectTitle();
        return ref.objectType() + " \"" + title + "\"";
    }
}
