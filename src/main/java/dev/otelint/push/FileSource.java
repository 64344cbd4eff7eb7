package dev.otelint.push;

import com.google.protobuf.Message;
import dev.otelint.collector.component.SignalType;
import dev.otelint.records.InputFiles;
import dev.otelint.records.ReadOptions;
import dev.otelint.records.Record;
import dev.otelint.records.RecordReader;
import dev.otelint.records.RecordReaders;
import dev.otelint.records.Signal;
import dev.otelint.records.TimestampShift;
import dev.otelint.records.UnencodableRecordException;
import dev.otelint.report.BadInputException;
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
    private final TimestampShift shift;

    /**
     * @param protobufSignal the signal of .pb/.binpb files (their content does not say), or null
     * @param shift          how to move every record's times (--shift-timestamps), or null
     */
    FileSource(List<Path> files, Signal protobufSignal, DocumentDecoder decoder, FindingSink sink,
               TimestampShift shift) {
        this.files = files;
        this.protobufSignal = protobufSignal;
        this.decoder = decoder;
        this.sink = sink;
        this.shift = shift;
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
                    feedRecord(shifted(r), feed);
                }
            } catch (IOException e) {
                throw InputFiles.cannotRead(file.toString(), e);
            }
        }
    }

    private Record shifted(Record r) {
        if (shift == null) {
            return r;
        }
        try {
            return r.request() != null
                    ? new Record(r.file(), r.index(), r.line(), r.column(), r.signal(), null, shift.shift(r.request()))
                    : new Record(r.file(), r.index(), r.line(), r.column(), r.signal(), shift.shift(r.document()));
        } catch (IllegalArgumentException e) {
            throw new BadInputException(r.file() + ":" + r.line() + ": --shift-timestamps: " + e.getMessage());
        }
    }

    private void feedRecord(Record record, Feed feed) throws InterruptedException {
        if (record.request() != null) {
            send(record.request(), feed, false);
            return;
        }
        Signal signal = record.signal() == null ? Signal.LOGS : record.signal(); // the decoder's default, too
        if (!feed.document(signal, record.document())) {
            return;
        }
        try {
            send(decoder.decode(record), feed, true);
        } catch (UnencodableRecordException e) {
            int line = e.line() > 0 ? e.line() : record.line();
            int column = e.line() > 0 ? e.column() : record.column();
            sink.accept(PushRules.UNDECODABLE.finding().file(record.file()).at(line, column).record(record.index())
                    .message("cannot decode the document to OTLP: " + e.getMessage()).build());
            feed.unreadable(1);
        }
    }

    /** @param decoded whether the request was decoded from the document last given to feed.document */
    private static void send(Message request, Feed feed, boolean decoded) throws InterruptedException {
        if (request instanceof ExportLogsServiceRequest logs) {
            send(SignalType.LOGS, logs, feed, decoded);
        } else if (request instanceof ExportTraceServiceRequest traces) {
            send(SignalType.TRACES, traces, feed, decoded);
        } else if (request instanceof ExportMetricsServiceRequest metrics) {
            send(SignalType.METRICS, metrics, feed, decoded);
        } else {
            throw new IllegalStateException("not an export request: " + request.getClass().getName());
        }
    }

    private static <T extends Message> void send(SignalType<T> signal, T request, Feed feed, boolean decoded)
            throws InterruptedException {
        if (decoded) {
            feed.sendDecoded(signal, request);
        } else {
            feed.send(signal, request);
        }
    }
}
