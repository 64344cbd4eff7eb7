package dev.otelint.collector.exporter.helper;

import com.google.protobuf.Message;
import dev.otelint.collector.ComponentId;
import dev.otelint.collector.ComponentKind;
import dev.otelint.collector.component.Component;
import dev.otelint.collector.component.ComponentSettings;
import dev.otelint.collector.component.ConsumeException;
import dev.otelint.collector.component.Exporter;
import dev.otelint.collector.component.Host;
import dev.otelint.collector.component.SignalType;
import dev.otelint.collector.component.StorageExtension;
import dev.otelint.collector.service.telemetry.ExporterMetrics;
import dev.otelint.report.BadInputException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * An exporter of one signal built from a {@link RequestSender} as exporterhelper builds one: sending_queue (a
 * bounded queue of requests, drained by num_consumers threads; when full the data is refused, or with
 * block_on_overflow the caller waits) in front of retry_on_failure. The queue is in memory, or with
 * {@code storage} in a storage extension so that it survives a restart. Without a queue the caller's thread
 * sends and a failure is the caller's. Data that fails for good is dropped, logged and counted in
 * {@link #failedItems()}.
 */
public final class QueuedRetryExporter<T extends Message> implements Exporter<T> {
    private static final long DRAIN_SECONDS = 30;
    private static final long STORAGE_RETRY_MILLIS = 1000;

    private final SignalType<T> signal;
    private final ComponentSettings settings;
    private final QueueConfig queueConfig;
    private final RequestSender<T> sender;
    private final RetryingSender<T> retrying;
    private final List<Thread> consumers = new ArrayList<>();
    private final AtomicLong sentItems = new AtomicLong();
    private final AtomicLong failedItems = new AtomicLong();
    private final ExporterMetrics metrics;
    private volatile RequestQueue<T> queue;
    private volatile boolean accepting;

    public QueuedRetryExporter(SignalType<T> signal, ComponentSettings settings, QueueConfig queue, RetryConfig retry,
                               RequestSender<T> sender) {
        this.signal = signal;
        this.settings = settings;
        this.queueConfig = queue;
        this.sender = sender;
        this.retrying = new RetryingSender<>(retry, sender, settings, signal);
        this.metrics = new ExporterMetrics(settings.metrics(), settings.id().toString(), signal.signal());
        if (queue.enabled) {
            metrics.queue(() -> this.queue == null ? 0 : this.queue.requests(), queue.queueSize);
        }
    }

    @Override
    public void start(Host host) {
        try {
            sender.start();
        } catch (IllegalArgumentException e) { // no endpoint for this signal, an unreadable certificate
            throw new BadInputException("exporters::" + settings.id() + ": " + e.getMessage());
        }
        if (queueConfig.enabled) {
            queue = queueConfig.storage.isEmpty()
                    ? new MemoryQueue<>((int) queueConfig.queueSize, queueConfig.blockOnOverflow, queueConfig.numConsumers)
                    : new PersistentQueue<>(storage(host).client(ComponentKind.EXPORTER, settings.id(), signal.toString()),
                            signal, settings, queueConfig.queueSize, queueConfig.blockOnOverflow);
            for (int i = 0; i < queueConfig.numConsumers; i++) {
                Thread t = new Thread(this::drain, "otelint-exporter-" + settings.id() + "-" + signal + "-" + i);
                t.setDaemon(true);
                t.start();
                consumers.add(t);
            }
        }
        accepting = true;
    }

    /** The storage extension sending_queue.storage names; exporterhelper's errors when there is none. */
    private StorageExtension storage(Host host) {
        Component extension = host.extensions().get(ComponentId.parse(queueConfig.storage));
        if (extension == null) {
            throw new BadInputException("exporters::" + settings.id() + ": no storage client extension found: "
                    + queueConfig.storage + " (list it in service::extensions)");
        }
        if (!(extension instanceof StorageExtension storage)) {
            throw new BadInputException("exporters::" + settings.id()
                    + ": requested extension is not a storage extension: " + queueConfig.storage);
        }
        return storage;
    }

    @Override
    public void consume(T data) {
        if (!accepting) {
            throw new ConsumeException("exporters::" + settings.id() + " is not running");
        }
        ExportRequest<T> request = ExportRequest.of(signal, data);
        int items = request.items();
        if (queue == null) {
            sendNow(request, true);
            return;
        }
        boolean queued;
        try {
            queued = queue.offer(sender.sendsProtobuf() ? request.encodedOnly() : request);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            queued = false;
        } catch (RuntimeException e) { // the storage failed (disk full): the sender must hear it was not taken
            metrics.enqueueFailed(items);
            settings.log().error("Failed to write the request to the persistent queue.",
                    LogFields.of(settings, signal, "error", String.valueOf(e.getMessage()), "dropped_items", items));
            throw new ConsumeException("sending queue: " + e.getMessage(), e);
        }
        if (!queued) {
            metrics.enqueueFailed(items);
            settings.log().error("Dropping data because sending_queue is full. Try increasing queue_size.",
                    LogFields.of(settings, signal, "dropped_items", items));
            throw new ConsumeException("sending queue is full");
        }
    }

    private void drain() {
        try {
            for (RequestQueue.Taken<T> next = take(); next != null; next = take()) {
                if (sendNow(next.request(), false) || !queue.keepsUnfinished()) {
                    queue.done(next);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The next request; a storage that fails to read is logged and tried again, so the consumer survives. */
    private RequestQueue.Taken<T> take() throws InterruptedException {
        while (true) {
            try {
                return queue.take();
            } catch (RuntimeException e) {
                settings.log().error("Failed to read from the persistent queue.",
                        LogFields.of(settings, signal, "error", String.valueOf(e.getMessage())));
                Thread.sleep(STORAGE_RETRY_MILLIS);
            }
        }
    }

    /** Sends with retries; false when a shutdown ended the retries (the request is neither sent nor dropped). */
    private boolean sendNow(ExportRequest<T> request, boolean rethrow) {
        int items = request.items();
        Exception failure;
        try {
            delivered(items, retrying.send(request));
            return true;
        } catch (ExportFailure | RuntimeException e) { // a queue consumer must survive any failure
            failure = e;
        }
        if (failure instanceof ExportFailure f && f.isShutdown() && queue != null && queue.keepsUnfinished()) {
            settings.log().info("Exporting interrupted by shutdown. The request stays in the persistent queue.",
                    LogFields.of(settings, signal, "items", items));
            return false;
        }
        settings.log().error("Exporting failed. Dropping data.", // logged before counted: who sees the count sees the log
                LogFields.of(settings, signal, "error", String.valueOf(failure.getMessage()), "dropped_items", items));
        failedItems.addAndGet(items);
        metrics.sendFailed(items);
        settings.outcomes().rejected(settings.id(), signal, items, String.valueOf(failure.getMessage()));
        if (rethrow) {
            throw new ConsumeException(String.valueOf(failure.getMessage()), failure);
        }
        return true;
    }

    /** Counts a request the peer answered: what it took as sent, what it refused for good as failed. */
    private void delivered(int items, SendResult result) {
        long rejected = Math.min(result.rejectedItems(), items);
        long taken = items - rejected;
        sentItems.addAndGet(taken);
        metrics.sent(taken);
        settings.outcomes().accepted(settings.id(), signal, taken);
        if (rejected > 0) {
            failedItems.addAndGet(rejected);
            metrics.sendFailed(rejected);
            settings.outcomes().rejected(settings.id(), signal, rejected, result.reason());
        }
    }

    /**
     * Stops taking data and ends retry waits. An in-memory queue sends what it holds (each request once more at
     * most); a persistent queue keeps it on disk for the next start. Then closes.
     */
    @Override
    public void shutdown() {
        accepting = false;
        if (queue != null) {
            queue.close();
        }
        retrying.stop();
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
        if (queue != null) {
            queue.release();
        }
    }

    @Override
    public long queued() {
        return queue == null ? 0 : queue.items();
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
