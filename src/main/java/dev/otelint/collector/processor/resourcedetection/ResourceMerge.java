package dev.otelint.collector.processor.resourcedetection;

import dev.otelint.collector.processor.attributes.RequestRewrite;
import io.opentelemetry.proto.collector.logs.v1.ExportLogsServiceRequest;
import io.opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceRequest;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import io.opentelemetry.proto.common.v1.KeyValue;
import io.opentelemetry.proto.resource.v1.Resource;
import java.util.ArrayList;
import java.util.List;

/**
 * Merges the detected resource into every resource of a request, as resourcedetectionprocessor does: with
 * {@code override} a detected key replaces the data's value in place, without it only missing keys are
 * added; the data's schema URL is kept, or the detected one set when it has none.
 */
final class ResourceMerge implements RequestRewrite {
    private final DetectedResource detected;
    private final boolean override;

    ResourceMerge(DetectedResource detected, boolean override) {
        this.detected = detected;
        this.override = override;
    }

    @Override
    public ExportTraceServiceRequest traces(ExportTraceServiceRequest request) {
        ExportTraceServiceRequest.Builder out = request.toBuilder();
        out.getResourceSpansBuilderList().forEach(r -> {
            r.setSchemaUrl(schemaUrl(r.getSchemaUrl(), detected.schemaUrl()));
            merge(r.getResourceBuilder());
        });
        return out.build();
    }

    @Override
    public ExportMetricsServiceRequest metrics(ExportMetricsServiceRequest request) {
        ExportMetricsServiceRequest.Builder out = request.toBuilder();
        out.getResourceMetricsBuilderList().forEach(r -> {
            r.setSchemaUrl(schemaUrl(r.getSchemaUrl(), detected.schemaUrl()));
            merge(r.getResourceBuilder());
        });
        return out.build();
    }

    @Override
    public ExportLogsServiceRequest logs(ExportLogsServiceRequest request) {
        ExportLogsServiceRequest.Builder out = request.toBuilder();
        out.getResourceLogsBuilderList().forEach(r -> {
            r.setSchemaUrl(schemaUrl(r.getSchemaUrl(), detected.schemaUrl()));
            merge(r.getResourceBuilder());
        });
        return out.build();
    }

    private void merge(Resource.Builder resource) {
        if (detected.isEmpty()) {
            return;
        }
        List<KeyValue> attributes = new ArrayList<>(resource.getAttributesList());
        mergeInto(attributes, detected.attributes(), override);
        resource.clearAttributes().addAllAttributes(attributes);
    }

    /** Adds {@code from} to {@code to}: a key {@code to} has is replaced in place with override, else kept. */
    static void mergeInto(List<KeyValue> to, List<KeyValue> from, boolean override) {
        for (KeyValue kv : from) {
            int at = indexOf(to, kv.getKey());
            if (at < 0) {
                to.add(kv);
            } else if (override) {
                to.set(at, kv);
            }
        }
    }

    private static int indexOf(List<KeyValue> attributes, String key) {
        for (int i = 0; i < attributes.size(); i++) {
            if (attributes.get(i).getKey().equals(key)) {
                return i;
            }
        }
        return -1;
    }

    /** internal.MergeSchemaURL: the current URL wins; a different new one is ignored (no schema conversion). */
    static String schemaUrl(String current, String detected) {
        return current.isEmpty() ? detected : current;
    }
}
