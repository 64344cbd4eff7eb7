package dev.otelint.collector.processor.batch;

import com.google.protobuf.Message;
import dev.otelint.collector.component.ComponentSettings;
import dev.otelint.collector.component.ConsumeException;
import dev.otelint.collector.component.Host;
import dev.otelint.collector.component.Processor;
import dev.otelint.collector.component.SignalType;
import dev.otelint.collector.component.TelemetryConsumer;
import dev.otelint.collector.service.telemetry.BatchMetrics;
import dev.otelint.collector.service.telemetry.BatchMetrics.Trigger;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Gathers data into batches as the collector's batch processor does: a batch is sent as soon as it holds
 * send_batch_size items (spans, log records, metric data points), or when timeout has passed since the last
 * send; a batch over send_batch_max_size is split; timeout 0 sends at once. Shutdown sends what is left.
 */
final class BatchProcessor<T extends Message> implements Processor<T> {
    private final SignalType<T> signal;
    private final ComponentSettings settings;
    private final BatchConfig config;
    private final TelemetryConsumer<T> next;
    private final BatchMetrics metrics;
    private ScheduledExecutorService timer;
    private ScheduledFuture<?> pending;
    private T batch;
    private int items;

    BatchProcessor(SignalType<T> signal, ComponentSettings settings, BatchConfig config, TelemetryConsumer<T> next) {
        this.signal = signal;
        this.settings = settings;
        this.config = config;
        this.next = next;
        this.metrics = new BatchMetrics(settings.metrics(), settings.id().toString());
    }

    @Override
    public synchronized void start(Host host) {
        if (hasTimer()) {
            timer = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "otelint-batch-" + settings.id() + "-" + signal);
                t.setDaemon(true);
                return t;
            });
            schedule();
        }
    }

    @Override
    public synchronized void consume(T data) {
        int n = signal.itemCount(data);
        if (n == 0) {
            return;
        }
        batch = batch == null ? data : signal.append(batch, data);
        items += n;
        boolean sent = false;
        while (items > 0 && (!hasTimer() || items >= config.sendBatchSize)) {
            sendOne(Trigger.SIZE);
            sent = true;
        }
        if (sent && hasTimer()) {
            schedule(); // the timeout counts from the last send
        }
    }

    @Override
    public synchronized long queued() {
        return items;
    }

    @Override
    public void shutdown() {
        ScheduledExecutorService t;
        synchronized (this) {
            t = timer;
            timer = null;
        }
        if (t != null) {
            t.shutdownNow();
        }
        synchronized (this) {
            while (items > 0) {
                sendOne(Trigger.SHUTDOWN);
            }
        }
    }

    private boolean hasTimer() {
        return !config.timeout.isZero();
    }

    private synchronized void onTimeout() {
        if (items > 0) {
            sendOne(Trigger.TIMEOUT);
        }
        schedule();
    }

    private void schedule() {
        if (pending != null) {
            pending.cancel(false);
        }
        if (timer != null) {
            pending = timer.schedule(this::onTimeout, config.timeout.toNanos(), TimeUnit.NANOSECONDS);
        }
    }

    /** Sends the batch, or its first send_batch_max_size items when it is larger. */
    private void sendOne(Trigger trigger) {
        int max = config.sendBatchMaxSize > 0 ? config.sendBatchMaxSize : Integer.MAX_VALUE;
        SignalType.Batch<T> cut = signal.split(batch, max);
        batch = cut.rest();
        int left = batch == null ? 0 : signal.itemCount(batch);
        metrics.sent(items - left, cut.head()::getSerializedSize, trigger);
        items = left;
        try {
            next.consume(cut.head());
        } catch (ConsumeException e) {
            // as the collector's batch processor: the batch is dropped and the failure logged
            settings.log().warn("Sender failed", "{\"error\": \"" + e.getMessage().replace("\"", "'") + "\"}");
        }
    }
}
