package dev.otelint.collector.processor.filter;

import dev.otelint.collector.component.ConfigKey;
import dev.otelint.collector.component.SignalType;
import dev.otelint.collector.component.ValidatedConfig;
import dev.otelint.collector.config.ConfigNode;
import dev.otelint.collector.ottl.ErrorMode;
import dev.otelint.collector.ottl.OttlCondition;
import dev.otelint.collector.ottl.OttlConfigReader;
import dev.otelint.collector.ottl.OttlContext;
import java.util.List;
import java.util.Map;

/**
 * The filter processor's settings (filterprocessor Config): error_mode (default propagate) and OTTL
 * condition lists per signal: traces.span, traces.spanevent, metrics.metric, metrics.datapoint,
 * logs.log_record. The older include/exclude match form is refused as not supported by otelint.
 */
public final class FilterConfig implements ValidatedConfig {
    @ConfigKey("error_mode")
    public ErrorMode errorMode = ErrorMode.PROPAGATE;

    @ConfigKey("traces")
    public ConfigNode traces;

    @ConfigKey("metrics")
    public ConfigNode metrics;

    @ConfigKey("logs")
    public ConfigNode logs;

    /** The legacy span include/exclude section. */
    @ConfigKey("spans")
    public ConfigNode spans;

    private Map<OttlContext, List<OttlCondition>> conditions = Map.of();

    @Override
    public void validate() {
        OttlConfigReader reader = new OttlConfigReader();
        ConditionSections sections = new ConditionSections(reader);
        sections.legacy(spans, "spans");
        sections.read(traces, "traces", Map.of("span", OttlContext.SPAN, "spanevent", OttlContext.SPANEVENT));
        sections.read(metrics, "metrics", Map.of("metric", OttlContext.METRIC, "datapoint", OttlContext.DATAPOINT));
        sections.read(logs, "logs", Map.of("log_record", OttlContext.LOG));
        reader.throwIfAny();
        conditions = sections.conditions();
    }

    /** The conditions of a signal, in the order the collector evaluates them (span before spanevent...). */
    List<ContextConditions> conditions(SignalType<?> signal) {
        List<OttlContext> order = switch (signal.signal()) {
            case TRACES -> List.of(OttlContext.SPAN, OttlContext.SPANEVENT);
            case METRICS -> List.of(OttlContext.METRIC, OttlContext.DATAPOINT);
            case LOGS -> List.of(OttlContext.LOG);
        };
        return order.stream().filter(conditions::containsKey)
                .map(c -> new ContextConditions(c, conditions.get(c), errorMode)).toList();
    }
}
