package dev.otelint.collector.processor.attributes;

import dev.otelint.collector.component.ConfigKey;

/** One entry of an attributes processor's {@code actions} (or the resource processor's {@code attributes}). */
public final class ActionConfig {
    @ConfigKey("key")
    public String key = "";

    /** A string, int, double or bool, typed as written in the YAML. */
    @ConfigKey("value")
    public Object value;

    @ConfigKey("pattern")
    public String pattern = "";

    @ConfigKey("from_attribute")
    public String fromAttribute = "";

    /** Client metadata (HTTP headers, auth): otelint's receivers do not pass it down the pipeline. */
    @ConfigKey(value = "from_context", supported = false)
    public String fromContext = "";

    @ConfigKey("converted_type")
    public String convertedType = "";

    @ConfigKey("action")
    public String action = "";
}
