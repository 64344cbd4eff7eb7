package dev.otelint.collector.exporter.debug;

import io.opentelemetry.proto.collector.logs.v1.ExportLogsServiceRequest;
import io.opentelemetry.proto.logs.v1.LogRecord;
import io.opentelemetry.proto.logs.v1.ResourceLogs;
import io.opentelemetry.proto.logs.v1.ScopeLogs;

/** Logs at verbosity detailed: every field of every log record, in the collector's layout. */
final class DetailedLogs {
    private static final String[] SEVERITIES = {"Trace", "Debug", "Info", "Warn", "Error", "Fatal"};

    private DetailedLogs() {}

    static String text(ExportLogsServiceRequest request) {
        DebugText t = new DebugText();
        for (int i = 0; i < request.getResourceLogsCount(); i++) {
            ResourceLogs rl = request.getResourceLogs(i);
            t.line("ResourceLog #" + i).line("Resource SchemaURL: " + rl.getSchemaUrl());
            t.attributes("Resource attributes", rl.getResource().getAttributesList());
            for (int j = 0; j < rl.getScopeLogsCount(); j++) {
                ScopeLogs sl = rl.getScopeLogs(j);
                t.line("ScopeLogs #" + j).line("ScopeLogs SchemaURL: " + sl.getSchemaUrl()).scope(sl.getScope());
                for (int k = 0; k < sl.getLogRecordsCount(); k++) {
                    record(t.line("LogRecord #" + k), sl.getLogRecords(k));
                }
            }
        }
        return t.toString();
    }

    private static void record(DebugText t, LogRecord r) {
        t.line("ObservedTimestamp: " + DebugText.timestamp(r.getObservedTimeUnixNano()))
                .line("Timestamp: " + DebugText.timestamp(r.getTimeUnixNano()))
                .line("SeverityText: " + r.getSeverityText())
                .line("SeverityNumber: " + severity(r.getSeverityNumberValue()) + "(" + r.getSeverityNumberValue() + ")");
        if (!r.getEventName().isEmpty()) {
            t.line("EventName: " + r.getEventName());
        }
        t.line("Body: " + DebugText.typed(r.getBody()))
                .attributes("Attributes", r.getAttributesList())
                .line("Trace ID: " + DebugText.id(r.getTraceId()))
                .line("Span ID: " + DebugText.id(r.getSpanId()))
                .line("Flags: " + Integer.toUnsignedString(r.getFlags()));
    }

    /** plog.SeverityNumber String(): "Unspecified", "Info", "Info2"... */
    static String severity(int number) {
        if (number <= 0 || number > 24) {
            return number == 0 ? "Unspecified" : Integer.toString(number);
        }
        int step = (number - 1) % 4;
        return SEVERITIES[(number - 1) / 4] + (step == 0 ? "" : Integer.toString(step + 1));
    }
}
