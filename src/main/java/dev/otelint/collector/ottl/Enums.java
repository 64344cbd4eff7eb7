package dev.otelint.collector.ottl;

import com.google.protobuf.Descriptors.EnumDescriptor;
import com.google.protobuf.Descriptors.EnumValueDescriptor;
import io.opentelemetry.proto.logs.v1.SeverityNumber;
import io.opentelemetry.proto.metrics.v1.AggregationTemporality;
import io.opentelemetry.proto.trace.v1.Span;
import io.opentelemetry.proto.trace.v1.Status;
import java.util.HashMap;
import java.util.Map;

/**
 * OTTL's enum symbols and their int64 values. The contexts name them as the OTLP proto does
 * (SPAN_KIND_SERVER, STATUS_CODE_ERROR, SEVERITY_NUMBER_WARN, AGGREGATION_TEMPORALITY_DELTA), so they are
 * read from the proto's enums; METRIC_DATA_TYPE_* is the metric context's own (pmetric.MetricType).
 */
final class Enums {
    private static final Map<String, Long> VALUES = new HashMap<>();

    static {
        for (EnumDescriptor e : new EnumDescriptor[] {Span.SpanKind.getDescriptor(),
                Status.StatusCode.getDescriptor(), SeverityNumber.getDescriptor(),
                AggregationTemporality.getDescriptor()}) {
            for (EnumValueDescriptor v : e.getValues()) {
                VALUES.put(v.getName(), (long) v.getNumber());
            }
        }
        String[] metricTypes = {"EMPTY", "GAUGE", "SUM", "HISTOGRAM", "EXPONENTIAL_HISTOGRAM", "SUMMARY"};
        for (int i = 0; i < metricTypes.length; i++) {
            VALUES.put("METRIC_DATA_TYPE_" + metricTypes[i], (long) i);
        }
    }

    private Enums() {}

    /** The value of a symbol, or null when OTTL has no such symbol. */
    static Long value(String symbol) {
        return VALUES.get(symbol);
    }
}
