package dev.otelint.catalog;

/** How strongly a group asks for an attribute. Semantic conventions: attribute requirement levels. */
public enum SemconvRequirementLevel {
    REQUIRED, CONDITIONALLY_REQUIRED, RECOMMENDED, OPT_IN;

    public String modelName() {
        return SemconvModelNames.of(this);
    }

    /** The level of a model spelling, or null if unknown. */
    public static SemconvRequirementLevel parse(String text) {
        return SemconvModelNames.parse(SemconvRequirementLevel.class, text);
    }
}
