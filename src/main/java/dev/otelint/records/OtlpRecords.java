package dev.otelint.records;

import com.google.protobuf.Message;
import dev.otelint.report.FindingSink;
import io.opentelemetry.proto.logs.v1.LogRecord;
import io.opentelemetry.proto.metrics.v1.Metric;
import io.opentelemetry.proto.trace.v1.Span;
import java.util.Deque;
import java.util.function.Supplier;

/**
 * Turns one decoded export request into Records of Simple Schema documents: one per log record,
 * span or metric data point. A record the exporter could not encode becomes an otlp.unencodable
 * finding instead (its index is still used, so later indexes stay stable).
 */
final class OtlpRecords {
    private final String file;
    private final FindingSink sink;
    private final SimpleSchemaEncoder encoder;

    OtlpRecords(String file, FindingSink sink, SimpleSchemaEncoder encoder) {
        this.file = file;
        this.sink = sink;
        this.encoder = encoder;
    }

    @FunctionalInterface
    private interface Encoding {
        JsonValue encode() throws UnencodableRecordException;
    }

    /** Adds the request's records to {@code out}, indexed from {@code firstIndex}; returns how many indexes it used. */
    long add(Signal signal, Message request, JsonValue source, long firstIndex, Deque<Record> out) {
        long[] next = {firstIndex};
        OtlpRequests.forEachItem(request, source, (scope, item, itemSource, path) -> {
            switch (signal) {
                case LOGS -> emit(signal, next[0]++, itemSource, path::toString, out,
                        () -> encoder.encodeLog(scope, (LogRecord) item, itemSource));
                case TRACES -> emit(signal, next[0]++, itemSource, path::toString, out,
                        () -> encoder.encodeSpan(scope, (Span) item, itemSource));
                case METRICS -> {
                    Metric metric = (Metric) item;
                    for (int p = 0; p < SimpleSchemaEncoder.dataPointCount(metric); p++) {
                        int point = p;
                        emit(signal, next[0]++, MetricDocuments.pointSource(metric, itemSource, p),
                                () -> path + "." + MetricDocuments.dataField(metric) + ".dataPoints[" + point + "]",
                                out,
                                () -> encoder.encodeDataPoint(scope, metric, itemSource, point));
                    }
                }
            }
        });
        return next[0] - firstIndex;
    }

    private void emit(Signal signal, long index, JsonValue source, Supplier<String> path, Deque<Record> out,
                      Encoding encoding) {
        try {
            JsonValue document = encoding.encode();
            out.add(new Record(file, index, document.line(), document.column(), signal, document));
        } catch (UnencodableRecordException e) {
            int line = e.line() > 0 ? e.line() : source == null ? 0 : source.line();
            int column = e.line() > 0 ? e.column() : source == null ? 0 : source.column();
            sink.accept(InputRules.OTLP_UNENCODABLE.finding()
                    .file(file).at(line, column).record(index).path(path.get())
                    .message(path.get() + ": " + e.getMessage())
                    .build());
        }
    }
}
