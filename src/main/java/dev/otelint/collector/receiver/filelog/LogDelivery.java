package dev.otelint.collector.receiver.filelog;

import dev.otelint.collector.component.ComponentSettings;
import dev.otelint.collector.component.ConsumeException;
import dev.otelint.collector.component.TelemetryConsumer;
import dev.otelint.collector.receiver.filelog.entry.Entry;
import dev.otelint.collector.receiver.filelog.entry.EntryConverter;
import dev.otelint.collector.receiver.filelog.fileconsumer.TokenSink;
import dev.otelint.collector.receiver.filelog.fileconsumer.TrackedFile;
import dev.otelint.collector.receiver.filelog.operator.OperatorPipeline;
import io.opentelemetry.proto.collector.logs.v1.ExportLogsServiceRequest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;

/**
 * Turns file entries into log records and hands them on: each entry is decorated, run through the
 * operators, and collected; flush sends what was collected as one request. A refusal (the pipeline is
 * full or an exporter failed) is retried with backoff until it is taken or the receiver stops: the reader
 * waits meanwhile, so no entry is dropped and the file offset does not move past unsent entries.
 */
final class LogDelivery implements TokenSink {
    private static final long MAX_BACKOFF_MILLIS = 5_000;

    private final EntryDecoration decoration;
    private final OperatorPipeline operators;
    private final TelemetryConsumer<ExportLogsServiceRequest> next;
    private final ComponentSettings settings;
    private final BooleanSupplier stopping;
    private final List<Entry> pending = new ArrayList<>();

    LogDelivery(EntryDecoration decoration, OperatorPipeline operators, TelemetryConsumer<ExportLogsServiceRequest> next,
                ComponentSettings settings, BooleanSupplier stopping) {
        this.decoration = decoration;
        this.operators = operators;
        this.next = next;
        this.settings = settings;
        this.stopping = stopping;
    }

    @Override
    public void token(TrackedFile file, String text) {
        Entry entry = new Entry(text, Instant.now());
        decoration.decorate(entry, file.path());
        operators.process(entry, pending::add);
    }

    @Override
    public boolean flush() {
        if (pending.isEmpty()) {
            return true;
        }
        ExportLogsServiceRequest request = EntryConverter.convert(pending);
        long backoff = 100;
        while (true) {
            try {
                next.consume(request);
                pending.clear();
                return true;
            } catch (ConsumeException e) {
                settings.log().warn("Failed to send logs; retrying", "{\"otelcol.component.id\": \"" + settings.id()
                        + "\", \"error\": \"" + e.getMessage() + "\", \"log_records\": " + pending.size() + "}");
            }
            if (!pause(backoff)) {
                pending.clear();
                return false;
            }
            backoff = Math.min(backoff * 2, MAX_BACKOFF_MILLIS);
        }
    }

    /** Waits before a retry; false when the receiver is stopping. */
    private boolean pause(long millis) {
        long until = System.currentTimeMillis() + millis;
        while (System.currentTimeMillis() < until) {
            if (stopping.getAsBoolean()) {
                return false;
            }
            try {
                Thread.sleep(Math.min(50, millis));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return !stopping.getAsBoolean();
    }

}
