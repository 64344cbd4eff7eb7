package dev.otelint.collector.processor.transform;

import dev.otelint.collector.component.ConfigKey;
import dev.otelint.collector.component.SignalType;
import dev.otelint.collector.component.ValidatedConfig;
import dev.otelint.collector.config.ConfigNode;
import dev.otelint.collector.ottl.ErrorMode;
import dev.otelint.collector.ottl.OttlConfigReader;
import java.util.List;

/**
 * The transform processor's settings (transformprocessor Config): error_mode (default propagate) and a
 * statement list per signal, each item a flat statement or a context group. Statements are compiled by
 * {@link #validate()}, so an invalid one is a config error before anything runs.
 */
public final class TransformConfig implements ValidatedConfig {
    @ConfigKey("error_mode")
    public ErrorMode errorMode = ErrorMode.PROPAGATE;

    @ConfigKey("trace_statements")
    public ConfigNode traceStatements;

    @ConfigKey("metric_statements")
    public ConfigNode metricStatements;

    @ConfigKey("log_statements")
    public ConfigNode logStatements;

    @ConfigKey(value = "flatten_data", supported = false)
    public boolean flattenData;

    private List<StatementGroup> traces = List.of();
    private List<StatementGroup> metrics = List.of();
    private List<StatementGroup> logs = List.of();

    @Override
    public void validate() {
        OttlConfigReader reader = new OttlConfigReader();
        traces = new StatementGroupReader(reader, SignalType.TRACES, errorMode).read(traceStatements, "trace_statements");
        metrics = new StatementGroupReader(reader, SignalType.METRICS, errorMode).read(metricStatements, "metric_statements");
        logs = new StatementGroupReader(reader, SignalType.LOGS, errorMode).read(logStatements, "log_statements");
        reader.throwIfAny();
    }

    List<StatementGroup> groups(SignalType<?> signal) {
        return switch (signal.signal()) {
            case TRACES -> traces;
            case METRICS -> metrics;
            case LOGS -> logs;
        };
    }
}
