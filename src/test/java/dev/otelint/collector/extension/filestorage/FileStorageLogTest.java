package dev.otelint.collector.extension.filestorage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store is an append-only log: a change costs one append, a torn tail is cut off, dead records are compacted. */
class FileStorageLogTest {
    @TempDir
    Path dir;

    @Test
    void aRecordCutShortByACrashIsDroppedAndEverythingBeforeItKept() throws Exception {
        Path file = dir.resolve("store");
        FileStorageClient client = new FileStorageClient(file, false, Duration.ofSeconds(1));
        client.set("a", new byte[] {1, 2, 3});
        client.set("b", new byte[100]);
        client.close();
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
            ch.truncate(Files.size(file) - 10); // the last append was torn
        }
        FileStorageClient reopened = new FileStorageClient(file, false, Duration.ofSeconds(1));
        assertThat(reopened.get("a")).containsExactly(1, 2, 3);
        assertThat(reopened.get("b")).isNull();
        reopened.set("c", new byte[] {7}); // appends after the cut, not after the garbage
        reopened.close();
        assertThat(new FileStorageClient(file, false, Duration.ofSeconds(1)).get("c")).containsExactly(7);
    }

    @Test
    void oneSetAppendsOneRecordAndDeadRecordsAreCompactedAway() throws Exception {
        Path file = dir.resolve("store");
        FileStorageClient client = new FileStorageClient(file, false, Duration.ofSeconds(1));
        byte[] item = new byte[10_000];
        client.set("keep", new byte[] {42});
        long before = Files.size(file);
        client.set("0", item);
        assertThat(Files.size(file) - before).isBetween(10_000L, 10_100L);
        for (int i = 1; i < 1000; i++) { // a queue's life: enqueue one, ack the one before
            client.set(Integer.toString(i), item);
            client.delete(Integer.toString(i - 1));
        }
        assertThat(Files.size(file)).isLessThan(3L << 20); // 10 MB written, at most ~2 MB kept
        client.close();
        FileStorageClient reopened = new FileStorageClient(file, false, Duration.ofSeconds(1));
        assertThat(reopened.get("keep")).containsExactly(42);
        assertThat(reopened.get("999")).hasSize(10_000);
        assertThat(reopened.get("998")).isNull();
        assertThat(dir.resolve("store.tmp")).doesNotExist();
    }

    @Test
    void aStoreHasOneClientAtATimeAndASecondWaitsForTheTimeout() throws Exception {
        Path file = dir.resolve("store");
        FileStorageClient first = new FileStorageClient(file, false, Duration.ofSeconds(1));
        long start = System.nanoTime();
        assertThatThrownBy(() -> new FileStorageClient(file, false, Duration.ofMillis(200)))
                .hasMessage("file_storage: " + file + " is in use by another client or process"
                        + " (waited for the timeout of 200ms)");
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(200));
        first.set("k", new byte[] {1});
        first.close();
        FileStorageClient second = new FileStorageClient(file, false, Duration.ofMillis(200));
        assertThat(second.get("k")).containsExactly(1);
        second.close();
    }

    @Test
    void aStoreInTheEarlierSnapshotLayoutIsReadAndConvertedToALog() throws Exception {
        Path file = dir.resolve("store");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeBytes("OTKV1");
            out.writeInt(2);
            for (String[] kv : new String[][] {{"$.knownFiles", "offsets"}, {"k", "v"}}) {
                out.writeInt(kv[0].length());
                out.writeBytes(kv[0]);
                out.writeInt(kv[1].length());
                out.writeBytes(kv[1]);
            }
        }
        Files.write(file, bytes.toByteArray());
        FileStorageClient converted = new FileStorageClient(file, false, Duration.ofSeconds(1));
        assertThat(new String(converted.get("$.knownFiles"), StandardCharsets.UTF_8)).isEqualTo("offsets");
        converted.set("k", new byte[] {5});
        converted.close();
        assertThat(Files.readAllBytes(file)).startsWith("OTKV2".getBytes(StandardCharsets.US_ASCII));
        FileStorageClient reopened = new FileStorageClient(file, false, Duration.ofSeconds(1));
        assertThat(reopened.get("k")).containsExactly(5);
        assertThat(reopened.get("$.knownFiles")).hasSize(7);
        reopened.close();
    }
}
