package dev.otelint.push;

import dev.otelint.collector.ComponentId;
import dev.otelint.collector.component.PushTarget;
import dev.otelint.collector.net.HostPort;
import dev.otelint.records.Signal;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One {@code --to NAME[=VALUE]}: the exporter it names, the id push gives it in the config it builds, and the
 * signals the exporter takes.
 */
public record Target(PushTarget pushTarget, String type, ComponentId id, String value, Set<Signal> signals) {

    public String name() {
        return pushTarget.name();
    }

    /** "otlp at localhost:4317", or "debug". */
    public String describe() {
        return value.isEmpty() ? name() : name() + " at " + value;
    }

    Map<String, Object> config() {
        return pushTarget.config(value);
    }

    Optional<HostPort> address() {
        return pushTarget.address(value);
    }
}
