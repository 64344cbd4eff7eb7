package dev.otelint.assets.rules;

import dev.otelint.assets.FieldReference;
import dev.otelint.assets.query.FieldRole;
import dev.otelint.report.Finding;
import java.util.List;

/** An aggregation, group-by or sort on a field whose type cannot serve it. */
final class AggregationCheck {

    private AggregationCheck() {}

    static void check(FieldReference ref, ResolvedField resolved, FieldParameters parameters,
                      List<Finding> findings) {
        String function = function(ref);
        if (function == null || resolved.type() == null) {
            return;
        }
        String actual = problem(ref, resolved, parameters, function);
        if (actual == null) {
            return;
        }
        findings.add(ReferenceFindings.at(AssetFieldRules.AGGREGATION_TYPE, ref)
                .message(ReferenceFindings.object(ref) + " applies " + function + " to \"" + ref.field()
                        + "\", a " + actual + " field; " + function + " needs " + AggregationTypes.expected(function))
                .expected(AggregationTypes.expected(function))
                .actual(actual)
                .fix(textFix(resolved))
                .build());
    }

    /** The field's type as it fails the aggregation, or null when the aggregation can use it. */
    private static String problem(FieldReference ref, ResolvedField resolved, FieldParameters parameters,
                                  String function) {
        boolean text = resolved.type().equals("text");
        if (text && parameters.hasFielddata(ref.field()) && AggregationTypes.servedByFielddata(function)) {
            return null; // OpenSearch TextFieldMapper: fielddata:true loads terms into memory for aggregations
        }
        if (AggregationTypes.rejects(function, resolved.type())) {
            return resolved.type();
        }
        boolean docValues = parameters.hasDocValues(ref.field());
        return !docValues && AggregationTypes.known(function) ? resolved.type() + " (doc_values: false)" : null;
    }

    /** The aggregation to judge: the one named, else what the role implies (grouping and sorting need doc values). */
    private static String function(FieldReference ref) {
        if (ref.role() == FieldRole.AGGREGATION || (ref.function() != null && ref.role() == FieldRole.GROUP_BY)) {
            return ref.function();
        }
        if (ref.role() == FieldRole.GROUP_BY) {
            return "group_by";
        }
        return ref.role() == FieldRole.SORT ? "sort" : null;
    }

    private static String textFix(ResolvedField resolved) {
        if (resolved.keywordSubField() != null) {
            return "use its keyword sub-field \"" + resolved.keywordSubField() + "\"";
        }
        return resolved.type().equals("text") ? "map the field as keyword, or add a keyword sub-field" : null;
    }
}
