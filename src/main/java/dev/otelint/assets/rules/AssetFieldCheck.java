package dev.otelint.assets.rules;

import dev.otelint.assets.FieldReference;
import dev.otelint.catalog.SemconvRegistry;
import dev.otelint.report.Finding;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Checks every field reference of a bundle: resolves its index pattern to a schema and applies
 * {@link FieldTypeRules}; a reference whose pattern resolves to no schema gets its conventions checked
 * and one "fields unchecked" warning per object and pattern. PromQL references query no index: they go to
 * {@link PrometheusNameRules}.
 */
public final class AssetFieldCheck {

    private final SchemaResolver resolver;
    private final SemconvRegistry registry;
    private final PrometheusNameRules prometheusNames;

    public AssetFieldCheck(SchemaResolver resolver, SemconvRegistry registry) {
        this.resolver = resolver;
        this.registry = registry;
        this.prometheusNames = new PrometheusNameRules(registry);
    }

    public List<Finding> check(List<FieldReference> references) {
        List<Finding> findings = new ArrayList<>();
        Set<String> warned = new HashSet<>();
        for (FieldReference ref : references) {
            if (PrometheusNameRules.applies(ref)) {
                findings.addAll(prometheusNames.check(ref));
                continue;
            }
            Optional<Schema> schema = resolver.resolve(ref.indexPattern());
            if (schema.isEmpty() && warned.add(ref.file() + "\u0000" + ref.objectId() + "\u0000" + ref.indexPattern())) {
                findings.add(unchecked(ref));
            }
            findings.addAll(FieldTypeRules.check(ref, schema.orElse(null), registry));
        }
        return findings;
    }

    /** How the reference's field resolves in its schema, or empty when its pattern matches no schema. */
    public Optional<ResolvedField> resolve(FieldReference ref) {
        return resolver.resolve(ref.indexPattern()).map(s -> FieldLookup.resolve(s.mapping(), ref.field()));
    }

    private static Finding unchecked(FieldReference ref) {
        String pattern = ref.indexPattern();
        String why = pattern == null ? "its index pattern cannot be told"
                : "index pattern \"" + pattern + "\" matches no known schema (integration schemas/ or catalog)";
        return ReferenceFindings.at(AssetFieldRules.UNCHECKED_PATTERN, ref)
                .message(ReferenceFindings.object(ref) + ": fields unchecked: " + why)
                .expected("an index pattern matching a schema's index_patterns")
                .actual(pattern)
                .fix("pass the integration's schemas with --integration or --schema")
                .build();
    }
}
