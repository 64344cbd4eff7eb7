package dev.otelint.collector.component;

import dev.otelint.collector.ComponentKind;
import dev.otelint.records.Signal;
import java.util.EnumSet;
import java.util.Set;

/**
 * Makes the components of one type: names the type, gives its default config (a fresh mutable object whose
 * {@link ConfigKey} fields the user's YAML is bound into) and says which signals it handles. Registered in
 * {@link dev.otelint.collector.ComponentRegistry}.
 */
public interface Factory<C> {
    String type();

    ComponentKind kind();

    C createDefaultConfig();

    default Set<Signal> signals() {
        return EnumSet.allOf(Signal.class);
    }

    /** The signals a component with this config handles, where a setting narrows {@link #signals()}. */
    default Set<Signal> signals(C config) {
        return signals();
    }
}
