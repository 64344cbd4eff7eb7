package dev.otelint.collector.exporter.opensearch;

import dev.otelint.collector.component.ConfigKey;
import java.util.Map;
import java.util.Set;

/** The exporter's {@code mapping} block. otelint encodes the ss4o mode; the other modes are refused by name. */
public final class MappingConfig {
    static final String SS4O = "ss4o";
    /** The modes opensearchexporter knows besides ss4o (config.go mappingModes). */
    private static final Set<String> OTHER_CONTRIB_MODES = Set.of("ecs", "flatten_attributes", "bodymap", "otel-v1");

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

    void validate() {
        if (OTHER_CONTRIB_MODES.contains(mode)) {
            // flatten_attributes writes logs in the Log Data Model (top-level resource and record attributes,
            // TraceId, SeverityText...), a second document shape otelint does not build yet.
            throw new IllegalArgumentException("mapping.mode \"" + mode + "\" is known to otelcol-contrib, "
                    + "not supported by otelint (supported: ss4o)");
        }
        if (!SS4O.equals(mode)) {
            throw new IllegalArgumentException("mapping.mode is invalid"); // opensearchexporter's errMappingModeInvalid
        }
    }
}
