package dev.otelint.validate;

import dev.otelint.records.JsonValue;
import dev.otelint.report.Rule;
import io.opentelemetry.proto.trace.v1.Span;
import io.opentelemetry.proto.trace.v1.Status;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Checks a span document's {@code kind} and {@code status.code} against the OTLP enums. Accepted spellings:
 * the proto names (SPAN_KIND_SERVER, STATUS_CODE_OK: OTLP/JSON, Data Prepper, the catalog schema), the
 * collector's pdata names (Server, Ok: what opensearchexporter writes) and the enum numbers.
 */
final class SemconvSpanChecker {

    private static final Set<String> KINDS = new HashSet<>();
    private static final Set<String> STATUS_CODES = new HashSet<>();
    private static final List<String> KIND_NAMES = new ArrayList<>();
    private static final List<String> STATUS_NAMES = new ArrayList<>();

    static {
        for (Span.SpanKind kind : Span.SpanKind.values()) {
            if (kind != Span.SpanKind.UNRECOGNIZED) {
                accept(kind.name(), "SPAN_KIND_", kind.getNumber(), KINDS, KIND_NAMES);
            }
        }
        for (Status.StatusCode code : Status.StatusCode.values()) {
            if (code != Status.StatusCode.UNRECOGNIZED) {
                accept(code.name(), "STATUS_CODE_", code.getNumber(), STATUS_CODES, STATUS_NAMES);
            }
        }
    }

    private static void accept(String protoName, String prefix, int number, Set<String> into, List<String> names) {
        String word = protoName.substring(prefix.length());
        String pdataName = word.charAt(0) + word.substring(1).toLowerCase(Locale.ROOT);
        into.add(protoName);
        into.add(pdataName);
        into.add(Integer.toString(number));
        names.add(protoName);
    }

    void check(JsonValue span, SemconvFindings out) {
        check(span.get("kind"), KINDS, KIND_NAMES, SemconvRules.SPAN_KIND, "span kind", "Server, Client, ...",
                "kind", out);
        JsonValue status = span.get("status");
        JsonValue code = status != null && status.isObject() ? status.get("code") : span.get("status.code");
        check(code, STATUS_CODES, STATUS_NAMES, SemconvRules.SPAN_STATUS, "span status code", "Unset, Ok, Error",
                "status.code", out);
    }

    private static void check(JsonValue value, Set<String> accepted, List<String> protoNames, Rule rule, String what,
                              String pdataNames, String path, SemconvFindings out) {
        if (value == null || value.isNull() || accepted(value, accepted)) {
            return;
        }
        String names = String.join(", ", protoNames);
        out.report(rule.finding()
                .message(what + " " + SemconvFindings.actual(value) + " is not one of the OTLP values")
                .expected("one of " + names)
                .actual(SemconvFindings.actual(value))
                .fix("use one of " + names + " (or the collector's " + pdataNames + ", or the enum number)"),
                value, path);
    }

    private static boolean accepted(JsonValue value, Set<String> accepted) {
        return (value.isString() || value.kind() == JsonValue.Kind.INTEGER) && accepted.contains(value.text());
    }
}
