package dev.otelint.collector.ottl;

import java.util.List;

/**
 * A supported OTTL function: its name (editors lowercase, converters uppercase), its parameters, and how it
 * is built from compiled arguments (a {@link Getter}, String, Long, {@code List<String>} or
 * {@code List<Getter>} per parameter; null for an absent optional). Building may reject arguments with
 * an {@link OttlException} (a bad regex, a negative limit), at config time as the collector does.
 */
record OttlFunction(String name, List<Param> params, Factory factory) {

    @FunctionalInterface
    interface Factory {
        Getter create(Object[] args);
    }

    int required() {
        return (int) params.stream().filter(p -> !p.optional()).count();
    }
}
