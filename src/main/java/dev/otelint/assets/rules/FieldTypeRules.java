package dev.otelint.assets.rules;

import dev.otelint.assets.FieldReference;
import dev.otelint.assets.query.FieldRole;
import dev.otelint.catalog.DeprecatedNames;
import dev.otelint.catalog.SemconvRegistry;
import dev.otelint.report.Finding;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Judges one field reference against the schema its index pattern resolved to and the conventions. */
public final class FieldTypeRules {

    /** The function of a reference to an index pattern's or panel's time field (timeFieldName, time_field). */
    public static final String TIME_FIELD_FUNCTION = "time-field";

    private FieldTypeRules() {}

    /** Every finding about {@code ref}; with a null schema only the convention name is checked. */
    public static List<Finding> check(FieldReference ref, Schema schema, SemconvRegistry registry) {
        Objects.requireNonNull(ref.field(), "a field reference must name a field");
        List<Finding> findings = new ArrayList<>();
        deprecated(ref, registry, findings);
        if (schema != null) {
            ResolvedField resolved = FieldLookup.resolve(schema.mapping(), ref.field());
            checkMapping(ref, schema, resolved, findings);
        }
        return findings;
    }

    private static void checkMapping(FieldReference ref, Schema schema, ResolvedField resolved,
                                     List<Finding> findings) {
        if (isTimeField(ref)) {
            TimeFieldCheck.check(ref, schema, resolved, findings);
            return;
        }
        switch (resolved.status()) {
            case MISSING -> findings.add(FieldPresenceCheck.missing(ref, schema));
            case SUBFIELD_MISSING -> findings.add(FieldPresenceCheck.missingSubField(ref, schema, resolved));
            case UNPARSED -> FieldPresenceCheck.unparsed(ref, resolved, findings);
            case MAPPED, DYNAMIC -> checkType(ref, schema, resolved, findings);
            default -> { } // a wildcard matching some field: types differ per field
        }
    }

    private static void checkType(FieldReference ref, Schema schema, ResolvedField resolved, List<Finding> findings) {
        if (isIndexPatternEntry(ref)) {
            IndexPatternTypeCheck.check(ref, resolved, findings);
        } else if (ref.role() == FieldRole.TIME) {
            TimeFieldCheck.check(ref, schema, resolved, findings);
        } else {
            FieldPresenceCheck.unindexed(ref, schema.parameters(), findings);
            AggregationCheck.check(ref, resolved, schema.parameters(), findings);
        }
    }

    private static boolean isTimeField(FieldReference ref) {
        return TIME_FIELD_FUNCTION.equals(ref.function());
    }

    /** An index-pattern's own {@code fields} entry: the function holds the type Dashboards saved. */
    static boolean isIndexPatternEntry(FieldReference ref) {
        return ref.role() == FieldRole.PROJECTION && "json".equals(ref.language()) && ref.function() != null
                && ref.jsonPath() != null && ref.jsonPath().startsWith("fields");
    }

    private static void deprecated(FieldReference ref, SemconvRegistry registry, List<Finding> findings) {
        DeprecatedNames.Deprecation found = DeprecatedNames.find(ref.field(), registry);
        if (found == null) {
            return;
        }
        String why = found.replacement() == null ? "; it has no plain replacement"
                : "; use " + found.replacement();
        findings.add(ReferenceFindings.at(AssetFieldRules.DEPRECATED_FIELD, ref)
                .message(ReferenceFindings.object(ref) + " uses field \"" + ref.field() + "\": attribute "
                        + found.attribute() + " is deprecated in semantic conventions " + registry.version() + why)
                .expected(found.fixedField())
                .actual(ref.field())
                .fix(found.fixedField() == null ? null : "rename \"" + ref.field() + "\" to \"" + found.fixedField()
                        + "\"")
                .build());
    }
}
