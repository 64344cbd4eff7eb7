package dev.otelint.collector.receiver.filelog.severity;

import dev.otelint.collector.component.ConfigKey;
import dev.otelint.collector.config.ConfigNode;

/** stanza's severity settings (the severity_parser operator and a parser's embedded {@code severity}). */
public class SeverityConfig {
    @ConfigKey("parse_from")
    public String parseFrom;

    /** default (with aliases such as warning, err), otel (names and 1-24 only) or none. */
    @ConfigKey("preset")
    public String preset = "default";

    /** severity -> value, list of values, "2xx"-style HTTP range, or {min, max}. */
    @ConfigKey("mapping")
    public ConfigNode mapping;

    /** Text becomes the severity's name (WARN) instead of the value read, when the value mapped. */
    @ConfigKey("overwrite_text")
    public boolean overwriteText;
}
