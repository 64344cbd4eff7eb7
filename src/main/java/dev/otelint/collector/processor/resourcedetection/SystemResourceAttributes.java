package dev.otelint.collector.processor.resourcedetection;

import dev.otelint.collector.component.ConfigKey;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/** {@code system::resource_attributes}: which attributes the system detector sets. */
public final class SystemResourceAttributes {
    @ConfigKey("host.name")
    public AttributeSwitch hostName = defaultFor(SystemAttribute.HOST_NAME);
    @ConfigKey("os.type")
    public AttributeSwitch osType = defaultFor(SystemAttribute.OS_TYPE);
    @ConfigKey("os.version")
    public AttributeSwitch osVersion = defaultFor(SystemAttribute.OS_VERSION);
    @ConfigKey("host.id")
    public AttributeSwitch hostId = defaultFor(SystemAttribute.HOST_ID);
    @ConfigKey("host.arch")
    public AttributeSwitch hostArch = defaultFor(SystemAttribute.HOST_ARCH);
    @ConfigKey("host.ip")
    public AttributeSwitch hostIp = defaultFor(SystemAttribute.HOST_IP);
    @ConfigKey("host.mac")
    public AttributeSwitch hostMac = defaultFor(SystemAttribute.HOST_MAC);
    @ConfigKey("host.interface")
    public AttributeSwitch hostInterface = defaultFor(SystemAttribute.HOST_INTERFACE);
    @ConfigKey("os.description")
    public AttributeSwitch osDescription = defaultFor(SystemAttribute.OS_DESCRIPTION);
    @ConfigKey("os.name")
    public AttributeSwitch osName = defaultFor(SystemAttribute.OS_NAME);
    @ConfigKey("os.build.id")
    public AttributeSwitch osBuildId = defaultFor(SystemAttribute.OS_BUILD_ID);
    @ConfigKey("host.cpu.vendor.id")
    public AttributeSwitch cpuVendorId = defaultFor(SystemAttribute.HOST_CPU_VENDOR_ID);
    @ConfigKey("host.cpu.family")
    public AttributeSwitch cpuFamily = defaultFor(SystemAttribute.HOST_CPU_FAMILY);
    @ConfigKey("host.cpu.model.id")
    public AttributeSwitch cpuModelId = defaultFor(SystemAttribute.HOST_CPU_MODEL_ID);
    @ConfigKey("host.cpu.model.name")
    public AttributeSwitch cpuModelName = defaultFor(SystemAttribute.HOST_CPU_MODEL_NAME);
    @ConfigKey("host.cpu.stepping")
    public AttributeSwitch cpuStepping = defaultFor(SystemAttribute.HOST_CPU_STEPPING);
    @ConfigKey("host.cpu.cache.l2.size")
    public AttributeSwitch cpuCacheL2Size = defaultFor(SystemAttribute.HOST_CPU_CACHE_L2_SIZE);

    private static AttributeSwitch defaultFor(SystemAttribute attribute) {
        return new AttributeSwitch(attribute.enabledByDefault);
    }

    private Map<SystemAttribute, AttributeSwitch> switches() {
        Map<SystemAttribute, AttributeSwitch> all = new EnumMap<>(SystemAttribute.class);
        all.put(SystemAttribute.HOST_NAME, hostName);
        all.put(SystemAttribute.OS_TYPE, osType);
        all.put(SystemAttribute.OS_VERSION, osVersion);
        all.put(SystemAttribute.HOST_ID, hostId);
        all.put(SystemAttribute.HOST_ARCH, hostArch);
        all.put(SystemAttribute.HOST_IP, hostIp);
        all.put(SystemAttribute.HOST_MAC, hostMac);
        all.put(SystemAttribute.HOST_INTERFACE, hostInterface);
        all.put(SystemAttribute.OS_DESCRIPTION, osDescription);
        all.put(SystemAttribute.OS_NAME, osName);
        all.put(SystemAttribute.OS_BUILD_ID, osBuildId);
        all.put(SystemAttribute.HOST_CPU_VENDOR_ID, cpuVendorId);
        all.put(SystemAttribute.HOST_CPU_FAMILY, cpuFamily);
        all.put(SystemAttribute.HOST_CPU_MODEL_ID, cpuModelId);
        all.put(SystemAttribute.HOST_CPU_MODEL_NAME, cpuModelName);
        all.put(SystemAttribute.HOST_CPU_STEPPING, cpuStepping);
        all.put(SystemAttribute.HOST_CPU_CACHE_L2_SIZE, cpuCacheL2Size);
        return all;
    }

    /** The enabled attributes, in the detector's order. */
    Set<SystemAttribute> enabled() {
        Set<SystemAttribute> on = EnumSet.noneOf(SystemAttribute.class);
        switches().forEach((attribute, s) -> {
            if (s.enabled) {
                on.add(attribute);
            }
        });
        return on;
    }

    void validate() {
        for (SystemAttribute attribute : enabled()) {
            if (!attribute.supported) {
                throw new IllegalArgumentException("system::resource_attributes::" + attribute.key
                        + ": is known to otelcol-contrib, not supported by otelint (set enabled: false)");
            }
        }
    }
}
