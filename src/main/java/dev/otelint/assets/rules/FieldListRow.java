package dev.otelint.assets.rules;

import dev.otelint.assets.FieldReference;
import java.util.Locale;

/**
 * One line of {@code check-assets --list-fields}: where a field is used and what it resolves to.
 *
 * @param object       {@code type/id}
 * @param role         how the field is used, lower case ("filter", "group_by", "metric", ...), with the
 *                     aggregation or function in parentheses: "aggregation(avg)", "metric(rate)"
 * @param resolvedType the mapped type, or a status word: "missing", "subfield-missing", "wildcard",
 *                     "unparsed", and "unchecked" when the index pattern matches no schema
 */
public record FieldListRow(String file, int line, String object, String path, String field, String role,
                           String indexPattern, String resolvedType) {

    static final String UNCHECKED = "unchecked";

    /** The row of one reference, resolved with {@code check}. */
    public static FieldListRow of(FieldReference ref, AssetFieldCheck check) {
        String type = check.resolve(ref).map(ResolvedField::label).orElse(UNCHECKED);
        return new FieldListRow(ref.file(), ref.line(), ref.objectType() + "/" + ref.objectId(), ref.jsonPath(),
                ref.field(), role(ref), ref.indexPattern(), type);
    }

    private static String role(FieldReference ref) {
        String role = ref.role().name().toLowerCase(Locale.ROOT);
        return ref.function() == null ? role : role + "(" + ref.function() + ")";
    }
}
