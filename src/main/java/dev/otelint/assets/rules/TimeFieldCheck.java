package dev.otelint.assets.rules;

import dev.otelint.assets.FieldReference;
import dev.otelint.report.Finding;
import java.util.List;

/** The time field of an index pattern or panel must be a mapped date (Dashboards builds its time filter on it). */
final class TimeFieldCheck {

    private TimeFieldCheck() {}

    static void check(FieldReference ref, Schema schema, ResolvedField resolved, List<Finding> findings) {
        String problem = problem(resolved);
        if (problem == null) {
            return;
        }
        findings.add(ReferenceFindings.at(AssetFieldRules.TIME_FIELD, ref)
                .message(ReferenceFindings.object(ref) + " uses \"" + ref.field() + "\" as its time field, "
                        + problem + " in " + schema.name())
                .expected("a date or date_nanos field")
                .actual(resolved.type() == null ? "no such field" : resolved.type())
                .build());
    }

    private static String problem(ResolvedField resolved) {
        switch (resolved.status()) {
            case MAPPED:
            case DYNAMIC:
                return AggregationTypes.family(resolved.type()) == AggregationTypes.Family.DATE ? null
                        : "but it is a " + resolved.type() + " field";
            case WILDCARD:
                return "but a time field cannot be a wildcard";
            case UNPARSED:
                return "but it lies below \"" + resolved.parent() + "\" (enabled: false) and is not indexed";
            default:
                return "which does not exist";
        }
    }
}
