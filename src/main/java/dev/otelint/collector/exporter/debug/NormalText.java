package dev.otelint.collector.exporter.debug;

import dev.otelint.records.AnyValues;
import io.opentelemetry.proto.collector.logs.v1.ExportLogsServiceRequest;
import io.opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceRequest;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import io.opentelemetry.proto.metrics.v1.Metric;
import io.opentelemetry.proto.metrics.v1.NumberDataPoint;

/**
 * Verbosity normal, about one line per record as the collector writes it: "name traceid spanid k=v" for a
 * span, "body k=v" for a log record, "name{k=v,...} value" for a gauge or sum data point, and
 * "name{...} count=N sum=S" for histograms and summaries.
 */
final class NormalText {

    private NormalText() {}

    static String traces(ExportTraceServiceRequest request) {
        StringBuilder sb = new StringBuilder();
        request.getResourceSpansList().forEach(rs -> rs.getScopeSpansList().forEach(ss -> ss.getSpansList().forEach(span -> {
            sb.append(span.getName()).append(' ').append(DebugText.id(span.getTraceId())).append(' ')
                    .append(DebugText.id(span.getSpanId()));
            if (span.getAttributesCount() > 0) {
                sb.append(' ').append(DebugText.pairs(span.getAttributesList(), " "));
            }
            sb.append('\n');
        })));
        return sb.toString();
    }

    static String logs(ExportLogsServiceRequest request) {
        StringBuilder sb = new StringBuilder();
        request.getResourceLogsList().forEach(rl -> rl.getScopeLogsList().forEach(sl -> sl.getLogRecordsList().forEach(r ->
                sb.append(AnyValues.asString(r.getBody())).append(' ')
                        .append(DebugText.pairs(r.getAttributesList(), " ")).append('\n'))));
        return sb.toString();
    }

    static String metrics(ExportMetricsServiceRequest request) {
        StringBuilder sb = new StringBuilder();
        request.getResourceMetricsList().forEach(rm -> rm.getScopeMetricsList().forEach(sm ->
                sm.getMetricsList().forEach(m -> metric(sb, m))));
        return sb.toString();
    }

    private static void metric(StringBuilder sb, Metric m) {
        switch (m.getDataCase()) {
            case GAUGE -> m.getGauge().getDataPointsList().forEach(p -> number(sb, m, p));
            case SUM -> m.getSum().getDataPointsList().forEach(p -> number(sb, m, p));
            case HISTOGRAM -> m.getHistogram().getDataPointsList().forEach(p -> sb.append(m.getName()).append('{')
                    .append(DebugText.pairs(p.getAttributesList(), ",")).append("} count=")
                    .append(Long.toUnsignedString(p.getCount()))
                    .append(p.hasSum() ? " sum=" + DebugText.shortest(p.getSum()) : "").append('\n'));
            case EXPONENTIAL_HISTOGRAM -> m.getExponentialHistogram().getDataPointsList().forEach(p -> sb.append(m.getName())
                    .append('{').append(DebugText.pairs(p.getAttributesList(), ",")).append("} count=")
                    .append(Long.toUnsignedString(p.getCount()))
                    .append(p.hasSum() ? " sum=" + DebugText.shortest(p.getSum()) : "").append('\n'));
            case SUMMARY -> m.getSummary().getDataPointsList().forEach(p -> sb.append(m.getName()).append('{')
                    .append(DebugText.pairs(p.getAttributesList(), ",")).append("} count=")
                    .append(Long.toUnsignedString(p.getCount())).append(" sum=").append(DebugText.fixed(p.getSum()))
                    .append('\n'));
            case DATA_NOT_SET -> { }
        }
    }

    private static void number(StringBuilder sb, Metric m, NumberDataPoint p) {
        String value = p.getValueCase() == NumberDataPoint.ValueCase.AS_INT ? Long.toString(p.getAsInt())
                : p.getValueCase() == NumberDataPoint.ValueCase.AS_DOUBLE ? DebugText.shortest(p.getAsDouble()) : "";
        sb.append(m.getName()).append('{').append(DebugText.pairs(p.getAttributesList(), ",")).append("} ")
                .append(value).append('\n');
    }
}
