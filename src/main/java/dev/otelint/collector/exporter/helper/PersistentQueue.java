package dev.otelint.collector.exporter.helper;

import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.Message;
import dev.otelint.collector.component.ComponentSettings;
import dev.otelint.collector.component.SignalType;
import dev.otelint.collector.component.StorageClient;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * exporterhelper's persistent queue over a storage client, with its keys: each request under its index
 * ("0", "1"...), the read index "ri", the write index "wi" and the indexes handed to consumers and not yet done
 * "di". A request is in storage before offer returns; it leaves storage when it is done. At open, requests that
 * were handed out but never finished (a crash, a shutdown mid-retry) go back at the end of the queue, so
 * delivery is at-least-once: such a request may arrive twice. queue_size counts requests, including those
 * being sent, as the collector's request-sized persistent queue does.
 */
final class PersistentQueue<T extends Message> implements RequestQueue<T> {
    static final String READ_INDEX = "ri";
    static final String WRITE_INDEX = "wi";
    static final String DISPATCHED = "di";

    private final StorageClient client;
    private final SignalType<T> signal;
    private final ComponentSettings settings;
    private final long capacity;
    private final boolean block;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition notEmpty = lock.newCondition();
    private final Condition notFull = lock.newCondition();
    private final List<Long> dispatched = new ArrayList<>();
    private long readIndex;
    private long writeIndex;
    private long waitingItems;
    private boolean closed;

    PersistentQueue(StorageClient client, SignalType<T> signal, ComponentSettings settings, long capacity,
                    boolean block) {
        this.client = client;
        this.signal = signal;
        this.settings = settings;
        this.capacity = capacity;
        this.block = block;
        readIndex = readLong(READ_INDEX);
        writeIndex = Math.max(readIndex, readLong(WRITE_INDEX));
        requeueUnfinished();
        for (long i = readIndex; i < writeIndex; i++) {
            ExportRequest<T> request = load(i);
            waitingItems += request == null ? 0 : request.items();
        }
    }

    /** Moves what was handed out and not finished before the last stop to the end of the queue. */
    private void requeueUnfinished() {
        List<Long> unfinished = decode(client.get(DISPATCHED));
        for (long index : unfinished) {
            byte[] request = client.get(Long.toString(index));
            if (request != null) {
                client.set(Long.toString(writeIndex), request);
                client.set(WRITE_INDEX, encode(writeIndex + 1));
                writeIndex++;
                client.delete(Long.toString(index));
            }
        }
        if (!unfinished.isEmpty()) {
            client.set(DISPATCHED, encode(List.of()));
            settings.log().info("Moved unfinished requests back to the queue after a restart.",
                    LogFields.of(settings, signal, "requests", unfinished.size()));
        }
    }

    @Override
    public boolean offer(ExportRequest<T> request) throws InterruptedException {
        lock.lock();
        try {
            while (!closed && writeIndex - readIndex + dispatched.size() >= capacity) {
                if (!block) {
                    return false;
                }
                notFull.await();
            }
            if (closed) {
                return false;
            }
            // the request first: a crash before the index moves only leaves an unreachable key
            client.set(Long.toString(writeIndex), request.protobuf());
            client.set(WRITE_INDEX, encode(writeIndex + 1));
            writeIndex++;
            waitingItems += request.items();
            notEmpty.signal();
            return true;
        } finally {
            lock.unlock();
        }
    }

    @Override
    public Taken<T> take() throws InterruptedException {
        lock.lock();
        try {
            while (true) {
                while (!closed && readIndex == writeIndex) {
                    notEmpty.await();
                }
                if (closed) {
                    return null;
                }
                long index = readIndex;
                List<Long> handedOut = new ArrayList<>(dispatched);
                handedOut.add(index);
                // "di" before "ri": a crash in between sends the request again, never loses it; memory changes
                // only once both are stored, so a failed write can simply be tried again
                client.set(DISPATCHED, encode(handedOut));
                client.set(READ_INDEX, encode(index + 1));
                dispatched.add(index);
                readIndex++;
                ExportRequest<T> request = load(index);
                if (request != null) {
                    waitingItems -= request.items();
                    return new Taken<>(request, index);
                }
                finish(index);
            }
        } finally {
            lock.unlock();
        }
    }

    /** The stored request, decoded once to check it and count its items; the sender gets the bytes as stored. */
    private ExportRequest<T> load(long index) {
        byte[] bytes = client.get(Long.toString(index));
        if (bytes == null) {
            return null;
        }
        try {
            return ExportRequest.ofProtobuf(signal, bytes, signal.itemCount(ExportRequest.decode(signal, bytes)));
        } catch (InvalidProtocolBufferException e) {
            settings.log().error("Failed to dispatch item: the stored request does not decode. Dropping it.",
                    LogFields.of(settings, signal, "error", e.getMessage(), "key", index));
            return null;
        }
    }

    @Override
    public void done(Taken<T> taken) {
        lock.lock();
        try {
            finish(taken.index());
        } finally {
            lock.unlock();
        }
    }

    private void finish(long index) {
        client.delete(Long.toString(index));
        dispatched.remove(Long.valueOf(index));
        client.set(DISPATCHED, encode(dispatched));
        notFull.signal();
    }

    @Override
    public void close() {
        lock.lock();
        try {
            closed = true;
            notEmpty.signalAll();
            notFull.signalAll();
        } finally {
            lock.unlock();
        }
    }

    @Override
    public long requests() {
        lock.lock();
        try {
            return writeIndex - readIndex + dispatched.size();
        } finally {
            lock.unlock();
        }
    }

    @Override
    public long items() {
        lock.lock();
        try {
            return waitingItems;
        } finally {
            lock.unlock();
        }
    }

    @Override
    public boolean keepsUnfinished() {
        return true;
    }

    @Override
    public void release() {
        client.close();
    }

    private long readLong(String key) {
        byte[] value = client.get(key);
        return value == null || value.length != Long.BYTES ? 0 : ByteBuffer.wrap(value).getLong();
    }

    private static byte[] encode(long value) {
        return ByteBuffer.allocate(Long.BYTES).putLong(value).array();
    }

    private static byte[] encode(List<Long> indexes) {
        ByteBuffer buf = ByteBuffer.allocate(Long.BYTES * indexes.size());
        indexes.forEach(buf::putLong);
        return buf.array();
    }

    private static List<Long> decode(byte[] value) {
        List<Long> indexes = new ArrayList<>();
        if (value != null) {
            ByteBuffer buf = ByteBuffer.wrap(value);
            while (buf.remaining() >= Long.BYTES) {
                indexes.add(buf.getLong());
            }
        }
        return indexes;
    }
}
