package dev.otelint.collector.processor.resourcedetection;

/**
 * The system detector's resource attributes, in the order the detector sets them, with contrib's defaults
 * (host.name and os.type on, the rest off) and whether otelint can read them.
 */
enum SystemAttribute {
    HOST_NAME("host.name", true, true),
    OS_TYPE("os.type", true, true),
    OS_VERSION("os.version", false, true),
    HOST_ID("host.id", false, true),
    HOST_ARCH("host.arch", false, true),
    HOST_IP("host.ip", false, false),
    HOST_MAC("host.mac", false, false),
    HOST_INTERFACE("host.interface", false, false),
    OS_DESCRIPTION("os.description", false, true),
    OS_NAME("os.name", false, false),
    OS_BUILD_ID("os.build.id", false, false),
    HOST_CPU_VENDOR_ID("host.cpu.vendor.id", false, true),
    HOST_CPU_FAMILY("host.cpu.family", false, true),
    HOST_CPU_MODEL_ID("host.cpu.model.id", false, true),
    HOST_CPU_MODEL_NAME("host.cpu.model.name", false, true),
    HOST_CPU_STEPPING("host.cpu.stepping", false, true),
    HOST_CPU_CACHE_L2_SIZE("host.cpu.cache.l2.size", false, true);

    final String key;
    final boolean enabledByDefault;
    final boolean supported;

    SystemAttribute(String key, boolean enabledByDefault, boolean supported) {
        this.key = key;
        this.enabledByDefault = enabledByDefault;
        this.supported = supported;
    }

    boolean isCpu() {
        return key.startsWith("host.cpu.");
    }
}
