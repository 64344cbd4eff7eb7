package dev.otelint.collector.exporter.opensearch;

import dev.otelint.collector.component.ConfigKey;
import java.util.Map;
import java.util.Set;

/**
 * The exporter's {@code mapping} block. otelint encodes the ss4o (default) and flatten_attributes modes; the
 * other modes are refused by name.
 */
public final class MappingConfig {
    static final String SS4O = "ss4o";
    static final String FLATTEN_ATTRIBUTES = "flatten_attributes";
    /** The modes opensearchexporter knows that otelint does not encode (config.go mappingModes). */
    private static final Set<String> OTHER_CONTRIB_MODES = Set.of("ecs", "bodymap", "otel-v1");

    @ConfigKey("mode")
    public String mode = SS4O;

    @ConfigKey(value = "fields", supported = false)
    public Map<String, String> fields = Map.of();

    @ConfigKey(value = "file", supported = false)
    public String file = "";

    @ConfigKey(value = "timestamp_field", supported = false)
    public String timestampField = "";

    @ConfigKey(value = "unix_timestamp", supported = false)
    public boolean unixTimestamp = false;

    @ConfigKey(value = "dedup", supported = false)
    public boolean dedup = false;

    @ConfigKey(value = "dedot", supported = false)
    public boolean dedot = false;

    boolean flattenAttributes() {
        return FLATTEN_ATTRIBUTES.equals(mode);
    }

    void validate() {
        if (OTHER_CONTRIB_MODES.contains(mode)) {
            throw new IllegalArgumentException("mapping.mode \"" + mode + "\" is known to otelcol-contrib, "
                    + "not supported by otelint (supported: ss4o, flatten_attributes)");
        }
        if (!SS4O.equals(mode) && !FLATTEN_ATTRIBUTES.equals(mode)) {
            throw new IllegalArgumentException("mapping.mode is invalid"); // opensearchexporter's errMappingModeInvalid
        }
    }
}
