package dev.otelint.push;

import dev.otelint.collector.Otlp;
import dev.otelint.collector.exporter.file.OtlpJsonLine;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** OTLP/JSON input files for push tests: one export request per line. */
final class OtlpFiles {

    private OtlpFiles() {}

    /** {@code requests} lines of {@code spansEach} spans each. */
    static Path traces(Path dir, int requests, int spansEach) throws IOException {
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < requests; i++) {
            lines.append(OtlpJsonLine.of(Otlp.spans(spansEach))).append('\n');
        }
        Path file = dir.resolve("traces.json");
        Files.writeString(file, lines, StandardCharsets.UTF_8);
        return file;
    }
}
