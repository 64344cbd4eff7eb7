package dev.otelint.catalog;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/** A metric of the registry with the attributes it references and their requirement levels (sorted by id). */
public record SemconvMetric(String name, SemconvInstrument instrument, String unit, String stability,
                            SemconvDeprecation deprecation, Map<String, SemconvRequirementLevel> attributes) {

    public SemconvMetric {
        attributes = Collections.unmodifiableMap(new TreeMap<>(attributes));
    }

    public boolean isDeprecated() {
        return deprecation != null;
    }
}
