package dev.otelint.collector.processor.attributes;

import dev.otelint.collector.component.ConfigKey;
import dev.otelint.collector.component.ValidatedConfig;
import java.util.List;

/** The attributes processor's settings: {@code actions}, and optional {@code include} / {@code exclude}. */
public final class AttributesConfig implements ValidatedConfig {
    @ConfigKey("actions")
    public List<ActionConfig> actions = List.of();

    @ConfigKey("include")
    public MatchProperties include;

    @ConfigKey("exclude")
    public MatchProperties exclude;

    @Override
    public void validate() {
        if (actions.isEmpty()) {
            // attributesprocessor's factory
            throw new IllegalArgumentException("error creating \"attributes\" processor due to missing required field"
                    + " \"actions\"");
        }
        AttributeActions.compile(actions);
        RecordFilter.compile(include, exclude);
    }
}
