package dev.otelint.validate;

import dev.otelint.catalog.SemconvDeprecation;
import dev.otelint.records.JsonValue;
import dev.otelint.records.Record;
import dev.otelint.report.Finding;
import dev.otelint.report.FindingSink;

/** Places the findings of one record: file, position of the offending value, record index and path. */
final class SemconvFindings {

    private static final int MAX_ACTUAL = 120;

    private final Record record;
    private final FindingSink sink;
    private final String version;

    SemconvFindings(Record record, FindingSink sink, String version) {
        this.record = record;
        this.sink = sink;
        this.version = version;
    }

    /** "semconv 1.44.0", for messages. */
    String semconv() {
        return "semconv " + version;
    }

    void report(Finding.Builder finding, JsonValue at, String path) {
        sink.accept(finding.file(record.file())
                .at(at.line(), at.column())
                .record(record.index())
                .path(path)
                .build());
    }

    /** The value as JSON, cut short for messages. */
    static String actual(JsonValue value) {
        String json = value.toJsonPrefix(MAX_ACTUAL);
        return json.length() <= MAX_ACTUAL ? json : json.substring(0, MAX_ACTUAL) + "...";
    }

    /** A semconv.deprecated finding about {@code subject} ("http.url", "metric x"), named in the document as {@code actual}. */
    Finding.Builder deprecated(String subject, SemconvDeprecation deprecation, String actual) {
        return SemconvRules.DEPRECATED.finding()
                .message(subject + " is deprecated in " + semconv() + " (" + deprecationSummary(deprecation) + ")")
                .expected(deprecation.replacedBy().isEmpty() ? null : String.join(" / ", deprecation.replacedBy()))
                .actual(actual)
                .fix(deprecationFix(deprecation));
    }

    /** What to do about something deprecated, e.g. "rename it to url.full". */
    String deprecationFix(SemconvDeprecation deprecation) {
        if (deprecation.reason() == SemconvDeprecation.Reason.RENAMED) {
            return "rename it to " + deprecation.renamedTo();
        }
        if (!deprecation.replacedBy().isEmpty()) {
            return "replace it with " + String.join(" / ", deprecation.replacedBy()) + " (see the " + semconv()
                    + " deprecation note for which applies)";
        }
        if (deprecation.reason() == SemconvDeprecation.Reason.OBSOLETED) {
            return "remove it: " + semconv() + " obsoleted it without a replacement";
        }
        return "remove it or follow the " + semconv() + " deprecation note: it names no direct replacement";
    }

    /** "renamed to url.full", "obsoleted", ... for messages. */
    private static String deprecationSummary(SemconvDeprecation deprecation) {
        return deprecation.reason() == SemconvDeprecation.Reason.RENAMED
                ? "renamed to " + deprecation.renamedTo()
                : deprecation.reason().modelName();
    }
}
