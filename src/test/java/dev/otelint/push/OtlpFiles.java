package dev.otelint.push;

import dev.otelint.collector.Otlp;
import dev.otelint.collector.exporter.file.OtlpJsonLine;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Supplier;

/** OTLP/JSON input files for push tests: one export request per line. */
final class OtlpFiles {

    private OtlpFiles() {}

    /** {@code requests} lines of {@code spansEach} spans each. */
    static Path traces(Path dir, int requests, int spansEach) throws IOException {
        return write(dir.resolve("traces.json"), requests, () -> OtlpJsonLine.of(Otlp.spans(spansEach)));
    }

    /** {@code requests} lines of {@code recordsEach} log records each. */
    static Path logs(Path dir, int requests, int recordsEach) throws IOException {
        return write(dir.resolve("logs.json"), requests, () -> OtlpJsonLine.of(Otlp.logs(recordsEach)));
    }

    private static Path write(Path file, int requests, Supplier<String> line) throws IOException {
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < requests; i++) {
            lines.append(line.get()).append('\n');
        }
        Files.writeString(file, lines, StandardCharsets.UTF_8);
        return file;
    }
}
