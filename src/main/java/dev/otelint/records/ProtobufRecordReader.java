package dev.otelint.records;

import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.Message;
import dev.otelint.report.FindingSink;
import io.opentelemetry.proto.collector.logs.v1.ExportLogsServiceRequest;
import io.opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceRequest;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * Reads an OTLP protobuf file: one ExportLogs/Trace/MetricsServiceRequest message, which protobuf
 * can only parse whole. Its documents carry no positions (line 0).
 */
final class ProtobufRecordReader implements RecordReader {
    private final Deque<Record> records;

    private ProtobufRecordReader(Deque<Record> records) {
        this.records = records;
    }

    static RecordReader read(String file, InputStream in, Signal signal, FindingSink sink,
                             SimpleSchemaEncoder encoder, boolean wholeRequest) throws IOException {
        Deque<Record> records = new ArrayDeque<>();
        try (in) {
            Message request = parse(signal, in.readAllBytes());
            if (wholeRequest) {
                records.add(new Record(file, 1, 0, 0, signal, null, request));
            } else {
                new OtlpRecords(file, sink, encoder).add(signal, request, null, 1, records);
            }
        } catch (InvalidProtocolBufferException e) {
            sink.accept(InputRules.OTLP_PROTOBUF.finding().file(file)
                    .message("not an OTLP " + signal.label() + " export request (" + requestName(signal) + "): "
                            + e.getMessage())
                    .build());
        }
        return new ProtobufRecordReader(records);
    }

    private static Message parse(Signal signal, byte[] bytes) throws InvalidProtocolBufferException {
        return switch (signal) {
            case LOGS -> ExportLogsServiceRequest.parseFrom(bytes);
            case TRACES -> ExportTraceServiceRequest.parseFrom(bytes);
            case METRICS -> ExportMetricsServiceRequest.parseFrom(bytes);
        };
    }

    private static String requestName(Signal signal) {
        return switch (signal) {
            case LOGS -> ExportLogsServiceRequest.getDescriptor().getName();
            case TRACES -> ExportTraceServiceRequest.getDescriptor().getName();
            case METRICS -> ExportMetricsServiceRequest.getDescriptor().getName();
        };
    }

    @Override
    public Record next() {
        return records.poll();
    }

    @Override
    public void close() {
        records.clear();
    }
}
