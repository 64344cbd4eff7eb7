package dev.otelint.collector.exporter.helper;

import com.google.protobuf.Message;
import dev.otelint.collector.component.ComponentSettings;
import dev.otelint.collector.component.ConsumeException;
import dev.otelint.collector.component.Exporter;
import dev.otelint.collector.component.Host;
import dev.otelint.collector.component.SignalType;
import dev.otelint.collector.service.telemetry.ExporterMetrics;
import dev.otelint.report.BadInputException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * An exporter of one signal built from a {@link RequestSender} as exporterhelper builds one: sending_queue (a
 * bounded in-memory queue of requests, drained by num_consumers threads; when full the data is refused, or with
 * block_on_overflow the caller waits) in front of retry_on_failure. Without a queue the caller's thread sends and
 * a failure is the caller's. Data that fails for good is dropped, logged and counted in {@link #failedItems()}.
 */
public final class QueuedRetryExporter<T extends Message> implements Exporter<T> {
    private static final long DRAIN_SECONDS = 30;
    private static final Object STOP = new Object();

    private final SignalType<T> signal;
    private final ComponentSettings settings;
    private final QueueConfig queue;
    private final RequestSender<T> sender;
    private final RetryingSender<T> retrying;
    private final BlockingQueue<Object> pending;
    /** Free places in the queue: queue_size requests. */
    private final Semaphore room;
    private final List<Thread> consumers = new ArrayList<>();
    private final AtomicLong queuedItems = new AtomicLong();
    private final AtomicLong sentItems = new AtomicLong();
    private final AtomicLong failedItems = new AtomicLong();
    private final ExporterMetrics metrics;
    private volatile boolean accepting;

    public QueuedRetryExporter(SignalType<T> signal, ComponentSettings settings, QueueConfig queue, RetryConfig retry,
                               RequestSender<T> sender) {
        this.signal = signal;
        this.settings = settings;
        this.queue = queue;
        this.sender = sender;
        this.retrying = new RetryingSender<>(retry, sender, settings, signal);
        // room for queue_size requests and a stop marker per consumer
        this.pending = queue.enabled ? new ArrayBlockingQueue<>((int) queue.queueSize + queue.numConsumers) : null;
        this.room = new Semaphore(queue.enabled ? (int) queue.queueSize : 0);
        this.metrics = new ExporterMetrics(settings.metrics(), settings.id().toString(), signal.signal());
        if (queue.enabled) {
            metrics.queue(() -> queue.queueSize - room.availablePermits(), queue.queueSize);
        }
    }

    @Override
    public void start(Host host) {
        try {
            sender.start();
        } catch (IllegalArgumentException e) { // no endpoint for this signal, an unreadable certificate
            throw new BadInputException("exporters::" + settings.id() + ": " + e.getMessage());
        }
        if (pending != null) {
            for (int i = 0; i < queue.numConsumers; i++) {
                Thread t = new Thread(this::drain, "otelint-exporter-" + settings.id() + "-" + signal + "-" + i);
                t.setDaemon(true);
                t.start();
                consumers.add(t);
            }
        }
        accepting = true;
    }

    @Override
    public void consume(T data) {
        if (!accepting) {
            throw new ConsumeException("exporters::" + settings.id() + " is not running");
        }
        int items = signal.itemCount(data);
        if (pending == null) {
            sendNow(data, items, true);
            return;
        }
        queuedItems.addAndGet(items);
        if (!enqueue(data)) {
            queuedItems.addAndGet(-items);
            metrics.enqueueFailed(items);
            settings.log().error("Dropping data because sending_queue is full. Try increasing queue_size.",
                    LogFields.of(settings, signal, "dropped_items", items));
            throw new ConsumeException("sending queue is full");
        }
    }

    private boolean enqueue(T data) {
        try {
            if (queue.blockOnOverflow) {
                room.acquire();
            } else if (!room.tryAcquire()) {
                return false;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
        pending.add(data);
        return true;
    }

    @SuppressWarnings("unchecked")
    private void drain() {
        try {
            for (Object next = pending.take(); next != STOP; next = pending.take()) {
                room.release();
                T data = (T) next;
                int items = signal.itemCount(data);
                queuedItems.addAndGet(-items);
                sendNow(data, items, false);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void sendNow(T data, int items, boolean rethrow) {
        Exception failure;
        try {
            retrying.send(data);
            sentItems.addAndGet(items);
            metrics.sent(items);
            return;
        } catch (ExportFailure | RuntimeException e) { // a queue consumer must survive any failure
            failure = e;
        }
        failedItems.addAndGet(items);
        metrics.sendFailed(items);
        settings.log().error("Exporting failed. Dropping data.",
                LogFields.of(settings, signal, "error", String.valueOf(failure.getMessage()), "dropped_items", items));
        if (rethrow) {
            throw new ConsumeException(String.valueOf(failure.getMessage()), failure);
        }
    }

    /** Stops taking data, ends retry waits, sends what is queued (each request once more at most), then closes. */
    @Override
    public void shutdown() {
        accepting = false;
        retrying.stop();
        for (int i = 0; i < consumers.size(); i++) {
            pending.add(STOP); // queued after the data, so the data is sent first
        }
        for (Thread t : consumers) {
            try {
                t.join(TimeUnit.SECONDS.toMillis(DRAIN_SECONDS));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        consumers.clear();
        sender.shutdown();
    }

    @Override
    public long queued() {
        return queuedItems.get();
    }

    /** Items the peer took. */
    public long sentItems() {
        return sentItems.get();
    }

    /** Items dropped after a permanent failure or when retries ran out (the collector's send_failed). */
    public long failedItems() {
        return failedItems.get();
    }
}
