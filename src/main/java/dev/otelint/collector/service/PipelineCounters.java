package dev.otelint.collector.service;

import dev.otelint.collector.PipelineId;
import dev.otelint.collector.component.Exporter;
import dev.otelint.collector.component.Processor;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Items (spans, log records, data points) through one pipeline: received from its receivers, sent (taken by
 * every exporter), failed (some exporter refused them), queued (held by its processors and exporters).
 */
public final class PipelineCounters {
    private final PipelineId id;
    private final AtomicLong received = new AtomicLong();
    private final AtomicLong sent = new AtomicLong();
    private final AtomicLong failed = new AtomicLong();
    final List<Processor<?>> processors = new ArrayList<>();
    final List<Exporter<?>> exporters = new ArrayList<>();

    PipelineCounters(PipelineId id) {
        this.id = id;
    }

    public PipelineId id() {
        return id;
    }

    void received(long n) {
        received.addAndGet(n);
    }

    void sent(long n) {
        sent.addAndGet(n);
    }

    void failed(long n) {
        failed.addAndGet(n);
    }

    public long received() {
        return received.get();
    }

    public long sent() {
        return sent.get();
    }

    public long failed() {
        return failed.get();
    }

    public long queued() {
        long n = 0;
        for (Processor<?> p : processors) {
            n += p.queued();
        }
        for (Exporter<?> e : exporters) {
            n += e.queued();
        }
        return n;
    }

    /** "traces: 120 received, 118 sent, 0 failed, 2 queued". */
    public String summary() {
        return id + ": " + received() + " received, " + sent() + " sent, " + failed() + " failed, " + queued() + " queued";
    }
}
