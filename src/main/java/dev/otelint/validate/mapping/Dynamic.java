package dev.otelint.validate.mapping;

import java.util.Locale;

/** The "dynamic" setting of an object mapping (OpenSearch ObjectMapper.Dynamic in 2.x). */
public enum Dynamic {
    TRUE, FALSE, STRICT, STRICT_ALLOW_TEMPLATES;

    /** The setting's name as written in a mapping. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses a mapping value ("true", "false", "strict", "strict_allow_templates", or a JSON boolean). */
    static Dynamic parse(String text) {
        switch (text) {
            case "true":
                return TRUE;
            case "false":
                return FALSE;
            case "strict":
                return STRICT;
            case "strict_allow_templates":
                return STRICT_ALLOW_TEMPLATES;
            default:
                return null;
        }
    }
}
