package dev.otelint.assets.rules;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;

/** Prints the rows of {@code --list-fields} as an aligned text table or as a JSON array. */
public final class FieldListRenderer {

    private static final String[] HEADERS = {"FILE", "OBJECT", "PATH", "FIELD", "ROLE", "INDEX PATTERN", "TYPE"};
    private static final JsonFactory JSON = JsonFactory.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();

    private FieldListRenderer() {}

    /** One row per reference, columns padded to the widest cell; unknown values print as "-". */
    public static void text(List<FieldListRow> rows, Writer out) {
        String[][] cells = new String[rows.size() + 1][];
        cells[0] = HEADERS;
        for (int i = 0; i < rows.size(); i++) {
            cells[i + 1] = cells(rows.get(i));
        }
        int[] widths = new int[HEADERS.length];
        for (String[] row : cells) {
            for (int c = 0; c < row.length; c++) {
                widths[c] = Math.max(widths[c], row[c].length());
            }
        }
        try {
            for (String[] row : cells) {
                out.write(line(row, widths));
                out.write('\n');
            }
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * {@code [{"file":..,"line":..,"object":..,"path":..,"field":..,"indexPattern":..,"type":..,"role":..},
     * ...]}.
     */
    public static void json(List<FieldListRow> rows, Writer out) {
        try (JsonGenerator gen = JSON.createGenerator(out)) {
            gen.writeStartArray();
            for (FieldListRow row : rows) {
                gen.writeStartObject();
                gen.writeStringField("file", row.file());
                if (row.line() > 0) {
                    gen.writeNumberField("line", row.line());
                } else {
                    gen.writeNullField("line");
                }
                gen.writeStringField("object", row.object());
                gen.writeStringField("path", row.path());
                gen.writeStringField("field", row.field());
                gen.writeStringField("indexPattern", row.indexPattern());
                gen.writeStringField("type", row.resolvedType());
                gen.writeStringField("role", row.role());
                gen.writeEndObject();
            }
            gen.writeEndArray();
            gen.writeRaw('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String[] cells(FieldListRow row) {
        String file = row.line() > 0 ? row.file() + ":" + row.line() : row.file();
        return new String[] {orDash(file), orDash(row.object()), orDash(row.path()), orDash(row.field()),
            orDash(row.role()), orDash(row.indexPattern()), orDash(row.resolvedType())};
    }

    private static String orDash(String value) {
        return value == null || value.isEmpty() ? "-" : value;
    }

    private static String line(String[] row, int[] widths) {
        StringBuilder line = new StringBuilder();
        for (int c = 0; c < row.length; c++) {
            line.append(row[c]);
            if (c < row.length - 1) {
                line.append(" ".repeat(widths[c] - row[c].length() + 2));
            }
        }
        return line.toString();
    }
}
