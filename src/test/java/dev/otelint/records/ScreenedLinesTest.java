package dev.otelint.records;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.otelint.report.Finding;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Lines screened ahead in chunks, by the reader's thread and the caller's, come out as the reader would
 * read them: in order, each at its line, passed lines without a tree and the others with theirs.
 */
class ScreenedLinesTest {

    @TempDir
    Path dir;

    /** Passes documents whose "ok" member is true; notes the threads it ran on. */
    private static final class OkScreen implements DocumentScreen {
        final Set<String> threads = ConcurrentHashMap.newKeySet();

        @Override
        public boolean isClean(JsonParser parser, Signal expected, DocumentClues clues) throws IOException {
            threads.add(Thread.currentThread().getName());
            boolean ok = false;
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String name = parser.currentName();
                JsonToken value = parser.nextToken();
                clues.member(name, null);
                if (name.equals("ok")) {
                    ok = value == JsonToken.VALUE_TRUE;
                }
                parser.skipChildren();
            }
            return ok;
        }
    }

    @Test
    void passedAndOtherLinesComeOutInOrderAtTheirLines() throws IOException {
        String padding = "x".repeat(700);
        List<String> lines = new ArrayList<>();
        List<Boolean> expectClean = new ArrayList<>();
        List<Integer> expectLine = new ArrayList<>();
        List<Integer> brokenLines = new ArrayList<>();
        int line = 0;
        for (int i = 0; i < 6000; i++) {
            switch (i % 97) {
                case 13 -> {
                    lines.add(""); // a blank line: no record
                    line++;
                    continue;
                }
                case 29 -> {
                    lines.add("{\"ok\":true,\n\"n\":" + i + "}"); // one document on two lines: not NDJSON
                    brokenLines.add(++line);
                    brokenLines.add(++line);
                    continue;
                }
                case 41 -> lines.add("{\"ok\":" + (i % 7 != 3) + ",\"n\":" + i + ",\"p\":\"" + padding
                        + "\"}\r"); // a CRLF line end
                default -> lines.add("{\"ok\":" + (i % 7 != 3) + ",\"n\":" + i + ",\"p\":\"" + padding + "\"}");
            }
            expectClean.add(i % 7 != 3);
            expectLine.add(++line);
        }
        lines.add("{\"ok\":true,\"n\":\"last, without a line end\"}");
        expectClean.add(true);
        expectLine.add(++line);
        Path file = dir.resolve("many.ndjson");
        Files.write(file, String.join("\n", lines).getBytes(StandardCharsets.UTF_8));

        OkScreen screen = new OkScreen();
        List<Record> records = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        try (RecordReader reader = RecordReaders.openInBackground(file, new ReadOptions(null, screen), findings::add)) {
            for (Record record = reader.next(); record != null; record = reader.next()) {
                records.add(record);
            }
        }

        // the reader's full path reads what the screen did not pass, and reports each broken line
        assertThat(findings).extracting(Finding::line).containsExactlyElementsOf(brokenLines);
        assertThat(records).hasSize(expectClean.size());
        for (int i = 0; i < records.size(); i++) {
            Record record = records.get(i);
            assertThat(record.line()).as("record %d", i + 1).isEqualTo(expectLine.get(i));
            assertThat(record.document() == null).as("record %d passed", i + 1).isEqualTo(expectClean.get(i));
        }
        // the chunks were shared: the caller's thread screened some while it waited for records
        assertThat(screen.threads).contains(Thread.currentThread().getName()).hasSizeGreaterThan(1);
    }
}
