package dev.otelint.catalog;

/** An attribute of the registry; {@code deprecation} is null unless deprecated, {@code stability} may be null. */
public record SemconvAttribute(String id, SemconvType type, String stability, SemconvDeprecation deprecation) {

    public boolean isDeprecated() {
        return deprecation != null;
    }

    public boolean isTemplate() {
        return type.template();
    }
}
