package dev.otelint.assets.rules;

import dev.otelint.assets.FieldReference;
import dev.otelint.assets.query.FieldRole;
import dev.otelint.catalog.PrometheusNames;
import dev.otelint.catalog.PrometheusNamesIndex;
import dev.otelint.catalog.SemconvAttribute;
import dev.otelint.catalog.SemconvInstrument;
import dev.otelint.catalog.SemconvMetric;
import dev.otelint.catalog.SemconvRegistry;
import dev.otelint.catalog.SemconvSuggestions;
import dev.otelint.report.Finding;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Judges the metric and label names of PromQL references against the registry as the Collector's
 * Prometheus exporters name it ({@link PrometheusNames}): deprecated metrics and attributes, and unknown
 * metrics inside a namespace the registry's metrics own. Names outside those namespaces are not OTEL's.
 */
public final class PrometheusNameRules {

    /** The {@link FieldReference#language()} of PromQL references. */
    public static final String LANGUAGE = "promql";

    private static final int SUGGESTIONS = 3;

    private final SemconvRegistry registry;
    private final PrometheusNamesIndex index;
    private final Set<String> namespaces = new TreeSet<>();
    private final Set<String> seriesNames = new TreeSet<>();

    public PrometheusNameRules(SemconvRegistry registry) {
        this.registry = registry;
        this.index = registry == SemconvRegistry.builtin() ? PrometheusNamesIndex.builtin()
                : new PrometheusNamesIndex(registry);
        for (SemconvMetric metric : registry.metrics()) {
            String name = metric.name();
            int dot = name.indexOf('.');
            namespaces.add(PrometheusNames.labelName(dot < 0 ? name : name.substring(0, dot)) + "_");
            seriesNames.addAll(seriesOf(metric, true));
            seriesNames.addAll(seriesOf(metric, false));
        }
    }

    /** True for references this class judges instead of the schema rules. */
    public static boolean applies(FieldReference ref) {
        return LANGUAGE.equals(ref.language());
    }

    public List<Finding> check(FieldReference ref) {
        List<Finding> findings = new ArrayList<>();
        if (isMetric(ref)) {
            checkMetric(ref, findings);
        } else {
            checkLabel(ref, findings);
        }
        return findings;
    }

    private static boolean isMetric(FieldReference ref) {
        return ref.role() == FieldRole.METRIC;
    }

    private void checkMetric(FieldReference ref, List<Finding> findings) {
        List<PrometheusNamesIndex.Match> matches = index.lookup(ref.field());
        if (matches.isEmpty()) {
            if (inOtelNamespace(ref.field())) {
                findings.add(unknownMetric(ref));
            }
        } else if (matches.stream().allMatch(m -> m.metric().isDeprecated())) {
            findings.add(deprecatedMetric(ref, matches.get(0)));
        }
    }

    // Prometheus recording rules name their series level:metric:operations; those are not exporter names
    private boolean inOtelNamespace(String name) {
        return name.indexOf(':') < 0 && namespaces.stream().anyMatch(name::startsWith);
    }

    private void checkLabel(FieldReference ref, List<Finding> findings) {
        List<SemconvAttribute> attributes = index.lookupLabel(ref.field()).stream().map(registry::attribute).toList();
        if (!attributes.isEmpty() && attributes.stream().allMatch(a -> a != null && a.isDeprecated())) {
            findings.add(deprecatedLabel(ref, attributes.get(0)));
        }
    }

    private Finding unknownMetric(FieldReference ref) {
        List<String> closest = SemconvSuggestions.closest(ref.field(), seriesNames, SUGGESTIONS);
        return ReferenceFindings.at(AssetFieldRules.UNKNOWN_METRIC, ref)
                .message(ReferenceFindings.object(ref) + " queries metric \"" + ref.field()
                        + "\": no metric of semantic conventions " + registry.version()
                        + " is exported to Prometheus under that name")
                .expected(closest.isEmpty() ? "a semantic convention metric's Prometheus name"
                        : String.join(", ", closest))
                .actual(ref.field())
                .fix(closest.isEmpty() ? null : "did you mean " + String.join(" or ", closest) + "?")
                .build();
    }

    private Finding deprecatedMetric(FieldReference ref, PrometheusNamesIndex.Match match) {
        SemconvMetric metric = match.metric();
        String replacement = replacementName(metric, match);
        String why = replacement == null ? "; it has no metric replacement" : "; use " + replacement;
        return deprecated(ref, "metric \"" + ref.field() + "\": metric " + metric.name() + " is deprecated in semantic "
                + "conventions " + registry.version() + why, replacement);
    }

    private Finding deprecatedLabel(FieldReference ref, SemconvAttribute attribute) {
        String renamed = attribute.deprecation().renamedTo();
        String replacement = renamed == null ? null : PrometheusNames.labelName(renamed);
        String why = replacement == null ? "; it has no plain replacement" : "; use " + replacement;
        return deprecated(ref, "label \"" + ref.field() + "\": attribute " + attribute.id() + " is deprecated in "
                + "semantic conventions " + registry.version() + why, replacement);
    }

    private static Finding deprecated(FieldReference ref, String what, String replacement) {
        return ReferenceFindings.at(AssetFieldRules.DEPRECATED_FIELD, ref)
                .message(ReferenceFindings.object(ref) + " uses " + what)
                .expected(replacement)
                .actual(ref.field())
                .fix(replacement == null ? null : "rename \"" + ref.field() + "\" to \"" + replacement + "\"")
                .build();
    }

    /** The replacement metric's series name in the same suffix mode and histogram series, or null. */
    private String replacementName(SemconvMetric metric, PrometheusNamesIndex.Match match) {
        List<String> replacedBy = metric.deprecation().replacedBy();
        SemconvMetric replacement = replacedBy.isEmpty() ? null : registry.metric(replacedBy.get(0));
        if (replacement == null) {
            return null;
        }
        String family = PrometheusNames.metricName(replacement.name(), replacement.unit(), replacement.instrument(),
                match.addMetricSuffixes());
        return replacement.instrument() == SemconvInstrument.HISTOGRAM ? family + match.seriesSuffix() : family;
    }

    private static List<String> seriesOf(SemconvMetric metric, boolean addMetricSuffixes) {
        String family = PrometheusNames.metricName(metric.name(), metric.unit(), metric.instrument(),
                addMetricSuffixes);
        if (metric.instrument() != SemconvInstrument.HISTOGRAM) {
            return List.of(family);
        }
        return PrometheusNames.HISTOGRAM_SERIES.stream().map(suffix -> family + suffix).toList();
    }
}
