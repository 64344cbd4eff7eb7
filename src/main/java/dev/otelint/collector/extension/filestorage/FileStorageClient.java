package dev.otelint.collector.extension.filestorage;

import dev.otelint.collector.component.StorageClient;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.zip.CRC32;

/**
 * One component's store: an append-only log of sets and deletes, so a change costs one write however much the
 * store holds (a persistent queue writes on every enqueue and ack). Only each key's value position is kept in
 * memory; values are read from the file. A record cut short by a crash (its checksum does not match) ends the
 * log and is cut off at open. When dead records outweigh live ones the log is rewritten with only the live
 * ones, through a temporary file and an atomic rename. Layout: "OTKV2", then records: op (1 set, 2 delete),
 * key length, value length (sets), key, value, CRC32 of all before it in the record.
 */
final class FileStorageClient implements StorageClient {
    private static final byte[] MAGIC = "OTKV2".getBytes(StandardCharsets.US_ASCII);
    private static final byte SET = 1;
    private static final byte DELETE = 2;
    private static final long MIN_COMPACT_BYTES = 1 << 20;

    private final Path file;
    private final boolean fsync;
    private final Duration lockTimeout;
    /** key -> position and length of its value in the file */
    private final Map<String, long[]> index = new HashMap<>();
    private FileChannel channel;
    private long end;
    private long liveBytes;

    FileStorageClient(Path file, boolean fsync, Duration lockTimeout) {
        this.file = file;
        this.fsync = fsync;
        this.lockTimeout = lockTimeout;
        try {
            boolean fresh = !Files.exists(file) || Files.size(file) == 0;
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
            lock(channel);
            if (fresh) {
                channel.write(ByteBuffer.wrap(MAGIC), 0);
                end = MAGIC.length;
            } else {
                replay();
            }
        } catch (IOException e) {
            throw new UncheckedIOException("file_storage: cannot open " + file, e);
        }
    }

    private void lock(FileChannel ch) throws IOException {
        StoreLock.acquire(ch, file, lockTimeout);
    }

    private void replay() throws IOException {
        ByteBuffer magic = ByteBuffer.allocate(MAGIC.length);
        channel.read(magic, 0);
        if (java.util.Arrays.equals(magic.array(), SnapshotLayout.MAGIC)) {
            convertSnapshot();
            return;
        }
        if (!java.util.Arrays.equals(magic.array(), MAGIC)) {
            channel.close();
            throw new IllegalStateException("file_storage: " + file + " is not an otelint storage file");
        }
        long size = channel.size();
        long pos = MAGIC.length;
        while (pos < size) {
            long next = readRecord(pos, size);
            if (next < 0) {
                break; // a torn write at the end: everything before it is intact
            }
            pos = next;
        }
        end = pos;
        channel.truncate(end);
    }

    /** A store in otelint's earlier snapshot layout becomes a log: its values indexed where they are, compacted. */
    private void convertSnapshot() throws IOException {
        try {
            index.putAll(SnapshotLayout.valuePositions(channel, file));
        } catch (IllegalStateException e) {
            channel.close();
            throw e;
        }
        compact();
    }

    /** Applies the record at {@code pos}; returns the position after it, or -1 when it is incomplete. */
    private long readRecord(long pos, long size) throws IOException {
        if (pos + 9 > size) {
            return -1;
        }
        ByteBuffer head = read(pos, 9);
        byte op = head.get();
        int keyLength = head.getInt();
        int valueLength = head.getInt();
        if ((op != SET && op != DELETE) || keyLength < 0 || valueLength < 0
                || pos + 9 + keyLength + valueLength + 4 > size) {
            return -1;
        }
        ByteBuffer body = read(pos, 9 + keyLength + valueLength + 4);
        CRC32 crc = new CRC32();
        crc.update(body.array(), 0, body.limit() - 4);
        if ((int) crc.getValue() != body.getInt(body.limit() - 4)) {
            return -1;
        }
        String key = new String(body.array(), 9, keyLength, StandardCharsets.UTF_8);
        forget(key);
        if (op == SET) {
            index.put(key, new long[] {pos + 9 + keyLength, valueLength});
            liveBytes += body.limit();
        }
        return pos + body.limit();
    }

    private ByteBuffer read(long pos, int length) throws IOException {
        ByteBuffer buf = ByteBuffer.allocate(length);
        while (buf.hasRemaining() && channel.read(buf, pos + buf.position()) >= 0) {
            // read until full
        }
        return buf.flip();
    }

    private void forget(String key) {
        long[] old = index.remove(key);
        if (old != null) {
            liveBytes -= 9 + key.getBytes(StandardCharsets.UTF_8).length + old[1] + 4;
        }
    }

    @Override
    public synchronized byte[] get(String key) {
        long[] at = index.get(key);
        if (at == null) {
            return null;
        }
        try {
            return read(at[0], (int) at[1]).array();
        } catch (IOException e) {
            throw new UncheckedIOException("file_storage: cannot read " + file, e);
        }
    }

    @Override
    public synchronized void set(String key, byte[] value) {
        append(SET, key, value);
    }

    @Override
    public synchronized void delete(String key) {
        if (index.containsKey(key)) {
            append(DELETE, key, new byte[0]);
        }
    }

    private void append(byte op, String key, byte[] value) {
        byte[] keyBytes = key.getBytes(StandardCharsets.UTF_8);
        ByteBuffer record = record(op, keyBytes, value);
        try {
            write(channel, record, end);
            if (fsync) {
                channel.force(false);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("file_storage: cannot write " + file, e);
        }
        forget(key);
        if (op == SET) {
            index.put(key, new long[] {end + 9 + keyBytes.length, value.length});
            liveBytes += record.limit();
        }
        end += record.limit();
        if (end > MIN_COMPACT_BYTES && end > 2 * liveBytes) {
            compact();
        }
    }

    private static ByteBuffer record(byte op, byte[] key, byte[] value) {
        ByteBuffer record = ByteBuffer.allocate(9 + key.length + value.length + 4);
        record.put(op).putInt(key.length).putInt(value.length).put(key).put(value);
        CRC32 crc = new CRC32();
        crc.update(record.array(), 0, record.position());
        return record.putInt((int) crc.getValue()).flip();
    }

    private static void write(FileChannel ch, ByteBuffer buf, long pos) throws IOException {
        while (buf.hasRemaining()) {
            pos += ch.write(buf, pos);
        }
    }

    /** Rewrites the live records into a new log; a crash leaves the old log or the new one, never a mix. */
    private void compact() {
        Path temp = file.resolveSibling(file.getFileName() + ".tmp");
        Map<String, long[]> moved = new HashMap<>();
        FileChannel out = null;
        try {
            out = FileChannel.open(temp, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
            lock(out); // locked before it takes the store's name, so no other client gets in between
            long pos = MAGIC.length;
            write(out, ByteBuffer.wrap(MAGIC), 0);
            for (Map.Entry<String, long[]> e : index.entrySet()) {
                byte[] key = e.getKey().getBytes(StandardCharsets.UTF_8);
                byte[] value = read(e.getValue()[0], (int) e.getValue()[1]).array();
                ByteBuffer record = record(SET, key, value);
                moved.put(e.getKey(), new long[] {pos + 9 + key.length, value.length});
                int length = record.limit();
                write(out, record, pos);
                pos += length;
            }
            out.force(true);
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            channel.close();
            channel = out;
            index.clear();
            index.putAll(moved);
            end = pos;
            liveBytes = pos - MAGIC.length;
        } catch (IOException e) {
            closeQuietly(out);
            throw new UncheckedIOException("file_storage: cannot compact " + file, e);
        }
    }

    private void closeQuietly(FileChannel ch) {
        if (ch != null && ch != channel) {
            try {
                ch.close();
            } catch (IOException ignored) {
                // the compaction's own error is the one to report
            }
        }
    }

    @Override
    public synchronized void close() {
        try {
            channel.close();
        } catch (IOException e) {
            throw new UncheckedIOException("file_storage: cannot close " + file, e);
        }
    }
}
