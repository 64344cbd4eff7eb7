package dev.otelint.collector.processor.resourcedetection;

import dev.otelint.collector.component.ConfigKey;
import dev.otelint.collector.component.ValidatedConfig;
import dev.otelint.collector.config.ConfigException;
import dev.otelint.collector.config.ConfigNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The resourcedetection processor's settings (resourcedetectionprocessor's Config): the detectors in order,
 * whether detected attributes replace the data's own, the detection timeout, and per-detector sections.
 */
public final class ResourceDetectionConfig implements ValidatedConfig {
    /** Kept raw so that an unsupported detector is reported where it is written. */
    @ConfigKey("detectors")
    public ConfigNode detectors;

    @ConfigKey("override")
    public boolean override = true; // resourcedetectionprocessor: createDefaultConfig

    /** confighttp's timeout, squashed into the processor's config: how long detection may take. */
    @ConfigKey("timeout")
    public Duration timeout = Duration.ofSeconds(5);

    @ConfigKey(value = "refresh_interval", supported = false)
    public Duration refreshInterval = Duration.ZERO;

    /** Applies to network detectors only (cloud metadata services); env and system never read one. */
    @ConfigKey("fail_on_missing_metadata")
    public boolean failOnMissingMetadata;

    @ConfigKey("system")
    public SystemDetectorConfig system = new SystemDetectorConfig();

    @ConfigKey("env")
    public EnvDetectorConfig env = new EnvDetectorConfig();

    /** The detectors' names as written (trimmed, as the factory does); [env] by default. */
    public List<ConfigItem> detectorNames() {
        if (detectors == null || ConfigItem.isNull(detectors)) {
            return List.of(new ConfigItem(Detectors.ENV, null));
        }
        return ConfigItem.strings(detectors, "detectors").stream()
                .map(item -> new ConfigItem(item.value().strip(), item.source())).toList();
    }

    @Override
    public void validate() {
        List<ConfigException> problems = new ArrayList<>();
        try {
            for (ConfigItem name : detectorNames()) {
                String problem = Detectors.problem(name.value());
                if (problem != null) {
                    problems.add(new ConfigException(problem, name.source()));
                }
            }
        } catch (ConfigException e) {
            problems.add(e);
        }
        try {
            system.validateSources();
        } catch (ConfigException e) {
            problems.add(e);
        }
        if (!problems.isEmpty()) {
            ConfigException first = problems.get(0);
            problems.subList(1, problems.size()).forEach(first::addSuppressed);
            throw first;
        }
        system.resourceAttributes.validate();
    }
}
