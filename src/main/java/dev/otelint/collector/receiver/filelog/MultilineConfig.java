package dev.otelint.collector.receiver.filelog;

import dev.otelint.collector.component.ConfigKey;

/** stanza's multiline settings: exactly one of the two patterns. */
public class MultilineConfig {
    @ConfigKey("line_start_pattern")
    public String lineStartPattern = "";

    @ConfigKey("line_end_pattern")
    public String lineEndPattern = "";

    @ConfigKey(value = "omit_pattern", supported = false)
    public boolean omitPattern;
}
