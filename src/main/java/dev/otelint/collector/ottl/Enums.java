package dev.otelint.collector.ottl;

import com.google.protobuf.Descriptors.EnumDescriptor;
import com.google.protobuf.Descriptors.EnumValueDescriptor;
import io.opentelemetry.proto.logs.v1.SeverityNumber;
import io.opentelemetry.proto.metrics.v1.AggregationTemporality;
import io.opentelemetry.proto.trace.v1.Span;
import io.opentelemetry.proto.trace.v1.Status;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;

/**
 * OTTL's enum symbols and their int64 values, per context as each OTTL context defines them: span and
 * spanevent know SPAN_KIND_* and STATUS_CODE_*, log knows SEVERITY_NUMBER_*, metric and datapoint know
 * METRIC_DATA_TYPE_* and AGGREGATION_TEMPORALITY_* (datapoint also FLAG_*); resource and scope know none.
 * The names are the OTLP proto's, so they are read from its enums.
 */
final class Enums {
    private static final Map<OttlContext, Map<String, Long>> BY_CONTEXT = new EnumMap<>(OttlContext.class);

    static {
        Map<String, Long> spans = from(Span.SpanKind.getDescriptor(), Status.StatusCode.getDescriptor());
        Map<String, Long> logs = from(SeverityNumber.getDescriptor());
        Map<String, Long> metrics = from(AggregationTemporality.getDescriptor());
        String[] metricTypes = {"EMPTY", "GAUGE", "SUM", "HISTOGRAM", "EXPONENTIAL_HISTOGRAM", "SUMMARY"};
        for (int i = 0; i < metricTypes.length; i++) {
            metrics.put("METRIC_DATA_TYPE_" + metricTypes[i], (long) i); // pmetric.MetricType
        }
        Map<String, Long> points = new HashMap<>(metrics);
        points.put("FLAG_NONE", 0L);
        points.put("FLAG_NO_RECORDED_VALUE", 1L);
        BY_CONTEXT.put(OttlContext.SPAN, spans);
        BY_CONTEXT.put(OttlContext.SPANEVENT, spans);
        BY_CONTEXT.put(OttlContext.LOG, logs);
        BY_CONTEXT.put(OttlContext.METRIC, metrics);
        BY_CONTEXT.put(OttlContext.DATAPOINT, points);
    }

    private Enums() {}

    private static Map<String, Long> from(EnumDescriptor... enums) {
        Map<String, Long> values = new HashMap<>();
        for (EnumDescriptor e : enums) {
            for (EnumValueDescriptor v : e.getValues()) {
                values.put(v.getName(), (long) v.getNumber());
            }
        }
        return values;
    }

    /** The value of a symbol in a context, or null when that context has no such symbol. */
    static Long value(String symbol, OttlContext context) {
        return BY_CONTEXT.getOrDefault(context, Map.of()).get(symbol);
    }
}
