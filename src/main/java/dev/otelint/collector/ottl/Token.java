package dev.otelint.collector.ottl;

/** One lexical token of a statement; {@code column} is 1-based. */
record Token(Kind kind, String text, int column) {
    enum Kind { IDENT, STRING, INT, FLOAT, BYTES, OP, END }

    boolean is(String op) {
        return (kind == Kind.OP || kind == Kind.IDENT) && text.equals(op);
    }

    String describe() {
        if (kind == Kind.END) {
            return "end of statement";
        }
        return kind == Kind.STRING ? "string \"" + text + "\"" : "\"" + text + "\"";
    }
}
