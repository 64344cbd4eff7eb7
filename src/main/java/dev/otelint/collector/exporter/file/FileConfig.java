package dev.otelint.collector.exporter.file;

import dev.otelint.collector.component.ConfigKey;
import dev.otelint.collector.component.ValidatedConfig;
import java.time.Duration;

/** The file exporter's settings, names, defaults and checks as in the collector's fileexporter. */
public final class FileConfig implements ValidatedConfig {
    @ConfigKey("path")
    public String path = "";

    /** json: one OTLP/JSON export request per line; proto: each request preceded by its length (4 bytes, big-endian). */
    @ConfigKey("format")
    public String format = "json";

    /** null: no rotation (the key absent); "rotation:" alone turns it on with the defaults. */
    @ConfigKey("rotation")
    public RotationConfig rotation;

    @ConfigKey("flush_interval")
    public Duration flushInterval = Duration.ofSeconds(1);

    /** false: the file is truncated at start. */
    @ConfigKey("append")
    public boolean append = false;

    @ConfigKey(value = "compression", supported = false)
    public String compression = "";

    @ConfigKey(value = "encoding", supported = false)
    public String encoding = "";

    @ConfigKey(value = "group_by", supported = false)
    public GroupByConfig groupBy = new GroupByConfig();

    @Override
    public void validate() {
        if (path.isEmpty()) {
            throw new IllegalArgumentException("path must be non-empty");
        }
        if (!format.equals("json") && !format.equals("proto")) {
            throw new IllegalArgumentException("format type is not supported");
        }
        if (!compression.isEmpty() && !compression.equals("zstd")) {
            throw new IllegalArgumentException("compression is not supported");
        }
        if (flushInterval.isNegative()) {
            throw new IllegalArgumentException("flush_interval must be larger than zero");
        }
    }
}
