package dev.otelint.validate.mapping;

import dev.otelint.validate.values.FieldType;
import java.util.List;

/**
 * A concrete field: its value rules, the multi-fields that index the same value again
 * ({@code fields}), and the fields its value is copied to ({@code copy_to}).
 *
 * @param ignoreMalformed effective ignore_malformed (the field's own or the index default)
 * @param dynamicDefault  true for fields OpenSearch adds with its built-in defaults (no template)
 */
public record FieldMapping(String name, String path, String typeName, FieldType type, boolean ignoreMalformed,
                           List<FieldMapping> multiFields, List<String> copyTo, Source source,
                           boolean dynamicDefault) implements Mapper {

    /** How many mapped fields this adds to the index (itself and its multi-fields), for the total fields limit. */
    public int fieldCount() {
        int count = 1;
        for (FieldMapping sub : multiFields) {
            count += sub.fieldCount();
        }
        return count;
    }
}
