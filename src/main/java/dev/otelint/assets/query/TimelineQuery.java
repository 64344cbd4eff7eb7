package dev.otelint.assets.query;

/**
 * The {@code q=} argument of a Timeline data-source function: a Lucene query string, unescaped from the
 * Timeline literal, for the Lucene parser to read. {@link #sourceOffset(int)} maps a position in
 * {@link #text()} back to the expression text, so the Lucene parser's field offsets can be reported there.
 */
public final class TimelineQuery {
    private final TimelineLiteral literal;

    TimelineQuery(TimelineLiteral literal) {
        this.literal = literal;
    }

    public String text() {
        return literal.value();
    }

    /** Offset in the expression of the query's first character (after the opening quote, if any). */
    public int offset() {
        return literal.sourceOffset(0);
    }

    /** Offset in the expression of character {@code index} of {@link #text()}. */
    public int sourceOffset(int index) {
        if (index < 0 || index > text().length()) {
            throw new IndexOutOfBoundsException("index " + index + " outside query of length " + text().length());
        }
        return literal.sourceOffset(index);
    }

    @Override
    public String toString() {
        return "TimelineQuery[" + text() + " @" + offset() + "]";
    }
}
