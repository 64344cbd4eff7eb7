package dev.otelint.validate;

import dev.otelint.records.JsonValue;
import dev.otelint.report.Rule;
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

    // opentelemetry-proto trace/v1/trace.proto: enum Span.SpanKind and Status.StatusCode, in number order.
    // (Not read from the generated classes: opentelemetry-proto 1.8.0-alpha needs a newer protobuf runtime.)
    private static final List<String> KIND_NAMES = List.of("SPAN_KIND_UNSPECIFIED", "SPAN_KIND_INTERNAL",
            "SPAN_KIND_SERVER", "SPAN_KIND_CLIENT", "SPAN_KIND_PRODUCER", "SPAN_KIND_CONSUMER");
    private static final List<String> STATUS_NAMES = List.of("STATUS_CODE_UNSET", "STATUS_CODE_OK", "STATUS_CODE_ERROR");
    private static final Set<String> KINDS = spellings(KIND_NAMES, "SPAN_KIND_");
    private static final Set<String> STATUS_CODES = spellings(STATUS_NAMES, "STATUS_CODE_");

    /** Proto name, pdata name (SPAN_KIND_SERVER -> Server) and enum number of each value. */
    private static Set<String> spellings(List<String> protoNames, String prefix) {
        Set<String> spellings = new HashSet<>();
        for (int number = 0; number < protoNames.size(); number++) {
            String word = protoNames.get(number).substring(prefix.length());
            spellings.add(protoNames.get(number));
            spellings.add(word.charAt(0) + word.substring(1).toLowerCase(Locale.ROOT));
            spellings.add(Integer.toString(number));
        }
        return spellings;
    }

    void check(SemconvSignalFields span, SemconvFindings out) {
        check(span.kind, KINDS, KIND_NAMES, SemconvRules.SPAN_KIND, "span kind", "Server, Client, ...",
                "kind", out);
        check(span.statusCode, STATUS_CODES, STATUS_NAMES, SemconvRules.SPAN_STATUS, "span status code", "Unset, Ok, Error",
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
