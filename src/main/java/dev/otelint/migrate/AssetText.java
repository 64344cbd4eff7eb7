package dev.otelint.migrate;

import dev.otelint.assets.FieldReference;
import dev.otelint.report.BadInputException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The text of an asset file, for placing field references in it: a Grafana dashboard is one JSON
 * document; a saved-object file holds one object per line, whose references are relative to its
 * {@code attributes}.
 */
final class AssetText {
    private final String text;

    private AssetText(String text) {
        this.text = text;
    }

    static AssetText read(Path file) {
        try {
            return new AssetText(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw BadInputException.at(file.toString(), 0, 0, "cannot read: " + e.getMessage());
        }
    }

    NameTarget.Span inDocument(FieldReference ref) throws IOException {
        return new JsonLocator(target(ref, ref.jsonPath())).inJson(text, "", i -> i);
    }

    NameTarget.Span inSavedObjectLine(FieldReference ref) throws IOException {
        int start = lineStart(ref.line());
        if (start < 0) {
            return null;
        }
        int end = text.indexOf('\n', start);
        String line = text.substring(start, end < 0 ? text.length() : end);
        return new JsonLocator(target(ref, "attributes." + ref.jsonPath())).inJson(line, "", i -> start + i);
    }

    /** The text as written at {@code span}. */
    String slice(NameTarget.Span span) {
        return text.substring(span.start(), span.end());
    }

    private static NameTarget target(FieldReference ref, String path) {
        return new NameTarget(path, ref.offset(), ref.length(), ref.field());
    }

    /** The offset where 1-based line {@code number} starts, or -1. */
    private int lineStart(int number) {
        int start = 0;
        for (int line = 1; line < number; line++) {
            start = text.indexOf('\n', start) + 1;
            if (start == 0) {
                return -1;
            }
        }
        return start;
    }
}
