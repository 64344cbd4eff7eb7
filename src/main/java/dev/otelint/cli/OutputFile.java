package dev.otelint.cli;

import dev.otelint.report.BadInputException;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes what a command produces to the file named by its --output, creating parent directories. */
final class OutputFile {

    interface Content {
        void writeTo(Writer out) throws IOException;
    }

    private OutputFile() {}

    static void write(Path output, Content content) {
        try {
            Path parent = output.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            try (Writer w = Files.newBufferedWriter(output, StandardCharsets.UTF_8)) {
                content.writeTo(w);
            }
        } catch (IOException e) {
            throw new BadInputException("--output " + output + ": cannot write: " + e.getMessage(), e);
        }
    }
}
