package dev.otelint.collector.processor.resource;

import dev.otelint.collector.processor.attributes.AttributeActions;
import dev.otelint.collector.processor.attributes.RequestRewrite;
import io.opentelemetry.proto.collector.logs.v1.ExportLogsServiceRequest;
import io.opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceRequest;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import io.opentelemetry.proto.resource.v1.Resource;

/** Applies the actions to every resource of a request, in a new message. */
final class ResourceRewriter implements RequestRewrite {
    private final AttributeActions actions;

    ResourceRewriter(AttributeActions actions) {
        this.actions = actions;
    }

    @Override
    public ExportTraceServiceRequest traces(ExportTraceServiceRequest request) {
        ExportTraceServiceRequest.Builder out = request.toBuilder();
        out.getResourceSpansBuilderList().forEach(r -> rewrite(r.getResourceBuilder()));
        return out.build();
    }

    @Override
    public ExportMetricsServiceRequest metrics(ExportMetricsServiceRequest request) {
        ExportMetricsServiceRequest.Builder out = request.toBuilder();
        out.getResourceMetricsBuilderList().forEach(r -> rewrite(r.getResourceBuilder()));
        return out.build();
    }

    @Override
    public ExportLogsServiceRequest logs(ExportLogsServiceRequest request) {
        ExportLogsServiceRequest.Builder out = request.toBuilder();
        out.getResourceLogsBuilderList().forEach(r -> rewrite(r.getResourceBuilder()));
        return out.build();
    }

    private void rewrite(Resource.Builder resource) {
        actions.applyTo(resource);
    }
}
