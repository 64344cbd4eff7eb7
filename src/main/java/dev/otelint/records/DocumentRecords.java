package dev.otelint.records;

import com.google.protobuf.Message;
import dev.otelint.report.FindingSink;
import io.opentelemetry.proto.collector.logs.v1.ExportLogsServiceRequest;
import io.opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceRequest;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Turns each JSON document of a file into records: an OTLP/JSON export request into one record
 * per log record, span or data point; any other object into one Simple Schema record. Also counts
 * the file's records, which is their index unless the reader gives one (NDJSON: the line number).
 */
final class DocumentRecords {
    /**
     * An export request type, the JSON name of its one field, and the signal. The prototype is asked for
     * only when a request is met: initialising the protobuf classes costs Simple Schema files start-up time.
     */
    private record RequestType(String field, Signal signal, Supplier<Message> prototype) {}

    private static final List<RequestType> REQUEST_TYPES = List.of(
            new RequestType("resourceLogs", Signal.LOGS, ExportLogsServiceRequest::getDefaultInstance),
            new RequestType("resourceSpans", Signal.TRACES, ExportTraceServiceRequest::getDefaultInstance),
            new RequestType("resourceMetrics", Signal.METRICS, ExportMetricsServiceRequest::getDefaultInstance));
    /** Position in REQUEST_TYPES by JSON and proto field name. */
    private static final Map<String, Integer> REQUEST_FIELDS = requestFields();

    private final String file;
    private final FindingSink sink;
    private final OtlpJsonDecoder decoder;
    private final OtlpRecords otlp;
    private final boolean wholeRequests;
    private long count;

    /** @param wholeRequests an OTLP export request becomes one record holding it, not one per item */
    DocumentRecords(String file, FindingSink sink, SimpleSchemaEncoder encoder, boolean wholeRequests) {
        this.file = file;
        this.sink = sink;
        this.decoder = new OtlpJsonDecoder(file, sink);
        this.otlp = new OtlpRecords(file, sink, encoder);
        this.wholeRequests = wholeRequests;
    }

    /** The index the next record gets when its reader has none of its own. */
    long nextIndex() {
        return count + 1;
    }

    /**
     * Adds the records of {@code document} to {@code out}.
     *
     * @param lineIndex the index of a Simple Schema record (its NDJSON line), or 0 to count records
     */
    void add(JsonValue document, long lineIndex, Deque<Record> out) {
        if (!document.isObject()) {
            long index = lineIndex > 0 ? lineIndex : nextIndex();
            count++;
            sink.accept(InputRules.JSON_NOT_AN_OBJECT.finding()
                    .file(file).at(document.line(), document.column()).record(index)
                    .message("expected a JSON object (one document), got " + describe(document))
                    .expected("object").actual(document.kind().name().toLowerCase(Locale.ROOT))
                    .build());
            return;
        }
        DocumentClues clues = newClues();
        for (JsonValue.Member m : document.members()) {
            clues.member(m.name(), m.value());
        }
        int requests = clues.requestTypes();
        if (requests == 0) {
            count++;
            long index = lineIndex > 0 ? lineIndex : count;
            out.add(new Record(file, index, document.line(), document.column(), SignalGuess.of(document, clues),
                    document));
            return;
        }
        for (int i = 0; i < REQUEST_TYPES.size(); i++) {
            if ((requests & (1 << i)) != 0) {
                RequestType type = REQUEST_TYPES.get(i);
                Message request = decoder.decode(document, type.prototype().get().newBuilderForType(), "").build();
                if (wholeRequests) {
                    out.add(new Record(file, nextIndex(), document.line(), document.column(), type.signal(), null,
                            request));
                    count++;
                } else {
                    count += otlp.add(type.signal(), request, document, nextIndex(), out);
                }
            }
        }
    }

    /** Clues to feed with a document's top-level members, e.g. by a {@link DocumentScreen}. */
    DocumentClues newClues() {
        return new DocumentClues(REQUEST_FIELDS);
    }

    /**
     * Adds the record of a Simple Schema document that a {@link DocumentScreen} found clean: it has no
     * tree, as nothing will be reported at its values.
     */
    void addClean(Signal signal, long lineIndex, int line, int column, Deque<Record> out) {
        count++;
        long index = lineIndex > 0 ? lineIndex : count;
        out.add(new Record(file, index, line, column, signal, null));
    }

    private static Map<String, Integer> requestFields() {
        Map<String, Integer> fields = new HashMap<>();
        for (int i = 0; i < REQUEST_TYPES.size(); i++) {
            fields.put(REQUEST_TYPES.get(i).field(), i);
            fields.put(OtlpSource.snakeCase(REQUEST_TYPES.get(i).field()), i);
        }
        return fields;
    }

    private static String describe(JsonValue value) {
        String json = value.toJsonPrefix(40);
        return json.length() > 40 ? value.kind().name().toLowerCase(Locale.ROOT) : json;
    }
}
