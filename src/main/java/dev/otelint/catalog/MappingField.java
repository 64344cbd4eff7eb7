package dev.otelint.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One field of a mapping as {@code catalog show} lists it.
 *
 * @param path dotted path, e.g. {@code http.response.status_code}; a multi-field adds its name, e.g. {@code body.keyword}
 * @param type the mapping type; {@code object} when the mapping names none
 * @param origin the template or component file the field comes from
 * @param multiField true for an entry of a field's {@code fields}
 * @param parameters the other mapping parameters as written (ignore_above, path of an alias, format...)
 */
public record MappingField(String path, String type, String origin, boolean multiField, Map<String, JsonNode> parameters) {

    public MappingField {
        parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    }
}
