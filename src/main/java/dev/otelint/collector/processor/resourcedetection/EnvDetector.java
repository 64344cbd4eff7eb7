package dev.otelint.collector.processor.resourcedetection;

import io.opentelemetry.proto.common.v1.AnyValue;
import io.opentelemetry.proto.common.v1.KeyValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The env detector: resource attributes from OTEL_RESOURCE_ATTRIBUTES (or the older OTEL_RESOURCE), as
 * {@code key1=value1,key2=value2} with percent-encoded values; no schema URL.
 */
final class EnvDetector implements Detector {
    static final String VARIABLE = "OTEL_RESOURCE_ATTRIBUTES";
    static final String DEPRECATED_VARIABLE = "OTEL_RESOURCE";

    private final Map<String, String> environment;
    private final EnvDetectorConfig.KeyFilter filter;

    EnvDetector(Map<String, String> environment, EnvDetectorConfig config) {
        this.environment = environment;
        this.filter = config.attributes;
    }

    @Override
    public String name() {
        return Detectors.ENV;
    }

    @Override
    public DetectedResource detect() {
        String labels = environment.getOrDefault(VARIABLE, "").strip();
        if (labels.isEmpty()) {
            labels = environment.getOrDefault(DEPRECATED_VARIABLE, "").strip();
            if (labels.isEmpty()) {
                return DetectedResource.EMPTY;
            }
        }
        List<KeyValue> attributes = new ArrayList<>();
        ResourceAttributesText.parse(labels).forEach((key, value) -> {
            if (filter.keeps(key)) {
                attributes.add(KeyValue.newBuilder().setKey(key).setValue(AnyValue.newBuilder().setStringValue(value)).build());
            }
        });
        return new DetectedResource(attributes, "");
    }
}
