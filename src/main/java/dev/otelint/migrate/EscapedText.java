package dev.otelint.migrate;

import java.util.Arrays;

/**
 * A text decoded from where it is written, with the position each decoded character was written at:
 * a JSON string ({@link #jsonString}), or text written as is ({@link #plain}). Positions are offsets in
 * the text of the enclosing document; {@code decoded.length()} maps past the last character.
 */
record EscapedText(String decoded, int[] written) {

    /** The written offset of decoded character {@code index}, or of the end of the text. */
    int writtenAt(int index) {
        return written[index];
    }

    /** Text written without escapes from {@code start} to {@code end} of {@code document}. */
    static EscapedText plain(String document, int start, int end) {
        int[] written = new int[end - start + 1];
        for (int i = 0; i < written.length; i++) {
            written[i] = start + i;
        }
        return new EscapedText(document.substring(start, end), written);
    }

    /**
     * The JSON string whose opening quote is at {@code quote} of {@code document} (RFC 8259 section 7:
     * a backslash escapes one of {@code "\/bfnrt} or starts a {@code \}{@code uXXXX} code unit).
     */
    static EscapedText jsonString(String document, int quote) {
        if (document.charAt(quote) != '"') {
            throw new IllegalArgumentException("no JSON string at " + quote);
        }
        StringBuilder decoded = new StringBuilder();
        int[] written = new int[document.length() - quote];
        int i = quote + 1;
        while (document.charAt(i) != '"') {
            written[decoded.length()] = i;
            char c = document.charAt(i);
            if (c != '\\') {
                decoded.append(c);
                i++;
            } else if (document.charAt(i + 1) == 'u') {
                decoded.append((char) Integer.parseInt(document.substring(i + 2, i + 6), 16));
                i += 6;
            } else {
                decoded.append(unescape(document.charAt(i + 1)));
                i += 2;
            }
        }
        written[decoded.length()] = i;
        return new EscapedText(decoded.toString(), Arrays.copyOf(written, decoded.length() + 1));
    }

    private static char unescape(char c) {
        return switch (c) {
            case 'b' -> '\b';
            case 'f' -> '\f';
            case 'n' -> '\n';
            case 'r' -> '\r';
            case 't' -> '\t';
            default -> c; // '"', '\\', '/'
        };
    }
}
