package dev.otelint.collector;

import dev.otelint.records.Signal;
import java.util.Locale;

/** A pipeline id, "traces", "metrics" or "logs", optionally "/name" (pipeline.ID in the collector). */
public record PipelineId(Signal signal, String name) {

    /** Parses an id; a bad one is an {@link IllegalArgumentException} with the collector's message. */
    public static PipelineId parse(String text) {
        ComponentId id = ComponentId.parse(text); // same syntax as component ids
        Signal signal = switch (id.type()) {
            case "traces" -> Signal.TRACES;
            case "metrics" -> Signal.METRICS;
            case "logs" -> Signal.LOGS;
            case "profiles" -> throw new IllegalArgumentException("pipeline \"" + id
                    + "\": profiling signal support is at alpha level, gated under the \"service.profilesSupport\" "
                    + "feature gate, which otelint does not have");
            default -> throw new IllegalArgumentException("pipeline \"" + id + "\": unknown signal \"" + id.type() + "\"");
        };
        return new PipelineId(signal, id.name());
    }

    @Override
    public String toString() {
        String type = signal.name().toLowerCase(Locale.ROOT);
        return name.isEmpty() ? type : type + "/" + name;
    }
}
