package dev.otelint.collector;

import dev.otelint.collector.config.ConfigSource;
import dev.otelint.report.Finding;
import dev.otelint.report.Rule;
import dev.otelint.report.Severity;
import java.util.List;

/** Rules about collector configs (otelint collector validate|run). */
public final class CollectorRules {
    public static final Rule CONFIG = new Rule("collector.config", Severity.ERROR,
            "The collector rejects the config: an unknown or mistyped setting, a bad value, an invalid "
                    + "component id or a ${...} reference it cannot expand.");

    public static final Rule UNKNOWN_TYPE = new Rule("collector.unknown-type", Severity.ERROR,
            "A component type that no collector distribution knows (a typo?); the collector refuses to start.");

    public static final Rule REMOVED_TYPE = new Rule("collector.removed-type", Severity.ERROR,
            "A component type the collector has removed (the logging exporter: use debug).");

    public static final Rule UNSUPPORTED = new Rule("collector.unsupported", Severity.WARNING,
            "A component type or setting that otelcol-contrib knows but otelint does not run yet; "
                    + "an error under collector run.");

    public static final Rule PIPELINE = new Rule("collector.pipeline", Severity.ERROR,
            "The service section is wrong: no pipeline, a pipeline without receivers or exporters, a "
                    + "reference to a component that is not configured, a processor listed twice.");

    public static final Rule UNSET_ENV = new Rule("collector.unset-env", Severity.WARNING,
            "The config references an environment variable that is not set; the collector uses an empty value.");

    public static final List<Rule> ALL = List.of(CONFIG, UNKNOWN_TYPE, REMOVED_TYPE, UNSUPPORTED, PIPELINE, UNSET_ENV);

    private CollectorRules() {}

    /** A finding of {@code rule} at {@code source}; {@code path} is the config path in the collector's "a::b" form. */
    public static Finding finding(Rule rule, ConfigSource source, String path, String message) {
        return finding(rule, rule.severity(), source, path, message);
    }

    /** As {@link #finding(Rule, ConfigSource, String, String)}, at another severity than the rule's default. */
    public static Finding finding(Rule rule, Severity severity, ConfigSource source, String path, String message) {
        Finding.Builder b = rule.finding().severity(severity).path(path).message(message);
        if (source != null) {
            b.file(source.file()).at(source.line(), source.column());
        }
        return b.build();
    }
}
