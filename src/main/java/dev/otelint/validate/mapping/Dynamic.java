package dev.otelint.validate.mapping;

import java.util.Locale;

/** The "dynamic" setting of an object mapping (OpenSearch ObjectMapper.Dynamic in 2.x). */
public enum Dynamic {
    TRUE, FALSE, STRICT, STRICT_ALLOW_TEMPLATES;

    /** The setting's name as written in a mapping. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Parses a mapping value: "strict" and "strict_allow_templates" in any case, otherwise a
     * boolean written exactly "true" or "false" (ObjectMapper.TypeParser), as JSON or as a string.
     */
    static Dynamic parse(String text) {
        if (text.equalsIgnoreCase("strict")) {
            return STRICT;
        }
        if (text.equalsIgnoreCase("strict_allow_templates")) {
            return STRICT_ALLOW_TEMPLATES;
        }
        switch (text) {
            case "true":
                return TRUE;
            case "false":
                return FALSE;
            default:
                return null;
        }
    }
}
