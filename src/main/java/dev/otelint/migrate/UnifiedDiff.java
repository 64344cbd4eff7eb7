package dev.otelint.migrate;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A unified diff (as `diff -u` and git print it, 3 lines of context) between a file and its migrated
 * copy, which has the same lines: renames never add or remove a line break. Two passes over both
 * files, the first to find the hunks, so only the hunk bounds are held in memory. A changed line is
 * printed as its old line followed by its new line, which patch and git apply read like any hunk.
 */
final class UnifiedDiff {
    static final int CONTEXT = 3;
    private static final String NO_NEWLINE = "\\ No newline at end of file\n";

    /** Lines {@code first} to {@code last} (1-based, inclusive) of both files. */
    private record Hunk(int first, int last) {}

    private UnifiedDiff() {}

    /** Writes the diff of {@code before} and {@code after} as a change of {@code name} (a relative path). */
    static void write(String name, Path before, Path after, Writer out) throws IOException {
        List<Hunk> hunks = hunks(before, after);
        if (hunks.isEmpty()) {
            return;
        }
        out.write("--- a/" + name + "\n+++ b/" + name + "\n");
        try (TextLines old = lines(before); TextLines now = lines(after)) {
            int next = 0;
            String a = old.next();
            String b = now.next();
            for (int number = 1; a != null && next < hunks.size(); number++, a = old.next(), b = now.next()) {
                Hunk hunk = hunks.get(next);
                if (number == hunk.first()) {
                    int count = hunk.last() - hunk.first() + 1;
                    out.write("@@ -" + hunk.first() + "," + count + " +" + hunk.first() + "," + count + " @@\n");
                }
                if (number < hunk.first()) {
                    continue;
                }
                if (a.equals(b)) {
                    line(out, ' ', a);
                } else {
                    line(out, '-', a);
                    line(out, '+', b);
                }
                if (number == hunk.last()) {
                    next++;
                }
            }
        }
    }

    private static void line(Writer out, char sign, String line) throws IOException {
        out.write(sign);
        out.write(line);
        if (!line.endsWith("\n")) {
            out.write('\n');
            out.write(NO_NEWLINE);
        }
    }

    /** Changed lines with their context; hunks whose contexts touch or overlap are one. */
    private static List<Hunk> hunks(Path before, Path after) throws IOException {
        List<Hunk> hunks = new ArrayList<>();
        int total = 0;
        int first = -1;
        int last = -1;
        try (TextLines old = lines(before); TextLines now = lines(after)) {
            for (String a = old.next(), b = now.next(); a != null || b != null; a = old.next(), b = now.next()) {
                total++;
                if (a == null || b == null) {
                    throw new IllegalStateException(before + ": the migrated copy has a different number of lines");
                }
                if (a.equals(b)) {
                    continue;
                }
                if (first > 0 && total - last > 2 * CONTEXT + 1) {
                    hunks.add(new Hunk(first, last));
                    first = -1;
                }
                if (first < 0) {
                    first = total;
                }
                last = total;
            }
        }
        if (first > 0) {
            hunks.add(new Hunk(first, last));
        }
        int lines = total;
        return hunks.stream()
                .map(h -> new Hunk(Math.max(1, h.first() - CONTEXT), Math.min(lines, h.last() + CONTEXT)))
                .toList();
    }

    private static TextLines lines(Path file) throws IOException {
        return new TextLines(new BufferedReader(Files.newBufferedReader(file, StandardCharsets.UTF_8)));
    }
}
