package dev.otelint.collector.receiver.filelog.fileconsumer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import dev.otelint.collector.component.StorageClient;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The known files' fingerprints and offsets in the storage extension, under stanza's key "$.knownFiles",
 * so that a restart resumes where the last run stopped. Written only when something changed.
 */
final class Checkpoints {
    static final String KEY = "$.knownFiles";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final StorageClient storage;
    private byte[] lastSaved;

    Checkpoints(StorageClient storage) {
        this.storage = storage;
    }

    List<TrackedFile> load() {
        List<TrackedFile> files = new ArrayList<>();
        byte[] saved = storage.get(KEY);
        if (saved == null) {
            return files;
        }
        try {
            for (JsonNode f : JSON.readTree(saved)) {
                files.add(new TrackedFile(Path.of(f.path("path").asText()),
                        Fingerprint.ofBase64(f.path("fingerprint").asText()), f.path("offset").asLong(), null));
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new IllegalStateException("the filelog checkpoint in storage is unreadable: " + e.getMessage(), e);
        }
        lastSaved = saved;
        return files;
    }

    void save(List<TrackedFile> files) {
        ArrayNode list = JSON.createArrayNode();
        for (TrackedFile f : files) {
            list.addObject().put("path", f.path().toString()).put("fingerprint", f.fingerprint().base64())
                    .put("offset", f.offset());
        }
        byte[] bytes;
        try {
            bytes = JSON.writeValueAsBytes(list);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        if (!Arrays.equals(bytes, lastSaved)) {
            storage.set(KEY, bytes);
            lastSaved = bytes;
        }
    }
}
