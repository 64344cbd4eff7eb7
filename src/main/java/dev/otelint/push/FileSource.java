package dev.otelint.push;

import com.google.protobuf.Message;
import dev.otelint.collector.component.SignalType;
import dev.otelint.records.InputFiles;
import dev.otelint.records.ReadOptions;
import dev.otelint.records.Record;
import dev.otelint.records.RecordReader;
import dev.otelint.records.RecordReaders;
import dev.otelint.records.Signal;
import dev.otelint.records.UnencodableRecordException;
import dev.otelint.report.FindingSink;
import io.opentelemetry.proto.collector.logs.v1.ExportLogsServiceRequest;
import io.opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceRequest;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Record files in any format validate reads, streamed: OTLP export requests are sent as they are written;
 * Simple Schema documents are decoded back to OTLP, one record per request. What cannot be read or decoded
 * is a finding (the readers' own, or push.undecodable) and counts as not sent.
 */
final class FileSource implements RecordSource {
    private final List<Path> files;
    private final Signal protobufSignal;
    private final DocumentDecoder decoder;
    private final FindingSink sink;

    /** @param protobufSignal the signal of .pb/.binpb files (their content does not say), or null */
    FileSource(List<Path> files, Signal protobufSignal, DocumentDecoder decoder, FindingSink sink) {
        this.files = files;
        this.protobufSignal = protobufSignal;
        this.decoder = decoder;
        this.sink = sink;
    }

    @Override
    public String describe() {
        return files.size() == 1 ? files.get(0).toString() : files.size() + " files";
    }

    @Override
    public void feed(Feed feed) throws InterruptedException {
        for (Path file : files) {
            if (!feed.running()) {
                return;
            }
            try (RecordReader reader = RecordReaders.open(file, new ReadOptions(protobufSignal, null, true), sink)) {
                for (Record r = reader.next(); r != null && feed.running(); r = reader.next()) {
                    feedRecord(r, feed);
                }
            } catch (IOException e) {
                throw InputFiles.cannotRead(file.toString(), e);
            }
        }
    }

    private void feedRecord(Record record, Feed feed) throws InterruptedException {
        if (record.request() != null) {
            send(record.request(), feed);
            return;
        }
        try {
            send(decoder.decode(record), feed);
        } catch (UnencodableRecordException e) {
            int line = e.line() > 0 ? e.line() : record.line();
            int column = e.line() > 0 ? e.column() : record.column();
            sink.accept(PushRules.UNDECODABLE.finding().file(record.file()).at(line, column).record(record.index())
                    .message("cannot decode the document to OTLP: " + e.getMessage()).build());
            feed.unreadable(1);
        }
    }

    private static void send(Message request, Feed feed) throws InterruptedException {
        if (request instanceof ExportLogsServiceRequest logs) {
            feed.send(SignalType.LOGS, logs);
        } else if (request instanceof ExportTraceServiceRequest traces) {
            feed.send(SignalType.TRACES, traces);
        } else if (request instanceof ExportMetricsServiceRequest metrics) {
            feed.send(SignalType.METRICS, metrics);
        } else {
            throw new IllegalStateException("not an export request: " + request.getClass().getName());
        }
    }
}
