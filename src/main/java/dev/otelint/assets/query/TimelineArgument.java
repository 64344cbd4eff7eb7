package dev.otelint.assets.query;

/**
 * One argument of a Timeline function call: {@code name} is null for a positional argument, and
 * {@code literal} is null when the value is a series (a chain, group, reference or series variable).
 */
record TimelineArgument(String name, int offset, TimelineLiteral literal) {

    boolean isSeries() {
        return literal == null;
    }
}
