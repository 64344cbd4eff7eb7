package dev.otelint.catalog;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.MinimalPrettyPrinter;
import java.io.IOException;

/** Compact JSON with a line break after each top-level field and each element of a top-level array. */
final class SemconvLinePrinter extends MinimalPrettyPrinter {

    // Output context depth: 1 is the root object, 2 an array directly inside it.
    private static final int ROOT = 1;
    private static final int TOP_ARRAY = 2;

    /** Writes {@code atDepth} when the generator is at that depth, else {@code elsewhere}. */
    private static void write(JsonGenerator g, int depth, String atDepth, String elsewhere) throws IOException {
        g.writeRaw(g.getOutputContext().getNestingDepth() == depth ? atDepth : elsewhere);
    }

    @Override
    public void beforeObjectEntries(JsonGenerator g) throws IOException {
        write(g, ROOT, "\n", "");
    }

    @Override
    public void writeObjectEntrySeparator(JsonGenerator g) throws IOException {
        write(g, ROOT, ",\n", ",");
    }

    @Override
    public void writeEndObject(JsonGenerator g, int entries) throws IOException {
        write(g, ROOT, "\n}", "}");
    }

    @Override
    public void beforeArrayValues(JsonGenerator g) throws IOException {
        write(g, TOP_ARRAY, "\n", "");
    }

    @Override
    public void writeArrayValueSeparator(JsonGenerator g) throws IOException {
        write(g, TOP_ARRAY, ",\n", ",");
    }

    @Override
    public void writeEndArray(JsonGenerator g, int values) throws IOException {
        write(g, values > 0 ? TOP_ARRAY : -1, "\n]", "]");
    }
}
