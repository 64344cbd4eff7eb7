package dev.otelint.assets.query;

/**
 * Where a key or value stands in HJSON text: 0-based character offset and length of the token as
 * written, quotes included for quoted strings and keys ({@code "a"}, {@code 'a'}, {@code '''...'''}),
 * brackets included for objects and arrays, surrounding whitespace excluded for quoteless strings.
 */
public record HjsonSpan(int offset, int length) {

    public int end() {
        return offset + length;
    }
}
