package dev.otelint.catalog;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One entry of a mapping's {@code dynamic_templates}.
 *
 * @param conditions match, unmatch, path_match, path_unmatch, match_mapping_type, match_pattern as written
 * @param mapping the mapping applied to a matching new field
 */
public record MappingDynamicTemplate(String name, String origin, Map<String, JsonNode> conditions, JsonNode mapping) {

    public MappingDynamicTemplate {
        conditions = Collections.unmodifiableMap(new LinkedHashMap<>(conditions));
    }
}
