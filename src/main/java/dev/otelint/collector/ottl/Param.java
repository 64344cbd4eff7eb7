package dev.otelint.collector.ottl;

/**
 * One parameter of an OTTL function, by the kind of argument it takes (as the Go argument structs' field
 * types): a path to set, any value, a string or int that must be a literal, a list of string literals, a
 * list of values. {@code name} is the snake_case name for named arguments.
 */
record Param(String name, Kind kind, boolean optional) {
    enum Kind { TARGET, VALUE, STRING_LITERAL, INT_LITERAL, STRING_LIST, VALUE_LIST }

    static Param of(String name, Kind kind) {
        return new Param(name, kind, false);
    }

    static Param optional(String name, Kind kind) {
        return new Param(name, kind, true);
    }
}
