package dev.otelint.collector.receiver.filelog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.otelint.collector.component.ConsumeException;
import io.opentelemetry.proto.logs.v1.LogRecord;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileLogReceiverTest {
    @TempDir
    Path dir;

    private String config(String extra) {
        return "include: ['" + dir + "/*.log']\npoll_interval: 20ms\n" + extra;
    }

    private static void append(Path file, String text) throws Exception {
        Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }

    @Test
    void startAtEndSkipsWhatTheFileHeldThenReadsNewLines() throws Exception {
        Path file = dir.resolve("app.log");
        append(file, "old 1\nold 2\n");
        try (FileLogHarness h = new FileLogHarness(Map.of()).start(config(""))) {
            Thread.sleep(200);
            append(file, "new 1\nnew 2\n");
            assertThat(h.awaitBodies(2)).containsExactly("new 1", "new 2");
            LogRecord r = h.records().get(0);
            assertThat(r.getAttributes(0).getKey()).isEqualTo("log.file.name");
            assertThat(r.getAttributes(0).getValue().getStringValue()).isEqualTo("app.log");
            assertThat(r.getObservedTimeUnixNano()).isPositive();
            assertThat(r.getTimeUnixNano()).isZero();
        }
    }

    @Test
    void startAtBeginningReadsEverythingAndAPartialLastLineAfterForceFlushPeriod() throws Exception {
        Path file = dir.resolve("app.log");
        append(file, "one\r\ntwo\n\nthree without newline");
        try (FileLogHarness h = new FileLogHarness(Map.of())
                .start(config("start_at: beginning\nforce_flush_period: 100ms\ninclude_file_path: true\n"))) {
            assertThat(h.awaitBodies(3)).containsExactly("one", "two", "three without newline");
            assertThat(h.records().get(0).getAttributesList()).anyMatch(a -> a.getKey().equals("log.file.path")
                    && a.getValue().getStringValue().equals(file.toString()));
        }
    }

    @Test
    void rotationByRenameReadsTheRestOfTheOldFileAndTheNewFileOnce() throws Exception {
        Path file = dir.resolve("app.log");
        append(file, "first line of the first file, long enough\n");
        try (FileLogHarness h = new FileLogHarness(Map.of())
                .start("include: ['" + file + "']\npoll_interval: 20ms\nstart_at: beginning\n")) {
            h.awaitBodies(1);
            append(file, "written just before rotation\n");
            Files.move(file, dir.resolve("app.log.1")); // out of the include glob
            append(file, "first line of the second file\n");
            assertThat(h.awaitBodies(3)).containsExactlyInAnyOrder("first line of the first file, long enough",
                    "written just before rotation", "first line of the second file");
        }
    }

    @Test
    void renamedFileStillMatchingTheGlobIsNotReadTwice() throws Exception {
        Path file = dir.resolve("app.log");
        append(file, "a line that fingerprints the file\n");
        try (FileLogHarness h = new FileLogHarness(Map.of()).start(config("start_at: beginning\n"))) {
            h.awaitBodies(1);
            Files.move(file, dir.resolve("app.1.log"));
            append(dir.resolve("app.1.log"), "appended after the rename\n");
            assertThat(h.awaitBodies(2)).containsExactly("a line that fingerprints the file",
                    "appended after the rename");
        }
    }

    @Test
    void truncationIsReadFromTheStart() throws Exception {
        Path file = dir.resolve("app.log");
        append(file, "before truncation 1\nbefore truncation 2\n");
        try (FileLogHarness h = new FileLogHarness(Map.of()).start(config("start_at: beginning\n"))) {
            h.awaitBodies(2);
            Files.writeString(file, "after\n"); // copytruncate: same name, new content
            assertThat(h.awaitBodies(3)).containsExactly("before truncation 1", "before truncation 2", "after");
        }
    }

    @Test
    void multilineStartPatternJoinsContinuationLines() throws Exception {
        Path file = dir.resolve("app.log");
        append(file, "2024-01-01 boom\n  at a.b(C.java:1)\n  at d.e(F.java:2)\n2024-01-02 fine\n");
        try (FileLogHarness h = new FileLogHarness(Map.of()).start(config(
                "start_at: beginning\nforce_flush_period: 100ms\nmultiline: {line_start_pattern: '^\\d{4}-'}\n"))) {
            assertThat(h.awaitBodies(2)).containsExactly(
                    "2024-01-01 boom\n  at a.b(C.java:1)\n  at d.e(F.java:2)", "2024-01-02 fine");
        }
    }

    @Test
    void multilineEndPatternEndsEntries() throws Exception {
        Path file = dir.resolve("app.log");
        append(file, "part 1\npart 2 END\npart 3 END\n");
        try (FileLogHarness h = new FileLogHarness(Map.of())
                .start(config("start_at: beginning\nmultiline: {line_end_pattern: 'END'}\n"))) {
            assertThat(h.awaitBodies(2)).containsExactly("part 1\npart 2 END", "part 3 END");
        }
    }

    @Test
    void entriesLongerThanMaxLogSizeAreSplit() throws Exception {
        Path file = dir.resolve("app.log");
        append(file, "x".repeat(40) + "\nshort\n");
        try (FileLogHarness h = new FileLogHarness(Map.of())
                .start(config("start_at: beginning\nmax_log_size: 16\nfingerprint_size: 16\n"))) {
            assertThat(h.awaitBodies(4)).containsExactly("x".repeat(16), "x".repeat(16), "x".repeat(8), "short");
        }
    }

    @Test
    void excludedFilesAreNotRead() throws Exception {
        append(dir.resolve("keep.log"), "kept\n");
        append(dir.resolve("skip.log"), "skipped\n");
        try (FileLogHarness h = new FileLogHarness(Map.of())
                .start(config("start_at: beginning\nexclude: ['" + dir + "/skip*']\n"))) {
            assertThat(h.awaitBodies(1)).containsExactly("kept");
        }
    }

    @Test
    void aRefusedBatchIsRetriedNotDropped() throws Exception {
        append(dir.resolve("app.log"), "l1\nl2\n");
        AtomicInteger refusals = new AtomicInteger();
        try (FileLogHarness h = new FileLogHarness(Map.of())) {
            h.start(config("start_at: beginning\n"), request -> {
                if (refusals.getAndIncrement() < 2) {
                    throw new ConsumeException("queue is full");
                }
                h.received.add(request);
            });
            assertThat(h.awaitBodies(2)).containsExactly("l1", "l2");
            assertThat(refusals.get()).isEqualTo(3);
            assertThat(h.log.toString(StandardCharsets.UTF_8)).contains("Failed to send logs; retrying");
        }
    }

    @Test
    void configuredAttributesAndResourceAreAdded() throws Exception {
        append(dir.resolve("app.log"), "line\n");
        try (FileLogHarness h = new FileLogHarness(Map.of()).start(config(
                "start_at: beginning\ninclude_file_name: false\nattributes: {team: web}\nresource: {service.name: shop}\n"))) {
            h.awaitBodies(1);
            var rl = h.received.get(0).getResourceLogs(0);
            assertThat(rl.getResource().getAttributes(0).getKey()).isEqualTo("service.name");
            assertThat(List.copyOf(rl.getScopeLogs(0).getLogRecords(0).getAttributesList()))
                    .extracting(a -> a.getKey()).containsExactly("team");
        }
    }
}
