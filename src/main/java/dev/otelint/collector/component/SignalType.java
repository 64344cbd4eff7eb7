package dev.otelint.collector.component;

import com.google.protobuf.Message;
import dev.otelint.records.Signal;
import io.opentelemetry.proto.collector.logs.v1.ExportLogsServiceRequest;
import io.opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceRequest;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import java.util.List;

/**
 * A signal and the OTLP message that carries its data through a pipeline: the export request, as it
 * arrives on the wire. Messages are immutable, so fanning one out to several consumers never lets one see
 * another's changes: a component that changes data builds a new message (the collector instead clones for
 * components that declare MutatesData).
 */
public final class SignalType<T extends Message> {
    public static final SignalType<ExportTraceServiceRequest> TRACES =
            new SignalType<>(Signal.TRACES, ExportTraceServiceRequest.getDefaultInstance());
    public static final SignalType<ExportMetricsServiceRequest> METRICS =
            new SignalType<>(Signal.METRICS, ExportMetricsServiceRequest.getDefaultInstance());
    public static final SignalType<ExportLogsServiceRequest> LOGS =
            new SignalType<>(Signal.LOGS, ExportLogsServiceRequest.getDefaultInstance());

    private final Signal signal;
    private final T empty;

    private SignalType(Signal signal, T empty) {
        this.signal = signal;
        this.empty = empty;
    }

    public static List<SignalType<?>> all() {
        return List.of(TRACES, METRICS, LOGS);
    }

    public static SignalType<?> of(Signal signal) {
        return switch (signal) {
            case TRACES -> TRACES;
            case METRICS -> METRICS;
            case LOGS -> LOGS;
        };
    }

    public Signal signal() {
        return signal;
    }

    public T empty() {
        return empty;
    }

    /** Spans, log records or metric data points in {@code data}: the unit the batch processor counts. */
    public int itemCount(T data) {
        return OtlpBatches.count(data);
    }

    /** One request holding the resources of both, in order. */
    public T append(T first, T second) {
        return OtlpBatches.append(first, second);
    }

    /** The first {@code max} items of {@code data}, and the rest (null when all fit). */
    public Batch<T> split(T data, int max) {
        OtlpBatches.Split<T> s = OtlpBatches.split(data, max);
        return new Batch<>(s.head(), s.tail());
    }

    /** A request cut in two by {@link #split}. */
    public record Batch<T>(T head, T rest) {}

    @Override
    public String toString() {
        return signal.label();
    }
}
