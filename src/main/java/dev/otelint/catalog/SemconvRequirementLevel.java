package dev.otelint.catalog;

import java.util.Map;

/** How strongly a group asks for an attribute. Semantic conventions: attribute requirement levels. */
public enum SemconvRequirementLevel {
    REQUIRED, CONDITIONALLY_REQUIRED, RECOMMENDED, OPT_IN;

    private static final Map<String, SemconvRequirementLevel> BY_MODEL_NAME =
            SemconvModelNames.index(SemconvRequirementLevel.class);

    public String modelName() {
        return SemconvModelNames.of(this);
    }

    /** The level of a model spelling, or null if unknown. */
    public static SemconvRequirementLevel parse(String text) {
        return BY_MODEL_NAME.get(text);
    }
}
