package dev.otelint.collector.processor.attributes;

import com.google.protobuf.Message;
import dev.otelint.collector.component.Processor;
import dev.otelint.collector.component.SignalType;
import dev.otelint.collector.component.TelemetryConsumer;
import io.opentelemetry.proto.collector.logs.v1.ExportLogsServiceRequest;
import io.opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceRequest;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import java.util.function.UnaryOperator;

/** How a processor turns each signal's request into a new one (attributes, resource). */
public interface RequestRewrite {
    ExportTraceServiceRequest traces(ExportTraceServiceRequest request);

    ExportMetricsServiceRequest metrics(ExportMetricsServiceRequest request);

    ExportLogsServiceRequest logs(ExportLogsServiceRequest request);

    /** A processor of {@code signal} that passes the rewritten request to {@code next}. */
    @SuppressWarnings("unchecked")
    default <T extends Message> Processor<T> processor(SignalType<T> signal, TelemetryConsumer<T> next) {
        UnaryOperator<?> rewrite = switch (signal.signal()) {
            case TRACES -> (UnaryOperator<ExportTraceServiceRequest>) this::traces;
            case METRICS -> (UnaryOperator<ExportMetricsServiceRequest>) this::metrics;
            case LOGS -> (UnaryOperator<ExportLogsServiceRequest>) this::logs;
        };
        return new RewritingProcessor<>((UnaryOperator<T>) rewrite, next);
    }
}
