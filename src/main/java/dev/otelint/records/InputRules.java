package dev.otelint.records;

import dev.otelint.report.Rule;
import dev.otelint.report.Severity;
import java.util.List;

/** Rules about reading input records. */
public final class InputRules {
    public static final Rule JSON_SYNTAX = new Rule("json.syntax", Severity.ERROR,
            "A record is not well-formed JSON; NDJSON goes on with the next line, a JSON array or document "
                    + "ends at the error.");

    public static final Rule JSON_NOT_AN_OBJECT = new Rule("json.not-an-object", Severity.ERROR,
            "A record is JSON but not an object; OpenSearch indexes only objects as documents.");

    public static final Rule OTLP_DECODE = new Rule("otlp.decode", Severity.ERROR,
            "An OTLP/JSON value breaks the OTLP JSON encoding (e.g. an id that is not hex); "
                    + "the collector rejects the whole export request.");

    public static final Rule OTLP_UNKNOWN_FIELD = new Rule("otlp.unknown-field", Severity.WARNING,
            "An OTLP/JSON object has a field OTLP does not define (a typo such as \"atributes\"?); "
                    + "receivers ignore it, so its data is lost.");

    public static final Rule OTLP_PROTOBUF = new Rule("otlp.protobuf", Severity.ERROR,
            "An OTLP protobuf file does not parse as an export request of its --signal; the file is skipped.");

    public static final Rule OTLP_UNENCODABLE = new Rule("otlp.unencodable", Severity.ERROR,
            "The OpenSearch exporter cannot turn an OTLP record into a document (e.g. NaN in an attribute); "
                    + "it drops the record.");

    public static final Rule NOT_CHECKED = new Rule("input.not-checked", Severity.INFO,
            "A file found under a directory is not a record file (.json, .ndjson, .jsonl, OTLP protobuf, or "
                    + "these gzipped) and was not read.");

    public static final List<Rule> ALL = List.of(NOT_CHECKED, JSON_SYNTAX, JSON_NOT_AN_OBJECT, OTLP_DECODE, OTLP_UNKNOWN_FIELD,
            OTLP_PROTOBUF, OTLP_UNENCODABLE);

    private InputRules() {}
}
