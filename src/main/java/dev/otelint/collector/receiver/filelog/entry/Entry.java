package dev.otelint.collector.receiver.filelog.entry;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A log entry as stanza's operators see it: a body (a string, or a map once a parser put one there),
 * attributes and resource as nested maps, a timestamp, the time it was observed, and a severity (OTLP's
 * numbers 1-24, 0 for unset) with its text. Values are String, Long, Double, Boolean, byte[], Map or List.
 */
public final class Entry {
    public Object body;
    public Map<String, Object> attributes = new LinkedHashMap<>();
    public Map<String, Object> resource = new LinkedHashMap<>();
    public Instant timestamp;
    public final Instant observed;
    public int severity;
    public String severityText = "";

    public Entry(Object body, Instant observed) {
        this.body = body;
        this.observed = observed;
    }

    /** A deep copy, for operators that may fail half-way (on_error: send passes the entry on unchanged). */
    public Entry copy() {
        Entry e = new Entry(Values.deepCopy(body), observed);
        e.attributes = Values.deepCopyMap(attributes);
        e.resource = Values.deepCopyMap(resource);
        e.timestamp = timestamp;
        e.severity = severity;
        e.severityText = severityText;
        return e;
    }
}
