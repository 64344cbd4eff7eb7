package dev.otelint.migrate;

import java.util.function.IntUnaryOperator;

/**
 * A name to find in an asset: the string at {@code path} (dotted members and [index], as field
 * references name it) holds {@code name} at {@code offset}. The string is a value there, or the member
 * name when the member name is the field.
 */
record NameTarget(String path, int offset, int length, String name) {

    /** Where the name was written in the file, {@code start} inclusive and {@code end} exclusive. */
    record Span(int start, int end) {}

    /** True when {@code path} is the target's path or the path of a value that contains it. */
    boolean leadsTo(String other) {
        if (other.isEmpty() || path.equals(other)) {
            return true;
        }
        return path.startsWith(other) && (path.charAt(other.length()) == '.' || path.charAt(other.length()) == '[');
    }

    /** The span of the name in {@code text} when the text holds it at the target's offset, else null. */
    Span in(EscapedText text, IntUnaryOperator toFile) {
        String decoded = text.decoded();
        if (offset < 0 || offset + length > decoded.length() || !decoded.substring(offset, offset + length).equals(name)) {
            return null;
        }
        return new Span(toFile.applyAsInt(text.writtenAt(offset)), toFile.applyAsInt(text.writtenAt(offset + length)));
    }

    static String member(String parent, String name) {
        return parent.isEmpty() ? name : parent + "." + name;
    }

    static String element(String parent, int index) {
        return parent + "[" + index + "]";
    }
}
