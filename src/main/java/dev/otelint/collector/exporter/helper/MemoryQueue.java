package dev.otelint.collector.exporter.helper;

import com.google.protobuf.Message;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.atomic.AtomicLong;

/**
 * exporterhelper's in-memory queue: queue_size requests; a place is freed as a consumer takes a request. Closing
 * queues a stop marker per consumer after the data, so what is queued is still handed out first.
 */
final class MemoryQueue<T extends Message> implements RequestQueue<T> {
    private static final Object STOP = new Object();

    private final BlockingQueue<Object> pending;
    private final Semaphore room;
    private final boolean block;
    private final int consumers;
    private final int capacity;
    private final AtomicLong items = new AtomicLong();

    MemoryQueue(int capacity, boolean block, int consumers) {
        this.pending = new ArrayBlockingQueue<>(capacity + consumers);
        this.room = new Semaphore(capacity);
        this.block = block;
        this.consumers = consumers;
        this.capacity = capacity;
    }

    @Override
    public boolean offer(ExportRequest<T> request) throws InterruptedException {
        if (block) {
            room.acquire();
        } else if (!room.tryAcquire()) {
            return false;
        }
        items.addAndGet(request.items());
        pending.add(new Taken<>(request, 0));
        return true;
    }

    @Override
    @SuppressWarnings("unchecked")
    public Taken<T> take() throws InterruptedException {
        Object next = pending.take();
        if (next == STOP) {
            return null;
        }
        room.release();
        Taken<T> taken = (Taken<T>) next;
        items.addAndGet(-taken.items());
        return taken;
    }

    @Override
    public void done(Taken<T> taken) {
        // the place was freed when the request was taken
    }

    @Override
    public void close() {
        for (int i = 0; i < consumers; i++) {
            pending.add(STOP);
        }
    }

    @Override
    public long requests() {
        return capacity - room.availablePermits();
    }

    @Override
    public long items() {
        return items.get();
    }

    @Override
    public boolean keepsUnfinished() {
        return false;
    }
}
