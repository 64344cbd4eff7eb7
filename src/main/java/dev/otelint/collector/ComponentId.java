package dev.otelint.collector;

import java.util.regex.Pattern;

/**
 * A component id, "type" or "type/name", parsed with the collector's rules and messages
 * (component.ID.UnmarshalText): blanks around each part are trimmed; the type starts with an ASCII letter
 * and has at most 63 ASCII letters, digits and '_'; the name has no blanks, control or symbol characters.
 */
public record ComponentId(String type, String name) {
    private static final Pattern TYPE = Pattern.compile("[a-zA-Z][0-9a-zA-Z_]{0,62}");
    private static final Pattern NAME = Pattern.compile("[^\\p{Z}\\p{C}\\p{S}]+");

    /** Parses an id; a bad one is an {@link IllegalArgumentException} with the collector's message. */
    public static ComponentId parse(String text) {
        int slash = text.indexOf('/');
        String type = (slash < 0 ? text : text.substring(0, slash)).strip();
        if (type.isEmpty()) {
            throw new IllegalArgumentException(slash < 0 ? "id must not be empty"
                    : "in \"" + text + "\" id: the part before / should not be empty");
        }
        if (!TYPE.matcher(type).matches()) {
            throw new IllegalArgumentException("invalid character(s) in type \"" + type + "\"");
        }
        if (slash < 0) {
            return new ComponentId(type, "");
        }
        String name = text.substring(slash + 1).strip();
        if (name.isEmpty()) {
            throw new IllegalArgumentException("in \"" + text + "\" id: the part after / should not be empty");
        }
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("invalid character(s) in name \"" + name + "\"");
        }
        return new ComponentId(type, name);
    }

    @Override
    public String toString() {
        return name.isEmpty() ? type : type + "/" + name;
    }
}
