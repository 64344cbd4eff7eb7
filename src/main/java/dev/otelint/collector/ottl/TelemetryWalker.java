package dev.otelint.collector.ottl;

import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.Message;
import io.opentelemetry.proto.collector.logs.v1.ExportLogsServiceRequest;
import io.opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceRequest;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import io.opentelemetry.proto.logs.v1.ResourceLogs;
import io.opentelemetry.proto.logs.v1.ScopeLogs;
import io.opentelemetry.proto.metrics.v1.Metric;
import io.opentelemetry.proto.metrics.v1.ResourceMetrics;
import io.opentelemetry.proto.metrics.v1.ScopeMetrics;
import io.opentelemetry.proto.trace.v1.ResourceSpans;
import io.opentelemetry.proto.trace.v1.ScopeSpans;
import io.opentelemetry.proto.trace.v1.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * Visits every element of one context in an export request's builder (every span, every data point...),
 * with the elements above it in the {@link TransformContext}, and removes those the action asks to drop.
 * Changes are committed per resource; the caller builds the request once.
 */
public final class TelemetryWalker {

    /** Runs on one element; returns true to remove it. */
    @FunctionalInterface
    public interface Action {
        boolean apply(TransformContext ctx);
    }

    private TelemetryWalker() {}

    public static void traces(ExportTraceServiceRequest.Builder request, OttlContext context, Action action) {
        for (ResourceSpans.Builder rs : request.getResourceSpansBuilderList()) {
            TransformContext ctx = new TransformContext().with(OttlContext.RESOURCE, rs.getResourceBuilder());
            if (context == OttlContext.RESOURCE) {
                action.apply(ctx);
            } else {
                for (ScopeSpans.Builder ss : rs.getScopeSpansBuilderList()) {
                    ctx.with(OttlContext.SCOPE, ss.getScopeBuilder());
                    if (context == OttlContext.SCOPE) {
                        action.apply(ctx);
                    } else {
                        removeIf(ss, "spans", b -> span(ctx, (Span.Builder) b, context, action));
                    }
                }
            }
            ctx.commit();
        }
    }

    private static boolean span(TransformContext ctx, Span.Builder span, OttlContext context, Action action) {
        ctx.with(OttlContext.SPAN, span);
        if (context == OttlContext.SPAN) {
            return apply(ctx, context, action);
        }
        removeIf(span, "events", e -> apply(ctx.with(OttlContext.SPANEVENT, e), context, action));
        ctx.view(OttlContext.SPAN).commit(); // a spanevent statement may change its span
        return false;
    }

    public static void metrics(ExportMetricsServiceRequest.Builder request, OttlContext context, Action action) {
        for (ResourceMetrics.Builder rm : request.getResourceMetricsBuilderList()) {
            TransformContext ctx = new TransformContext().with(OttlContext.RESOURCE, rm.getResourceBuilder());
            if (context == OttlContext.RESOURCE) {
                action.apply(ctx);
            } else {
                for (ScopeMetrics.Builder sm : rm.getScopeMetricsBuilderList()) {
                    ctx.with(OttlContext.SCOPE, sm.getScopeBuilder());
                    if (context == OttlContext.SCOPE) {
                        action.apply(ctx);
                    } else {
                        removeIf(sm, "metrics", b -> metric(ctx, (Metric.Builder) b, context, action));
                    }
                }
            }
            ctx.commit();
        }
    }

    // a metric whose data points are all removed is removed too, as the filter processor does
    private static boolean metric(TransformContext ctx, Metric.Builder metric, OttlContext context, Action action) {
        ctx.with(OttlContext.METRIC, metric);
        if (context == OttlContext.METRIC) {
            return apply(ctx, context, action);
        }
        FieldDescriptor data = metric.getDataCase() == Metric.DataCase.DATA_NOT_SET ? null
                : metric.getDescriptorForType().findFieldByNumber(metric.getDataCase().getNumber());
        if (data == null) {
            return false;
        }
        Message.Builder points = metric.getFieldBuilder(data);
        boolean empty = removeIf(points, "data_points", p -> apply(ctx.with(OttlContext.DATAPOINT, p), context, action));
        ctx.view(OttlContext.METRIC).commit(); // a datapoint statement may change its metric
        return empty;
    }

    public static void logs(ExportLogsServiceRequest.Builder request, OttlContext context, Action action) {
        for (ResourceLogs.Builder rl : request.getResourceLogsBuilderList()) {
            TransformContext ctx = new TransformContext().with(OttlContext.RESOURCE, rl.getResourceBuilder());
            if (context == OttlContext.RESOURCE) {
                action.apply(ctx);
            } else {
                for (ScopeLogs.Builder sl : rl.getScopeLogsBuilderList()) {
                    ctx.with(OttlContext.SCOPE, sl.getScopeBuilder());
                    if (context == OttlContext.SCOPE) {
                        action.apply(ctx);
                    } else {
                        removeIf(sl, "log_records", b -> apply(ctx.with(OttlContext.LOG, b), context, action));
                    }
                }
            }
            ctx.commit();
        }
    }

    // the element's changes go into its builder at once: removeIf builds the elements it keeps
    private static boolean apply(TransformContext ctx, OttlContext context, Action action) {
        boolean remove = action.apply(ctx);
        ctx.view(context).commit();
        return remove;
    }

    /** Removes scopes without elements and resources without scopes (after a filter). */
    public static void prune(ExportTraceServiceRequest.Builder request) {
        for (ResourceSpans.Builder rs : request.getResourceSpansBuilderList()) {
            removeIf(rs, "scope_spans", ss -> ((ScopeSpans.Builder) ss).getSpansCount() == 0);
        }
        removeIf(request, "resource_spans", rs -> ((ResourceSpans.Builder) rs).getScopeSpansCount() == 0);
    }

    public static void prune(ExportMetricsServiceRequest.Builder request) {
        for (ResourceMetrics.Builder rm : request.getResourceMetricsBuilderList()) {
            removeIf(rm, "scope_metrics", sm -> ((ScopeMetrics.Builder) sm).getMetricsCount() == 0);
        }
        removeIf(request, "resource_metrics", rm -> ((ResourceMetrics.Builder) rm).getScopeMetricsCount() == 0);
    }

    public static void prune(ExportLogsServiceRequest.Builder request) {
        for (ResourceLogs.Builder rl : request.getResourceLogsBuilderList()) {
            removeIf(rl, "scope_logs", sl -> ((ScopeLogs.Builder) sl).getLogRecordsCount() == 0);
        }
        removeIf(request, "resource_logs", rl -> ((ResourceLogs.Builder) rl).getScopeLogsCount() == 0);
    }

    /**
     * Applies {@code remove} to each element builder of a repeated field and drops those it answers true for;
     * true when the field is left empty and was not before.
     */
    private static boolean removeIf(Message.Builder parent, String field, ElementTest remove) {
        FieldDescriptor fd = parent.getDescriptorForType().findFieldByName(field);
        int count = parent.getRepeatedFieldCount(fd);
        List<Message> kept = new ArrayList<>(count);
        boolean removed = false;
        for (int i = 0; i < count; i++) {
            Message.Builder element = parent.getRepeatedFieldBuilder(fd, i);
            if (remove.test(element)) {
                removed = true;
            } else {
                kept.add(element.build());
            }
        }
        if (removed) {
            parent.clearField(fd);
            kept.forEach(m -> parent.addRepeatedField(fd, m));
        }
        return removed && kept.isEmpty();
    }

    @FunctionalInterface
    private interface ElementTest {
        boolean test(Message.Builder element);
    }
}
