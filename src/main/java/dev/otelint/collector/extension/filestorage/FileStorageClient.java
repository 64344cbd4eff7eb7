package dev.otelint.collector.extension.filestorage;

import dev.otelint.collector.component.StorageClient;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One component's store: all its keys in one file, read at open, rewritten whole on each change through a
 * temporary file and an atomic rename, so a crash leaves the old or the new content, never a mix. Layout:
 * "OTKV1", the number of entries, then each key and value as a 4-byte length and its bytes.
 */
final class FileStorageClient implements StorageClient {
    private static final byte[] MAGIC = "OTKV1".getBytes(StandardCharsets.US_ASCII);

    private final Path file;
    private final boolean fsync;
    private final Map<String, byte[]> values;

    FileStorageClient(Path file, boolean fsync) {
        this.file = file;
        this.fsync = fsync;
        this.values = Files.exists(file) ? read(file) : new LinkedHashMap<>();
    }

    private static Map<String, byte[]> read(Path file) {
        Map<String, byte[]> values = new LinkedHashMap<>();
        try (InputStream raw = Files.newInputStream(file); DataInputStream in = new DataInputStream(raw)) {
            byte[] magic = in.readNBytes(MAGIC.length);
            if (!java.util.Arrays.equals(magic, MAGIC)) {
                throw new IllegalStateException("file_storage: " + file + " is not an otelint storage file");
            }
            int count = in.readInt();
            for (int i = 0; i < count; i++) {
                String key = new String(bytes(in), StandardCharsets.UTF_8);
                values.put(key, bytes(in));
            }
        } catch (EOFException e) {
            throw new IllegalStateException("file_storage: " + file + " is cut short", e);
        } catch (IOException e) {
            throw new UncheckedIOException("file_storage: cannot read " + file, e);
        }
        return values;
    }

    private static byte[] bytes(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0) {
            throw new EOFException();
        }
        byte[] b = in.readNBytes(length);
        if (b.length != length) {
            throw new EOFException();
        }
        return b;
    }

    @Override
    public synchronized byte[] get(String key) {
        byte[] v = values.get(key);
        return v == null ? null : v.clone();
    }

    @Override
    public synchronized void set(String key, byte[] value) {
        values.put(key, value.clone());
        write();
    }

    @Override
    public synchronized void delete(String key) {
        if (values.remove(key) != null) {
            write();
        }
    }

    private void write() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.write(MAGIC);
            out.writeInt(values.size());
            for (Map.Entry<String, byte[]> e : values.entrySet()) {
                byte[] key = e.getKey().getBytes(StandardCharsets.UTF_8);
                out.writeInt(key.length);
                out.write(key);
                out.writeInt(e.getValue().length);
                out.write(e.getValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Path temp = file.resolveSibling(file.getFileName() + ".tmp");
        try (FileChannel ch = FileChannel.open(temp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            ByteBuffer buf = ByteBuffer.wrap(bytes.toByteArray());
            while (buf.hasRemaining()) {
                ch.write(buf);
            }
            if (fsync) {
                ch.force(true);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("file_storage: cannot write " + temp, e);
        }
        try {
            Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException("file_storage: cannot replace " + file, e);
        }
    }

    @Override
    public void close() {
        // every change is on disk when set/delete returns
    }
}
