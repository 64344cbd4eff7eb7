package dev.otelint.collector.ottl;

/** A compiled value: a literal, a path, a converter call. Throws {@link OttlRuntimeException} when it cannot be read. */
@FunctionalInterface
interface Getter {
    Object get(TransformContext ctx);
}
