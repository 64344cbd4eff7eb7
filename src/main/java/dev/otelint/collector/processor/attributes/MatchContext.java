package dev.otelint.collector.processor.attributes;

import io.opentelemetry.proto.common.v1.InstrumentationScope;
import io.opentelemetry.proto.common.v1.KeyValue;
import java.util.List;

/**
 * What include/exclude can see of one span, log record or metric; a field the signal does not have is null
 * and the property that reads it is not checked.
 */
record MatchContext(List<KeyValue> resource, InstrumentationScope scope, List<KeyValue> attributes,
                    String spanName, String spanKind, String logBody, String severityText, String metricName) {

    static MatchContext span(List<KeyValue> resource, InstrumentationScope scope, List<KeyValue> attributes,
                             String name, String kind) {
        return new MatchContext(resource, scope, attributes, name, kind, null, null, null);
    }

    static MatchContext log(List<KeyValue> resource, InstrumentationScope scope, List<KeyValue> attributes,
                            String body, String severityText) {
        return new MatchContext(resource, scope, attributes, null, null, body, severityText, null);
    }

    static MatchContext metric(List<KeyValue> resource, String name) {
        return new MatchContext(resource, null, null, null, null, null, null, name);
    }

    boolean isMetric() {
        return metricName != null;
    }
}
