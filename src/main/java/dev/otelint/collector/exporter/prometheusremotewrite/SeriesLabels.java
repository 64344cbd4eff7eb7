package dev.otelint.collector.exporter.prometheusremotewrite;

import dev.otelint.catalog.PrometheusNames;
import dev.otelint.records.AnyValues;
import io.opentelemetry.proto.common.v1.AnyValue;
import io.opentelemetry.proto.common.v1.KeyValue;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The labels of a data point, as translator/prometheusremotewrite createAttributes builds them: attributes in key
 * order with sanitized names (two keys that sanitize alike get their distinct values joined with ';'), then
 * {@code job} from service.namespace/service.name and {@code instance} from service.instance.id, then the
 * external labels the point does not already have.
 */
final class SeriesLabels {
    static final String SERVICE_NAME = "service.name";
    static final String SERVICE_NAMESPACE = "service.namespace";
    static final String SERVICE_INSTANCE_ID = "service.instance.id";
    /** The resource attributes that become job and instance, so target_info leaves them out. */
    static final Set<String> IDENTIFYING = Set.of(SERVICE_NAMESPACE, SERVICE_NAME, SERVICE_INSTANCE_ID);

    private final Map<String, String> externalLabels;
    private final boolean resourceToTelemetry;

    SeriesLabels(Map<String, String> externalLabels, boolean resourceToTelemetry) {
        this.externalLabels = externalLabels;
        this.resourceToTelemetry = resourceToTelemetry;
    }

    /** A data point's labels, without the metric name. */
    TreeMap<String, String> point(List<KeyValue> resource, List<KeyValue> attributes) {
        List<KeyValue> all = attributes;
        if (resourceToTelemetry) { // resourcetotelemetry: resource attributes join the point's, which win
            Map<String, KeyValue> merged = new LinkedHashMap<>();
            resource.forEach(kv -> merged.put(kv.getKey(), kv));
            attributes.forEach(kv -> merged.put(kv.getKey(), kv));
            all = new ArrayList<>(merged.values());
        }
        return build(resource, all, Set.of());
    }

    /** target_info's labels: the resource's attributes but those that became job and instance. */
    TreeMap<String, String> targetInfo(List<KeyValue> resource) {
        return build(resource, resource, IDENTIFYING);
    }

    private TreeMap<String, String> build(List<KeyValue> resource, List<KeyValue> attributes, Set<String> ignored) {
        List<KeyValue> sorted = new ArrayList<>(attributes);
        sorted.sort(Comparator.comparing(KeyValue::getKey));
        TreeMap<String, String> labels = new TreeMap<>();
        for (KeyValue kv : sorted) {
            if (ignored.contains(kv.getKey())) {
                continue;
            }
            String value = AnyValues.asString(kv.getValue());
            labels.merge(PrometheusNames.labelName(kv.getKey()), value,
                    (existing, added) -> existing.equals(added) ? existing : existing + ";" + added);
        }
        String serviceName = find(resource, SERVICE_NAME);
        if (serviceName != null) {
            String namespace = find(resource, SERVICE_NAMESPACE);
            labels.put("job", namespace == null ? serviceName : namespace + "/" + serviceName);
        }
        String instance = find(resource, SERVICE_INSTANCE_ID);
        if (instance != null) {
            labels.put("instance", instance);
        }
        externalLabels.forEach(labels::putIfAbsent);
        return labels;
    }

    private static String find(List<KeyValue> attributes, String key) {
        for (KeyValue kv : attributes) {
            if (kv.getKey().equals(key)) {
                AnyValue value = kv.getValue();
                return AnyValues.asString(value);
            }
        }
        return null;
    }
}
