package dev.otelint.collector.processor.resourcedetection;

import com.google.protobuf.Message;
import dev.otelint.collector.component.ComponentSettings;
import dev.otelint.collector.component.Processor;
import dev.otelint.collector.component.ProcessorFactory;
import dev.otelint.collector.component.SignalType;
import dev.otelint.collector.component.TelemetryConsumer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The "resourcedetection" processor (collector-contrib's resourcedetectionprocessor): traces, metrics, logs. */
public final class ResourceDetectionProcessorFactory implements ProcessorFactory<ResourceDetectionConfig> {
    private final Map<String, String> environment;
    private final HostFacts host;

    public ResourceDetectionProcessorFactory() {
        this(System.getenv(), new LinuxHostFacts(Path.of("/")));
    }

    /** A factory whose detectors read {@code environment} and {@code host} (tests). */
    ResourceDetectionProcessorFactory(Map<String, String> environment, HostFacts host) {
        this.environment = environment;
        this.host = host;
    }

    @Override
    public String type() {
        return "resourcedetection";
    }

    @Override
    public ResourceDetectionConfig createDefaultConfig() {
        return new ResourceDetectionConfig();
    }

    @Override
    public <T extends Message> Processor<T> createProcessor(SignalType<T> signal, ComponentSettings settings,
                                                            ResourceDetectionConfig config, TelemetryConsumer<T> next) {
        return new ResourceDetectionProcessor<>(signal, settings, () -> detection(config, settings), config.override,
                next);
    }

    private ResourceDetection detection(ResourceDetectionConfig config, ComponentSettings settings) {
        List<Detector> detectors = new ArrayList<>();
        for (ConfigItem name : config.detectorNames()) {
            detectors.add(switch (name.value()) {
                case Detectors.ENV -> new EnvDetector(environment, config.env);
                case Detectors.SYSTEM -> new SystemDetector(host, config.system,
                        warning -> settings.log().warn(warning, null));
                default -> throw new IllegalStateException("detector " + name.value() + " passed validation");
            });
        }
        return new ResourceDetection(detectors, config.timeout, (detector, error) -> settings.log().warn(
                "failed to detect resource", "{\"detector\": \"" + detector + "\", \"error\": \""
                        + error.replace("\"", "\\\"") + "\"}"));
    }
}
