package dev.otelint.push;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * When the filelog receivers of a raw-log push have read their files to the end: the offsets they checkpoint after
 * every poll (a list of {path, offset} under stanza's key "$.knownFiles") reach every file's size, and stay there for
 * an idle period (a poll that found nothing more). The receiver checkpoints only after the entries of a poll were
 * taken by the pipeline, so from then on the records are in the pipelines and push's drain takes over.
 */
final class ReadToEnd {
    static final String CHECKPOINT_KEY = "$.knownFiles";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long POLL_MILLIS = 50;

    private final OffsetStorageFactory storage;
    private final List<Path> files;
    private final Duration idle;

    ReadToEnd(OffsetStorageFactory storage, List<Path> files, Duration idle) {
        this.storage = storage;
        this.files = files.stream().map(f -> f.toAbsolutePath().normalize()).toList();
        this.idle = idle;
    }

    /** True when the files were read to the end; false when {@code limit} passed or {@code stopped} turned true. */
    boolean await(Duration limit, BooleanSupplier stopped) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        long atEndSince = -1;
        while (!stopped.getAsBoolean() && System.nanoTime() - deadline < 0) {
            if (!atEnd()) {
                atEndSince = -1;
            } else if (atEndSince < 0) {
                atEndSince = System.nanoTime();
            } else if (System.nanoTime() - atEndSince >= idle.toNanos()) {
                return true;
            }
            Thread.sleep(POLL_MILLIS);
        }
        return false;
    }

    private boolean atEnd() {
        Map<Path, Long> offsets = new HashMap<>();
        for (byte[] checkpoint : storage.latest(CHECKPOINT_KEY)) {
            try {
                for (JsonNode f : JSON.readTree(checkpoint)) {
                    offsets.merge(Path.of(f.path("path").asText()).toAbsolutePath().normalize(),
                            f.path("offset").asLong(), Math::max);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("the filelog receiver's checkpoint is not JSON", e);
            }
        }
        for (Path file : files) {
            Long offset = offsets.get(file);
            long size = size(file);
            if (size > 0 && (offset == null || offset < size)) { // an empty file has nothing to read
                return false;
            }
        }
        return true;
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return Long.MAX_VALUE; // gone: never read to the end, push waits until its limit
        }
    }
}
