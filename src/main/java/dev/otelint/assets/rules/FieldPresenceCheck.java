package dev.otelint.assets.rules;

import dev.otelint.assets.FieldReference;
import dev.otelint.assets.query.FieldRole;
import dev.otelint.report.Finding;
import java.util.List;

/** Findings for fields the schema lacks or does not index. */
final class FieldPresenceCheck {

    private FieldPresenceCheck() {}

    static Finding missing(FieldReference ref, Schema schema) {
        return ReferenceFindings.at(AssetFieldRules.FIELD_MISSING, ref)
                .message(ReferenceFindings.object(ref) + " uses field \"" + ref.field() + "\", which is not in "
                        + schema.name() + " (index pattern " + ref.indexPattern() + ") and no dynamic template maps it")
                .expected("a field of " + schema.name())
                .actual(ref.field())
                .build();
    }

    static Finding missingSubField(FieldReference ref, Schema schema, ResolvedField resolved) {
        String parent = resolved.parent();
        String subField = ref.field().substring(parent.length() + 1);
        return ReferenceFindings.at(AssetFieldRules.SUBFIELD_MISSING, ref)
                .message(ReferenceFindings.object(ref) + " uses \"" + ref.field() + "\", but field \"" + parent
                        + "\" in " + schema.name() + " has no sub-field \"" + subField + "\"")
                .expected("a sub-field defined under \"" + parent + "\".fields, or \"" + parent + "\" itself")
                .actual(ref.field())
                .build();
    }

    /** Filters on a field mapped with index:false cannot use an index. */
    static void unindexed(FieldReference ref, FieldParameters parameters, List<Finding> findings) {
        if (!isFilter(ref) || parameters.indexed(ref.field())) {
            return;
        }
        findings.add(ReferenceFindings.at(AssetFieldRules.UNINDEXED_FIELD, ref)
                .message(ReferenceFindings.object(ref) + " filters on \"" + ref.field() + "\", which is mapped with "
                        + "index: false: OpenSearch rejects the query, or scans doc values where the type allows it")
                .expected("an indexed field")
                .actual(ref.field() + " (index: false)")
                .build());
    }

    /** Filters and exists queries never match a field below an object with enabled:false. */
    static void unparsed(FieldReference ref, ResolvedField resolved, List<Finding> findings) {
        if (!isFilter(ref)) {
            return;
        }
        findings.add(ReferenceFindings.at(AssetFieldRules.UNINDEXED_FIELD, ref)
                .message(ReferenceFindings.object(ref) + " filters on \"" + ref.field() + "\", which lies below \""
                        + resolved.parent() + "\" (enabled: false): it is kept in _source but not indexed, so the "
                        + "filter never matches")
                .expected("an indexed field")
                .actual(ref.field() + " (not indexed)")
                .build());
    }

    private static boolean isFilter(FieldReference ref) {
        return ref.role() == FieldRole.FILTER || ref.role() == FieldRole.EXISTS || ref.role() == FieldRole.RANGE;
    }
}
