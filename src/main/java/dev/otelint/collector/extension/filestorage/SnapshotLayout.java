package dev.otelint.collector.extension.filestorage;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * otelint's earlier store layout, read once to convert it: one snapshot, "OTKV1", the entry count, then each
 * key and value as a 4-byte length and its bytes.
 */
final class SnapshotLayout {
    static final byte[] MAGIC = "OTKV1".getBytes(StandardCharsets.US_ASCII);

    private SnapshotLayout() {}

    /** Each key with the position and length of its value in the file. */
    static Map<String, long[]> valuePositions(FileChannel ch, Path file) throws IOException {
        Map<String, long[]> positions = new LinkedHashMap<>();
        long size = ch.size();
        long pos = MAGIC.length + 4;
        int count = pos <= size ? readInt(ch, MAGIC.length) : -1;
        for (int i = 0; i < count; i++) {
            int keyLength = pos + 4 <= size ? readInt(ch, pos) : -1;
            int valueLength = keyLength >= 0 && pos + 8 + keyLength <= size ? readInt(ch, pos + 4 + keyLength) : -1;
            if (valueLength < 0 || pos + 8 + keyLength + valueLength > size) {
                throw new IllegalStateException("file_storage: " + file + " is cut short");
            }
            ByteBuffer key = ByteBuffer.allocate(keyLength);
            ch.read(key, pos + 4);
            positions.put(new String(key.array(), StandardCharsets.UTF_8), new long[] {pos + 8 + keyLength, valueLength});
            pos += 8 + keyLength + valueLength;
        }
        return positions;
    }

    private static int readInt(FileChannel ch, long pos) throws IOException {
        ByteBuffer b = ByteBuffer.allocate(4);
        ch.read(b, pos);
        return b.getInt(0);
    }
}
