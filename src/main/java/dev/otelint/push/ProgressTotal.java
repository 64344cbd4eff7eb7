package dev.otelint.push;

import dev.otelint.records.Signal;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;

/**
 * The records a push will send, when that is cheap to know without reading the records: --gen --count (a trace is
 * a server span and one child, so two records), or NDJSON document files (one record per non-blank line, counted
 * without parsing). Anything else (JSON arrays, OTLP requests, gzip) leaves the total unknown, unless a first
 * pass read the records anyway (--shift-timestamps).
 */
final class ProgressTotal {
    private static final int SPANS_PER_TRACE = 2; // GenSource: a server span and one child

    private ProgressTotal() {}

    static OptionalLong estimate(PushRequest request) {
        if (request.gen() != null && !request.inputs().isEmpty()) {
            return OptionalLong.empty();
        }
        if (request.gen() != null) {
            return request.genDuration().isZero()
                    ? OptionalLong.of(request.genCount() * (request.gen() == Signal.TRACES ? SPANS_PER_TRACE : 1)
                            * request.times())
                    : OptionalLong.empty();
        }
        OptionalLong lines = ndjsonLines(request.inputs());
        return lines.isPresent() ? OptionalLong.of(lines.getAsLong() * request.times()) : OptionalLong.empty();
    }

    /** Non-blank lines of the inputs when every one is an NDJSON file; empty otherwise. */
    private static OptionalLong ndjsonLines(List<Path> inputs) {
        long lines = 0;
        for (Path input : inputs) {
            String name = input.getFileName() == null ? "" : input.getFileName().toString().toLowerCase(Locale.ROOT);
            if (!Files.isRegularFile(input) || !(name.endsWith(".ndjson") || name.endsWith(".jsonl"))) {
                return OptionalLong.empty();
            }
            try (BufferedReader reader = Files.newBufferedReader(input, StandardCharsets.UTF_8)) {
                lines += reader.lines().filter(l -> !l.isBlank()).count();
            } catch (IOException | java.io.UncheckedIOException e) {
                return OptionalLong.empty(); // the pass that sends reports it
            }
        }
        return OptionalLong.of(lines);
    }
}
