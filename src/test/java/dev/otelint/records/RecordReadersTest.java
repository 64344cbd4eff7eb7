package dev.otelint.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.otelint.report.BadInputException;
import dev.otelint.report.Finding;
import dev.otelint.report.Report;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecordReadersTest {

    @TempDir
    Path dir;

    @Test
    void jsonArrayYieldsOneRecordPerElementWithItsPosition() throws IOException {
        Path file = write("a.json", """
                [
                  {"body": "one"},
                  {"body": "two"},
                  {"body": "three"}
                ]
                """);

        ReadResult result = ReadResult.read(file);

        assertThat(result.findings()).isEmpty();
        assertThat(result.indexes()).containsExactly(1L, 2L, 3L);
        Record third = result.records().get(2);
        assertThat(third.file()).isEqualTo(file.toString());
        assertThat(third.line()).isEqualTo(4);
        assertThat(third.column()).isEqualTo(3);
        assertThat(third.document().get("body").text()).isEqualTo("three");
        assertThat(third.document().get("body").column()).isEqualTo(12);
    }

    @Test
    void ndjsonIndexesRecordsByLineAndSkipsBlankLines() throws IOException {
        Path file = write("a.ndjson", "{\"body\": \"one\"}\n\n   \n{\"body\": \"two\", \"x\": {\"y\": 1}}\r\n");

        ReadResult result = ReadResult.read(file);

        assertThat(result.findings()).isEmpty();
        assertThat(result.indexes()).containsExactly(1L, 4L);
        JsonValue y = result.records().get(1).document().get("x").get("y");
        assertThat(y.line()).isEqualTo(4);
        assertThat(y.column()).isEqualTo(28);
    }

    @Test
    void ndjsonLinesAcrossReadBuffersKeepTheirNumbersAndPositions() throws IOException {
        // lines of varied length cross the 64 KiB read buffer; one line is longer than the buffer
        StringBuilder ndjson = new StringBuilder();
        int lines = 3000;
        for (int i = 1; i <= lines; i++) {
            String pad = i == 1500 ? "p".repeat(100_000) : "p".repeat(i % 97);
            ndjson.append("{\"pad\": \"").append(pad).append("\", \"n\": ").append(i).append("}")
                    .append(i % 5 == 0 ? "  \r\n" : "\n");
        }
        ReadResult result = ReadResult.read(write("long.ndjson", ndjson.toString()));

        assertThat(result.findings()).isEmpty();
        assertThat(result.records()).hasSize(lines);
        for (int i = 1; i <= lines; i++) {
            Record record = result.records().get(i - 1);
            JsonValue n = record.document().get("n");
            assertThat(record.index()).isEqualTo(i);
            assertThat(n.text()).isEqualTo(Integer.toString(i));
            assertThat(n.line()).isEqualTo(i);
            assertThat(n.column()).isEqualTo(record.document().get("pad").text().length() + 18);
        }
    }

    @Test
    void ndjsonGoesOnAfterAMalformedLine() throws IOException {
        Path file = write("a.jsonl", """
                {"body": "one"}
                {"body": tru}
                {"body": "three"}
                """);

        ReadResult result = ReadResult.read(file);

        assertThat(result.indexes()).containsExactly(1L, 3L);
        assertThat(result.findings()).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("json.syntax");
            assertThat(f.file()).isEqualTo(file.toString());
            assertThat(f.line()).isEqualTo(2);
            assertThat(f.column()).isEqualTo(14); // where the parser noticed, just past the bad token
            assertThat(f.record()).isEqualTo(2);
            assertThat(f.message()).contains("Unrecognized token 'tru'").doesNotContain("Source").doesNotContain("\n");
        });
    }

    @Test
    void ndjsonWhoseFirstLineIsTruncatedStillRecovers() throws IOException {
        Path file = write("a.ndjson", "{\"body\": \"cut\n{\"body\": \"two\"}\n{\"body\": \"three\"}\n");

        ReadResult result = ReadResult.read(file);

        assertThat(result.indexes()).containsExactly(2L, 3L);
        assertThat(result.findings()).extracting(Finding::rule, Finding::line).containsExactly(
                org.assertj.core.groups.Tuple.tuple("json.syntax", 1));
    }

    @Test
    void twoValuesOnOneNdjsonLineAreASyntaxFinding() throws IOException {
        Path file = write("a.ndjson", "{\"a\": 1} {\"b\": 2}\n{\"c\": 3}\n");

        ReadResult result = ReadResult.read(file);

        assertThat(result.indexes()).containsExactly(2L);
        assertThat(result.findings()).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("json.syntax");
            assertThat(f.column()).isEqualTo(10);
            assertThat(f.message()).contains("one document per line");
        });
    }

    @Test
    void arraySyntaxErrorIsReportedOnceAndEndsTheFile() throws IOException {
        Path file = write("a.json", "[\n{\"a\": 1},\n{\"b\": },\n{\"c\": 3}\n]\n");

        ReadResult result = ReadResult.read(file);

        assertThat(result.indexes()).containsExactly(1L);
        assertThat(result.findings()).singleElement().satisfies(f -> {
            assertThat(f.rule()).isEqualTo("json.syntax");
            assertThat(f.line()).isEqualTo(3);
            assertThat(f.record()).isEqualTo(2);
            assertThat(f.message()).isEqualTo("Unexpected character ('}'): expected a value");
        });
    }

    @Test
    void unclosedArrayNamesWhereItWasOpened() throws IOException {
        Path file = write("a.json", "\n\n  [{\"a\": 1},\n {\"b\": 2}");

        ReadResult result = ReadResult.read(file);

        assertThat(result.indexes()).containsExactly(1L, 2L);
        assertThat(result.findings()).singleElement().satisfies(f ->
                assertThat(f.message()).contains("opened at line 3, column 3"));
    }

    @Test
    void contentAfterTheArrayIsReported() throws IOException {
        Path file = write("a.json", "[{\"a\": 1}]\n{\"b\": 2}\n");

        ReadResult result = ReadResult.read(file);

        assertThat(result.indexes()).containsExactly(1L);
        assertThat(result.findings()).singleElement().satisfies(f -> {
            assertThat(f.line()).isEqualTo(2);
            assertThat(f.message()).contains("after the closing ']'");
        });
    }

    @Test
    void prettyPrintedDocumentIsOneRecordWithNestedPositions() throws IOException {
        Path file = write("doc.json", """
                \uFEFF
                {
                  "resource": {
                    "service.name": "checkout"
                  },
                  "body": "hello"
                }
                """);

        Record record = ReadResult.read(file).only();

        assertThat(record.index()).isEqualTo(1);
        assertThat(record.line()).isEqualTo(2);
        assertThat(record.signal()).isEqualTo(Signal.LOGS);
        JsonValue service = record.document().get("resource").get("service.name");
        assertThat(service.line()).isEqualTo(4);
        assertThat(service.column()).isEqualTo(21);
    }

    @Test
    void documentWhoseFirstLineEndsInACommaIsOneDocument() throws IOException {
        Path file = write("doc.json", "{\"body\": \"x\",\n \"severity\": {\"text\": \"INFO\"}}\n");

        ReadResult result = ReadResult.read(file);

        assertThat(result.findings()).isEmpty();
        assertThat(result.only().document().get("severity").get("text").line()).isEqualTo(2);
    }

    @Test
    void documentsOneAfterAnotherAreSeparateRecords() throws IOException {
        Path file = write("docs.json", "{\n \"a\": 1\n}\n{\n \"b\": 2\n}\n");

        ReadResult result = ReadResult.read(file);

        assertThat(result.findings()).isEmpty();
        assertThat(result.indexes()).containsExactly(1L, 2L);
        assertThat(result.records().get(1).line()).isEqualTo(4);
    }

    @Test
    void aRecordThatIsNotAnObjectIsAFinding() throws IOException {
        Path file = write("a.ndjson", "{\"a\": 1}\n42\n[1, 2]\n");

        ReadResult result = ReadResult.read(file);

        assertThat(result.indexes()).containsExactly(1L);
        assertThat(result.findings()).extracting(Finding::rule, Finding::line, Finding::record).containsExactly(
                org.assertj.core.groups.Tuple.tuple("json.not-an-object", 2, 2L),
                org.assertj.core.groups.Tuple.tuple("json.not-an-object", 3, 3L));
        assertThat(result.findings().get(0).message()).contains("got 42");
    }

    @Test
    void gzipIsDetectedByContentNotName() throws IOException {
        Path file = dir.resolve("records.ndjson"); // no .gz: the magic bytes decide
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(file))) {
            out.write("{\"body\": \"one\"}\n{\"body\": \"two\"}\n".getBytes(StandardCharsets.UTF_8));
        }

        ReadResult result = ReadResult.read(file);

        assertThat(result.findings()).isEmpty();
        assertThat(result.indexes()).containsExactly(1L, 2L);
        assertThat(result.records().get(1).document().get("body").text()).isEqualTo("two");
    }

    @Test
    void truncatedGzipIsBadInputNamingTheFile() throws IOException {
        Path whole = dir.resolve("whole.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(whole))) {
            out.write("[{\"body\": \"one\"}, {\"body\": \"two\"}]".repeat(1).getBytes(StandardCharsets.UTF_8));
        }
        byte[] bytes = Files.readAllBytes(whole);
        Path cut = dir.resolve("cut.json.gz");
        Files.write(cut, java.util.Arrays.copyOf(bytes, bytes.length - 12));

        assertThatThrownBy(() -> ReadResult.read(cut))
                .isInstanceOf(BadInputException.class)
                .hasMessageStartingWith(cut + ": cannot read: ");
    }

    @Test
    void emptyFileHasNoRecordsAndNoFindings() throws IOException {
        ReadResult result = ReadResult.read(write("empty.json", "  \n\n"));

        assertThat(result.records()).isEmpty();
        assertThat(result.findings()).isEmpty();
    }

    @Test
    void missingFileIsBadInput() {
        Path missing = dir.resolve("nope.json");

        assertThatThrownBy(() -> RecordReaders.open(missing, ReadOptions.defaults(), f -> { }))
                .isInstanceOf(BadInputException.class)
                .hasMessage(missing + ": cannot read: no such file");
    }

    @Test
    void protobufNeedsASignal() throws IOException {
        Path file = Files.write(dir.resolve("spans.binpb"), new byte[0]);

        assertThatThrownBy(() -> RecordReaders.open(file, ReadOptions.defaults(), f -> { }))
                .isInstanceOf(BadInputException.class)
                .hasMessageStartingWith(file + ": ")
                .hasMessageContaining("--signal");
    }

    @Test
    void expandWalksDirectoriesInSortedOrderKeepingRecordFilesOnly() throws IOException {
        Path data = Files.createDirectories(dir.resolve("data"));
        Files.createDirectories(data.resolve("sub"));
        for (String name : List.of("b.json", "a.ndjson", "sub/c.jsonl.gz", "sub/d.binpb", "e.pb.gz", "notes.txt",
                "f.yaml")) {
            Files.writeString(data.resolve(name), "{}");
        }
        Path explicit = write("explicit.txt", "{}");

        Files.writeString(data.resolve(".hidden.json"), "{}");
        Report report = new Report();

        List<Path> files = RecordReaders.expand(List.of(data, explicit), report);

        assertThat(files).containsExactly(data.resolve("a.ndjson"), data.resolve("b.json"), data.resolve("e.pb.gz"),
                data.resolve("sub/c.jsonl.gz"), data.resolve("sub/d.binpb"), explicit);
        // the other files found are said not to be read; hidden files are passed over
        assertThat(report.findings()).extracting(Finding::rule).containsOnly("input.not-checked");
        assertThat(report.findings()).extracting(Finding::file)
                .containsExactly(data.resolve("f.yaml").toString(), data.resolve("notes.txt").toString());
    }

    @Test
    void expandKeepsRelativePathsRelative() throws IOException {
        Path relative = Path.of("target", "expand-test-" + System.nanoTime());
        Files.createDirectories(relative);
        try {
            Files.writeString(relative.resolve("r.json"), "{}");

            assertThat(RecordReaders.expand(List.of(relative), new Report())).containsExactly(relative.resolve("r.json"));
            assertThat(relative.resolve("r.json").isAbsolute()).isFalse();
        } finally {
            Files.deleteIfExists(relative.resolve("r.json"));
            Files.deleteIfExists(relative);
        }
    }

    @Test
    void expandRejectsAPathThatDoesNotExist() {
        Path missing = Path.of("no", "such", "dir");

        assertThatThrownBy(() -> RecordReaders.expand(List.of(missing), new Report()))
                .isInstanceOf(BadInputException.class)
                .hasMessage(missing + ": cannot read: no such file or directory");
    }

    @Test
    void signalIsGuessedFromSimpleSchemaFields() throws IOException {
        Path file = write("mixed.ndjson", """
                {"traceId": "a", "spanId": "b", "startTime": "2024-01-01T00:00:00Z"}
                {"name": "m", "kind": "GAUGE", "value@double": 1.5, "observedTimestamp": "x"}
                {"severity.text": "INFO", "traceId": "a"}
                {"host": "h"}
                {"attributes": {"data_stream": {"type": "cloud_trail_logs"}}}
                {"attributes.data_stream": {"type": "metric"}}
                {"attributes": {"data_stream.type": "span"}}
                {"attributes": {"data_stream": {"type": "events"}}}
                """);

        ReadResult result = ReadResult.read(file);

        assertThat(result.records()).extracting(Record::signal).containsExactly(Signal.TRACES, Signal.METRICS,
                Signal.LOGS, null, Signal.LOGS, Signal.METRICS, Signal.TRACES, null);
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content);
    }
}
