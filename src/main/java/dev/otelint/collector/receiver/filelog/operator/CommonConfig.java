package dev.otelint.collector.receiver.filelog.operator;

import dev.otelint.collector.component.ConfigKey;
import dev.otelint.collector.config.ConfigNode;
import java.util.Set;

/** The settings every operator has: id (default: its type, numbered when repeated), output, if, on_error. */
public class CommonConfig {
    static final Set<String> KEYS = Set.of("id", "type", "output", "if", "on_error");

    @ConfigKey("type")
    public String type;

    @ConfigKey("id")
    public String id;

    /** An operator id or a list of them; default: the next operator (the receiver after the last). */
    @ConfigKey("output")
    public ConfigNode output;

    @ConfigKey("if")
    public String condition;

    @ConfigKey("on_error")
    public OnError onError = OnError.SEND;
}
