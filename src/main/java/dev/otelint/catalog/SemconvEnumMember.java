package dev.otelint.catalog;

/** One member of an enum attribute; {@code value} is the literal text (e.g. "GET", "1"). */
public record SemconvEnumMember(String id, String value, String stability, SemconvDeprecation deprecation) {

    public boolean isDeprecated() {
        return deprecation != null;
    }
}
