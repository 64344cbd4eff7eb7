package dev.otelint.catalog;

/**
 * Finds deprecated semantic convention attribute names inside document field names: bare
 * ({@code http.url}), under the attribute objects of Simple Schema and Data Prepper documents
 * ({@code attributes.http.url}, {@code span.attributes.http@url}, where Data Prepper writes the
 * attribute's dots as {@code @}), and with a multi-field suffix ({@code http.url.keyword}).
 */
public final class DeprecatedNames {

    /** Where documents nest attributes, longest first so that the most specific prefix is taken. */
    private static final String[] PREFIXES = {"instrumentationScope.attributes.", "resource.attributes.",
        "span.attributes.", "log.attributes.", "attributes.", "resource.", ""};
    private static final String[] SUFFIXES = {"", ".keyword", ".text", ".raw"};

    /**
     * A deprecated attribute found in a field name: its id, the plain replacement (null if none), the
     * field name with the replacement (null if none) and where the attribute is written in the field
     * ({@code start} inclusive, {@code end} exclusive).
     */
    public record Deprecation(String attribute, String replacement, String fixedField, int start, int end) {}

    private DeprecatedNames() {}

    /** The deprecated attribute {@code field} names, or null. */
    public static Deprecation find(String field, SemconvRegistry registry) {
        for (String prefix : PREFIXES) {
            if (!field.startsWith(prefix)) {
                continue;
            }
            for (String suffix : SUFFIXES) {
                if (field.length() > prefix.length() + suffix.length() && field.endsWith(suffix)) {
                    String written = field.substring(prefix.length(), field.length() - suffix.length());
                    if (prefix.isEmpty() && simpleSchemaOwns(written)) {
                        continue;
                    }
                    Deprecation found = lookup(prefix, written, suffix, registry);
                    if (found != null) {
                        return found;
                    }
                }
            }
        }
        return null;
    }

    /**
     * True when a top-level name is the Simple Schema's own field rather than an OTEL attribute (the
     * schema's {@code event.name} is its ECS-like event, not the deprecated attribute), as validate
     * treats it.
     */
    private static boolean simpleSchemaOwns(String written) {
        SemconvSimpleSchemaFields schema = SemconvSimpleSchemaFields.builtin();
        if (schema.ownsField(written)) {
            return true;
        }
        for (int dot = written.indexOf('.'); dot > 0; dot = written.indexOf('.', dot + 1)) {
            if (schema.ownsNamespace(written.substring(0, dot))) {
                return true;
            }
        }
        return false;
    }

    private static Deprecation lookup(String prefix, String written, String suffix, SemconvRegistry registry) {
        boolean dataPrepper = written.indexOf('@') >= 0;
        SemconvAttribute attribute = registry.attribute(dataPrepper ? written.replace('@', '.') : written);
        if (attribute == null || !attribute.isDeprecated()) {
            return null;
        }
        int start = prefix.length();
        int end = start + written.length();
        String renamed = attribute.deprecation().renamedTo();
        if (renamed == null) {
            return new Deprecation(attribute.id(), null, null, start, end);
        }
        String replacement = dataPrepper ? renamed.replace('.', '@') : renamed;
        return new Deprecation(attribute.id(), renamed, prefix + replacement + suffix, start, end);
    }
}
