package dev.otelint.records;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What a document's top-level members tell about it: the signal it looks like (names count both as
 * nested objects, "severity": {...}, and as dotted keys, "severity.text") and whether it is an OTLP
 * export request rather than a Simple Schema document. Fed member by member, from a tree or a token
 * stream, so that both readers guess alike.
 */
public final class DocumentClues {
    /** Where Simple Schema documents name their data stream, as nested objects. */
    public static final List<String> DATA_STREAM_TYPE_PATH = List.of("attributes", "data_stream", "type");

    private static final Set<String> METRIC_FIELDS = Set.of("value@int", "value@double", "aggregationTemporality",
            "monotonic", "buckets", "bucketCountsList", "explicitBoundsList", "quantiles", "positiveBuckets",
            "negativeBuckets", "zeroCount");
    private static final Set<String> METRIC_KINDS = Set.of("GAUGE", "SUM", "HISTOGRAM", "EXPONENTIAL_HISTOGRAM",
            "SUMMARY");

    /** What a member name tells, whatever its value (but for kind's): worked out once per name. */
    private record NameClue(String name, Map<String, Integer> requestFields, int request, Field field) {}

    private enum Field { IDS, SPAN_SHAPE, KIND, LOG, METRIC, OTHER }

    /** Recent names' clues, by hash; a race between threads only loses an entry (each is immutable). */
    private static final NameClue[] CLUES = new NameClue[1024];

    private final Map<String, Integer> requestFields;
    private boolean ids;
    private boolean spanShape;
    private boolean metric;
    private boolean log;
    private int requestTypes;
    private String dataStreamType;

    DocumentClues(Map<String, Integer> requestFields) {
        this.requestFields = requestFields;
    }

    /**
     * Whether {@link #member} reads the text of a top-level scalar of this name; for the others it needs
     * only to know whether the value is null.
     */
    public static boolean readsValueOf(String name) {
        return name.equals("kind") || name.startsWith("kind.");
    }

    /** Takes one top-level member; {@code value} may be null for a value the caller did not build (object, array). */
    public void member(String name, JsonValue value) {
        NameClue clue = clueOf(name);
        if (clue.request >= 0 && (value == null || !value.isNull())) {
            requestTypes |= 1 << clue.request;
        }
        switch (clue.field) {
            case IDS -> ids = true;
            case SPAN_SHAPE -> spanShape = true;
            case KIND -> {
                if (isMetricKind(value)) {
                    metric = true;
                } else {
                    spanShape = true;
                }
            }
            case LOG -> log = true;
            case METRIC -> metric = true;
            default -> { }
        }
    }

    /** The clue of a name: names repeat record after record as the same interned String. */
    private NameClue clueOf(String name) {
        int slot = name.hashCode() & (CLUES.length - 1);
        NameClue clue = CLUES[slot];
        if (clue != null && clue.name == name && clue.requestFields == requestFields) {
            return clue;
        }
        Integer request = requestFields.get(name);
        int dot = name.indexOf('.');
        clue = new NameClue(name, requestFields, request == null ? -1 : request,
                fieldOf(dot < 0 ? name : name.substring(0, dot)));
        CLUES[slot] = clue;
        return clue;
    }

    private static Field fieldOf(String field) {
        return switch (field) {
            case "spanId", "traceId" -> Field.IDS;
            case "startTime" -> Field.SPAN_SHAPE;
            case "kind" -> Field.KIND;
            case "body", "severity", "observedTimestamp" -> Field.LOG;
            default -> METRIC_FIELDS.contains(field) ? Field.METRIC : Field.OTHER;
        };
    }

    /** The string at {@link #DATA_STREAM_TYPE_PATH}; only asked for when the fields leave the signal open. */
    public void dataStreamType(String type) {
        dataStreamType = type;
    }

    /** A bit per OTLP export request type whose field the document has (non-null); 0 for a Simple Schema document. */
    int requestTypes() {
        return requestTypes;
    }

    public boolean isOtlpRequest() {
        return requestTypes != 0;
    }

    /** The signal the fields tell, or null when they leave it open (then the data stream type decides). */
    Signal fromFields() {
        if (ids && spanShape) {
            return Signal.TRACES;
        }
        if (metric) {
            return Signal.METRICS;
        }
        return log ? Signal.LOGS : null;
    }

    /** The signal the document looks like, or null when it could be anything. */
    public Signal signal() {
        Signal signal = fromFields();
        return signal != null ? signal : fromDataStreamType(dataStreamType);
    }

    /**
     * Simple Schema documents name their data stream in attributes.data_stream.type: "logs" and
     * "cloud_trail_logs" in the catalog's samples, "record", "span" and "metric" from the exporter.
     */
    static Signal fromDataStreamType(String type) {
        if (type == null) {
            return null;
        }
        String name = type.toLowerCase(Locale.ROOT);
        if (name.contains("log") || name.equals("record")) {
            return Signal.LOGS;
        }
        if (name.contains("metric")) {
            return Signal.METRICS;
        }
        return name.contains("span") || name.contains("trace") ? Signal.TRACES : null;
    }

    private static boolean isMetricKind(JsonValue value) {
        return value != null && value.isString() && METRIC_KINDS.contains(value.text().toUpperCase(Locale.ROOT));
    }
}
