package dev.otelint.catalog;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.MinimalPrettyPrinter;
import java.io.IOException;

/** Compact JSON with a line break after each top-level field and each element of a top-level array. */
final class SemconvLinePrinter extends MinimalPrettyPrinter {

    // Output context depth: 1 is the root object, 2 an array directly inside it.
    private static int depth(JsonGenerator g) {
        return g.getOutputContext().getNestingDepth();
    }

    @Override
    public void beforeObjectEntries(JsonGenerator g) throws IOException {
        if (depth(g) == 1) {
            g.writeRaw('\n');
        }
    }

    @Override
    public void writeObjectEntrySeparator(JsonGenerator g) throws IOException {
        g.writeRaw(depth(g) == 1 ? ",\n" : ",");
    }

    @Override
    public void writeEndObject(JsonGenerator g, int entries) throws IOException {
        g.writeRaw(depth(g) == 1 ? "\n}" : "}");
    }

    @Override
    public void beforeArrayValues(JsonGenerator g) throws IOException {
        if (depth(g) == 2) {
            g.writeRaw('\n');
        }
    }

    @Override
    public void writeArrayValueSeparator(JsonGenerator g) throws IOException {
        g.writeRaw(depth(g) == 2 ? ",\n" : ",");
    }

    @Override
    public void writeEndArray(JsonGenerator g, int values) throws IOException {
        g.writeRaw(depth(g) == 2 && values > 0 ? "\n]" : "]");
    }
}
