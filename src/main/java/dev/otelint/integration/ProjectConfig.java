package dev.otelint.integration;

import dev.otelint.report.Finding;
import dev.otelint.report.Severity;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a .otelint.yaml says: severity overrides per rule, exclusions, the semantic-conventions version to
 * target and extra schema directories. {@link #NONE} is the empty config, for folders without one.
 */
public record ProjectConfig(Path file, Map<String, Severity> severities, List<RuleExclusion> exclusions,
                            String semconv, List<Path> schemas) {

    public static final ProjectConfig NONE = new ProjectConfig(null, Map.of(), List.of(), null, List.of());

    /** The finding as this config wants it: at its overridden severity, or empty when an exclusion drops it. */
    public Optional<Finding> apply(Finding finding) {
        for (RuleExclusion exclusion : exclusions) {
            if (exclusion.matches(finding)) {
                return Optional.empty();
            }
        }
        Severity severity = severities.get(finding.rule());
        if (severity == null || severity == finding.severity()) {
            return Optional.of(finding);
        }
        return Optional.of(new Finding(finding.rule(), severity, finding.file(), finding.line(), finding.column(),
                finding.record(), finding.path(), finding.message(), finding.expected(), finding.actual(), finding.fix()));
    }
}
