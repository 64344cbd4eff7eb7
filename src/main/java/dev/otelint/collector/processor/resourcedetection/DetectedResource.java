package dev.otelint.collector.processor.resourcedetection;

import io.opentelemetry.proto.common.v1.KeyValue;
import java.util.ArrayList;
import java.util.List;

/** Detected resource attributes, in the order the detectors set them, and the schema URL they follow. */
record DetectedResource(List<KeyValue> attributes, String schemaUrl) {
    static final DetectedResource EMPTY = new DetectedResource(List.of(), "");

    DetectedResource {
        attributes = List.copyOf(attributes);
    }

    boolean isEmpty() {
        return attributes.isEmpty();
    }

    /** This resource with {@code later}'s attributes that it lacks: earlier detectors win (MergeResource). */
    DetectedResource mergedWith(DetectedResource later) {
        List<KeyValue> merged = new ArrayList<>(attributes);
        ResourceMerge.mergeInto(merged, later.attributes, false);
        return new DetectedResource(merged, ResourceMerge.schemaUrl(schemaUrl, later.schemaUrl));
    }
}
