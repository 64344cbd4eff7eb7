package dev.otelint.migrate;

import java.util.regex.Pattern;

/**
 * Replace the {@code original} text at character {@code offset} of a file with {@code replacement}.
 * Replacements are convention names, which need no escaping inside JSON strings or query texts.
 */
public record TextEdit(long offset, String original, String replacement) {
    private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z0-9_.@\\-]+");

    public TextEdit {
        if (!PLAIN_NAME.matcher(replacement).matches()) {
            throw new IllegalArgumentException("replacement needs escaping: " + replacement);
        }
    }

    public long end() {
        return offset + original.length();
    }
}
