package dev.otelint.collector.processor.attributes;

import dev.otelint.records.AnyValues;
import io.opentelemetry.proto.collector.logs.v1.ExportLogsServiceRequest;
import io.opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceRequest;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import io.opentelemetry.proto.logs.v1.LogRecord;
import io.opentelemetry.proto.logs.v1.ResourceLogs;
import io.opentelemetry.proto.logs.v1.ScopeLogs;
import io.opentelemetry.proto.metrics.v1.Metric;
import io.opentelemetry.proto.metrics.v1.ResourceMetrics;
import io.opentelemetry.proto.metrics.v1.ScopeMetrics;
import io.opentelemetry.proto.trace.v1.ResourceSpans;
import io.opentelemetry.proto.trace.v1.ScopeSpans;
import io.opentelemetry.proto.trace.v1.Span;

/**
 * Applies the actions to the attributes of each span, log record or metric data point that include/exclude
 * accept, building new messages (the input is immutable and may be shared with other pipelines).
 */
final class AttributesRewriter implements RequestRewrite {
    private final AttributeActions actions;
    private final RecordFilter filter;

    AttributesRewriter(AttributeActions actions, RecordFilter filter) {
        this.actions = actions;
        this.filter = filter;
    }

    @Override
    public ExportTraceServiceRequest traces(ExportTraceServiceRequest request) {
        ExportTraceServiceRequest.Builder out = request.toBuilder();
        for (ResourceSpans.Builder rs : out.getResourceSpansBuilderList()) {
            for (ScopeSpans.Builder ss : rs.getScopeSpansBuilderList()) {
                for (Span.Builder span : ss.getSpansBuilderList()) {
                    if (filter.accepts(MatchContext.span(rs.getResource().getAttributesList(), ss.getScope(),
                            span.getAttributesList(), span.getName(), span.getKind().name()))) {
                        actions.applyTo(span);
                    }
                }
            }
        }
        return out.build();
    }

    @Override
    public ExportLogsServiceRequest logs(ExportLogsServiceRequest request) {
        ExportLogsServiceRequest.Builder out = request.toBuilder();
        for (ResourceLogs.Builder rl : out.getResourceLogsBuilderList()) {
            for (ScopeLogs.Builder sl : rl.getScopeLogsBuilderList()) {
                for (LogRecord.Builder log : sl.getLogRecordsBuilderList()) {
                    if (filter.accepts(MatchContext.log(rl.getResource().getAttributesList(), sl.getScope(),
                            log.getAttributesList(), AnyValues.asString(log.getBody()), log.getSeverityText()))) {
                        actions.applyTo(log);
                    }
                }
            }
        }
        return out.build();
    }

    @Override
    public ExportMetricsServiceRequest metrics(ExportMetricsServiceRequest request) {
        ExportMetricsServiceRequest.Builder out = request.toBuilder();
        for (ResourceMetrics.Builder rm : out.getResourceMetricsBuilderList()) {
            for (ScopeMetrics.Builder sm : rm.getScopeMetricsBuilderList()) {
                for (Metric.Builder metric : sm.getMetricsBuilderList()) {
                    if (filter.accepts(MatchContext.metric(rm.getResource().getAttributesList(), metric.getName()))) {
                        dataPoints(metric).forEach(actions::applyTo);
                    }
                }
            }
        }
        return out.build();
    }

    private static java.util.List<? extends com.google.protobuf.Message.Builder> dataPoints(Metric.Builder metric) {
        return switch (metric.getDataCase()) {
            case GAUGE -> metric.getGaugeBuilder().getDataPointsBuilderList();
            case SUM -> metric.getSumBuilder().getDataPointsBuilderList();
            case HISTOGRAM -> metric.getHistogramBuilder().getDataPointsBuilderList();
            case EXPONENTIAL_HISTOGRAM -> metric.getExponentialHistogramBuilder().getDataPointsBuilderList();
            case SUMMARY -> metric.getSummaryBuilder().getDataPointsBuilderList();
            case DATA_NOT_SET -> java.util.List.of();
        };
    }
}
