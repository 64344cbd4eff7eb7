package dev.otelint.collector;

import java.util.Locale;

/** The kinds of collector components, each with its top-level config section. */
public enum ComponentKind {
    RECEIVER("receivers"), PROCESSOR("processors"), EXPORTER("exporters"), EXTENSION("extensions"),
    CONNECTOR("connectors");

    private final String section;

    ComponentKind(String section) {
        this.section = section;
    }

    public String section() {
        return section;
    }

    /** "receiver", "processor"... as the collector names the kind in messages. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
