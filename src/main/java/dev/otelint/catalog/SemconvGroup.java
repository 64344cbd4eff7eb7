package dev.otelint.catalog;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * A span, event, entity, attribute or refinement group of the model with the attributes it references
 * (inherited ones included) and their requirement levels, sorted by attribute id. Metrics are kept apart.
 */
public record SemconvGroup(String id, String type, Map<String, SemconvRequirementLevel> attributes) {

    public SemconvGroup {
        attributes = Collections.unmodifiableMap(new TreeMap<>(attributes));
    }
}
