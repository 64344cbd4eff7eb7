package dev.otelint.records;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.otelint.report.BadInputException;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BackgroundRecordReaderTest {

    @TempDir
    Path dir;

    @Test
    void yieldsTheSameRecordsAndFindingsInFileOrder() throws IOException {
        StringBuilder ndjson = new StringBuilder();
        for (int i = 1; i <= 2000; i++) {
            ndjson.append(i % 500 == 0 ? "{broken\n" : "{\"n\": " + i + "}\n");
        }
        Path file = Files.writeString(dir.resolve("many.ndjson"), ndjson);
        List<Object> events = new ArrayList<>();

        try (RecordReader reader = RecordReaders.openInBackground(file, ReadOptions.defaults(), events::add)) {
            Record r;
            while ((r = reader.next()) != null) {
                events.add(r);
            }
        }

        ReadResult sequential = ReadResult.read(file);
        assertThat(events).hasSize(2000);
        List<Record> records = events.stream().filter(Record.class::isInstance).map(Record.class::cast).toList();
        assertThat(records).extracting(Record::index).isEqualTo(sequential.indexes());
        assertThat(records).extracting(r -> r.document().toJson())
                .isEqualTo(sequential.records().stream().map(r -> r.document().toJson()).toList());
        // each finding arrives right after the record before it, as when reading sequentially
        assertThat(events.get(499)).isInstanceOf(dev.otelint.report.Finding.class);
        assertThat(events.get(1999)).isEqualTo(sequential.findings().get(3));
    }

    @Test
    void anUnreadableFileFailsWhenOpened() {
        Path missing = dir.resolve("missing.json");

        assertThatThrownBy(() -> RecordReaders.openInBackground(missing, ReadOptions.defaults(), f -> { }))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("no such file");
    }

    @Test
    void aFailureWhileReadingReachesTheCaller() throws IOException {
        Path whole = dir.resolve("whole.gz");
        try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(whole))) {
            for (int i = 0; i < 20_000; i++) {
                out.write(("{\"n\": " + i + ", \"pad\": \"" + i * 7919L + "\"}\n").getBytes(StandardCharsets.UTF_8));
            }
        }
        byte[] bytes = Files.readAllBytes(whole);
        Path cut = Files.write(dir.resolve("cut.ndjson.gz"), Arrays.copyOf(bytes, bytes.length / 2));

        try (RecordReader reader = RecordReaders.openInBackground(cut, ReadOptions.defaults(), f -> { })) {
            assertThat(reader.next()).isNotNull();
            assertThatThrownBy(() -> {
                while (reader.next() != null) {
                    // read on until the cut
                }
            }).isInstanceOf(BadInputException.class).hasMessageStartingWith(cut + ": cannot read: ");
        }
    }

    @Test
    void closingEarlyStopsTheReadingThread() throws Exception {
        StringBuilder ndjson = new StringBuilder();
        for (int i = 0; i < 50_000; i++) {
            ndjson.append("{\"n\": ").append(i).append("}\n");
        }
        Path file = Files.writeString(dir.resolve("long.ndjson"), ndjson);

        RecordReader reader = RecordReaders.openInBackground(file, ReadOptions.defaults(), f -> { });
        assertThat(reader.next()).isNotNull();
        reader.close();

        Thread.sleep(200);
        assertThat(Thread.getAllStackTraces().keySet())
                .noneMatch(t -> t.getName().equals("otelint-read " + file) && t.isAlive());
    }
}
