package dev.otelint.assets.rules;

import dev.otelint.assets.FieldReference;
import dev.otelint.report.Finding;
import java.util.List;

/** An index-pattern's saved {@code fields} entry whose type is not what the schema maps. */
final class IndexPatternTypeCheck {

    private IndexPatternTypeCheck() {}

    static void check(FieldReference ref, ResolvedField resolved, List<Finding> findings) {
        String expected = DashboardsTypes.of(resolved.type());
        String saved = ref.function();
        // Dashboards saves "conflict" and "unknown" when it could not tell one type; that is no disagreement
        if (expected == null || saved.equals(expected) || saved.equals("conflict") || saved.equals("unknown")) {
            return;
        }
        findings.add(ReferenceFindings.at(AssetFieldRules.INDEX_PATTERN_TYPE, ref)
                .message(ReferenceFindings.object(ref) + " lists field \"" + ref.field() + "\" as " + saved
                        + ", but the schema maps it as " + resolved.type() + " (Dashboards type " + expected + ")")
                .expected(expected)
                .actual(saved)
                .fix("set the entry's type to \"" + expected + "\" or refresh the index pattern's field list")
                .build());
    }
}
