package dev.otelint.collector.processor.resourcedetection;

import io.opentelemetry.proto.common.v1.AnyValue;
import io.opentelemetry.proto.common.v1.KeyValue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The system detector: host.name from the first hostname source that answers, os.type, and the other
 * attributes {@code resource_attributes} turns on, in the detector's order; schema URL of semconv 1.6.1.
 */
final class SystemDetector implements Detector {
    static final String SCHEMA_URL = "https://opentelemetry.io/schemas/1.6.1";

    private final HostFacts host;
    private final List<String> hostnameSources;
    private final Set<SystemAttribute> enabled;
    private final Consumer<String> warnings;

    SystemDetector(HostFacts host, SystemDetectorConfig config, Consumer<String> warnings) {
        this.host = host;
        this.hostnameSources = config.sources();
        this.enabled = config.resourceAttributes.enabled();
        this.warnings = warnings;
    }

    @Override
    public String name() {
        return Detectors.SYSTEM;
    }

    @Override
    public DetectedResource detect() {
        String osDescription = enabled.contains(SystemAttribute.OS_DESCRIPTION) ? osDescription() : "";
        Map<String, String> cpu = enabled.stream().anyMatch(SystemAttribute::isCpu) ? host.cpuInfo() : Map.of();
        for (String source : hostnameSources) {
            Optional<String> hostname = hostname(source);
            if (hostname.isPresent()) {
                return new DetectedResource(attributes(hostname.get(), osDescription, cpu), SCHEMA_URL);
            }
        }
        throw new DetectionException("all hostname sources failed to get hostname");
    }

    private List<KeyValue> attributes(String hostname, String osDescription, Map<String, String> cpu) {
        List<KeyValue> out = new ArrayList<>();
        put(out, SystemAttribute.HOST_NAME, hostname);
        put(out, SystemAttribute.OS_TYPE, host.osType());
        put(out, SystemAttribute.OS_VERSION, host.osRelease().getOrDefault("VERSION_ID", ""));
        if (enabled.contains(SystemAttribute.HOST_ID)) {
            Optional<String> id = host.machineId();
            if (id.isPresent()) {
                put(out, SystemAttribute.HOST_ID, id.get());
            } else {
                warnings.accept("failed to get host ID");
            }
        }
        put(out, SystemAttribute.HOST_ARCH, host.hostArch());
        put(out, SystemAttribute.OS_DESCRIPTION, osDescription);
        if (!cpu.isEmpty()) {
            put(out, SystemAttribute.HOST_CPU_VENDOR_ID, cpu.getOrDefault("vendor_id", ""));
            put(out, SystemAttribute.HOST_CPU_FAMILY, cpu.getOrDefault("cpu family", ""));
            if (!cpu.getOrDefault("model", "").isEmpty()) {
                put(out, SystemAttribute.HOST_CPU_MODEL_ID, cpu.get("model"));
            }
            put(out, SystemAttribute.HOST_CPU_MODEL_NAME, cpu.getOrDefault("model name", ""));
            put(out, SystemAttribute.HOST_CPU_STEPPING, String.valueOf(leadingInt(cpu.getOrDefault("stepping", ""))));
            if (enabled.contains(SystemAttribute.HOST_CPU_CACHE_L2_SIZE)) {
                out.add(KeyValue.newBuilder().setKey(SystemAttribute.HOST_CPU_CACHE_L2_SIZE.key).setValue(AnyValue
                        .newBuilder().setIntValue(leadingInt(cpu.getOrDefault("cache size", "")))).build());
            }
        }
        return out;
    }

    private void put(List<KeyValue> out, SystemAttribute attribute, String value) {
        if (enabled.contains(attribute)) {
            out.add(KeyValue.newBuilder().setKey(attribute.key)
                    .setValue(AnyValue.newBuilder().setStringValue(value)).build());
        }
    }

    /** gopsutil reads "1024 KB" as 1024 and a missing or odd value as 0. */
    private static long leadingInt(String text) {
        String digits = text.strip().split("\\s+")[0];
        return digits.matches("\\d{1,18}") ? Long.parseLong(digits) : 0;
    }

    private Optional<String> hostname(String source) {
        try {
            return switch (source) {
                case "os" -> Optional.of(host.hostname());
                case "dns" -> host.canonicalHostname();
                case "lookup" -> host.reverseLookup(host.hostname());
                default -> Optional.empty(); // cname is refused when the config is read
            };
        } catch (Exception e) {
            return Optional.empty(); // the next source is tried, as the detector does
        }
    }

    /** The Go SDK's os.description: os-release's name and version, then uname in parentheses. */
    private String osDescription() {
        String uname;
        try {
            uname = host.uname();
        } catch (Exception e) {
            throw new DetectionException("failed getting OS description: " + e.getMessage());
        }
        String release = OsRelease.description(host.osRelease());
        return release.isEmpty() ? uname : release + " (" + uname + ")";
    }
}
