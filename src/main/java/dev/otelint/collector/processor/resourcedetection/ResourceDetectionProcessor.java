package dev.otelint.collector.processor.resourcedetection;

import com.google.protobuf.Message;
import dev.otelint.collector.component.ComponentSettings;
import dev.otelint.collector.component.Host;
import dev.otelint.collector.component.Processor;
import dev.otelint.collector.component.SignalType;
import dev.otelint.collector.component.TelemetryConsumer;
import dev.otelint.records.AnyValues;
import dev.otelint.report.BadInputException;
import io.opentelemetry.proto.common.v1.KeyValue;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Detects the resource once, at start (as the collector does), then merges it into every resource of the
 * data it passes on. A detection that fails stops the collector's start with the detector's error.
 */
final class ResourceDetectionProcessor<T extends Message> implements Processor<T> {
    private final SignalType<T> signal;
    private final ComponentSettings settings;
    private final Supplier<ResourceDetection> detection;
    private final boolean override;
    private final TelemetryConsumer<T> next;
    private volatile Processor<T> merging;

    ResourceDetectionProcessor(SignalType<T> signal, ComponentSettings settings, Supplier<ResourceDetection> detection,
                               boolean override, TelemetryConsumer<T> next) {
        this.signal = signal;
        this.settings = settings;
        this.detection = detection;
        this.override = override;
        this.next = next;
    }

    @Override
    public void start(Host host) {
        host.log().info("began detecting resource information", settings.fields(signal));
        DetectedResource detected;
        try {
            detected = detection.get().run();
        } catch (DetectionException e) {
            throw new BadInputException("processors::" + settings.id() + ": failed to start: " + e.getMessage(), e);
        }
        host.log().info("detected resource information", "{\"resource\": " + json(detected) + "}");
        merging = new ResourceMerge(detected, override).processor(signal, next);
    }

    @Override
    public void consume(T data) {
        Processor<T> current = merging;
        if (current == null) {
            throw new IllegalStateException("processor " + settings.id() + " got data before it started");
        }
        current.consume(data);
    }

    private static String json(DetectedResource resource) {
        return resource.attributes().stream().map(ResourceDetectionProcessor::jsonField)
                .collect(Collectors.joining(", ", "{", "}"));
    }

    private static String jsonField(KeyValue kv) {
        return "\"" + kv.getKey() + "\": \"" + AnyValues.asString(kv.getValue()).replace("\"", "\\\"") + "\"";
    }
}
