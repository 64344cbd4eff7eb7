package dev.otelint.collector.ottl;

import com.google.protobuf.Message;
import dev.otelint.collector.component.SignalType;
import dev.otelint.records.Signal;
import io.opentelemetry.proto.collector.logs.v1.ExportLogsServiceRequest;
import io.opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceRequest;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import java.util.List;

/**
 * One export request opened for change: statements and conditions visit its elements through
 * {@link #visit}, and {@link #build} makes the new request once. Protobuf messages are immutable, so the
 * request the processor received is never changed (other pipelines may hold it).
 */
public final class RequestEditor<T extends Message> {
    private final Message.Builder builder;

    private RequestEditor(T data) {
        this.builder = data.toBuilder();
    }

    public static <T extends Message> RequestEditor<T> of(T data) {
        return new RequestEditor<>(data);
    }

    /** The contexts a signal's statements run in, from the resource down. */
    public static List<OttlContext> contexts(SignalType<?> signal) {
        return contexts(signal.signal());
    }

    static List<OttlContext> contexts(Signal signal) {
        return switch (signal) {
            case TRACES -> List.of(OttlContext.RESOURCE, OttlContext.SCOPE, OttlContext.SPAN, OttlContext.SPANEVENT);
            case METRICS -> List.of(OttlContext.RESOURCE, OttlContext.SCOPE, OttlContext.METRIC, OttlContext.DATAPOINT);
            case LOGS -> List.of(OttlContext.RESOURCE, OttlContext.SCOPE, OttlContext.LOG);
        };
    }

    /** Runs {@code action} on every element of {@code context}; elements it answers true for are removed. */
    public void visit(OttlContext context, TelemetryWalker.Action action) {
        if (builder instanceof ExportTraceServiceRequest.Builder traces) {
            TelemetryWalker.traces(traces, context, action);
        } else if (builder instanceof ExportMetricsServiceRequest.Builder metrics) {
            TelemetryWalker.metrics(metrics, context, action);
        } else {
            TelemetryWalker.logs((ExportLogsServiceRequest.Builder) builder, context, action);
        }
    }

    /** Drops scopes left without elements and resources left without scopes. */
    public void prune() {
        if (builder instanceof ExportTraceServiceRequest.Builder traces) {
            TelemetryWalker.prune(traces);
        } else if (builder instanceof ExportMetricsServiceRequest.Builder metrics) {
            TelemetryWalker.prune(metrics);
        } else {
            TelemetryWalker.prune((ExportLogsServiceRequest.Builder) builder);
        }
    }

    @SuppressWarnings("unchecked")
    public T build() {
        return (T) builder.build();
    }
}
