package dev.otelint.collector.ottl;

/** A compiled boolean expression. Throws {@link OttlRuntimeException} when it cannot be evaluated. */
@FunctionalInterface
interface Condition {
    boolean test(TransformContext ctx);
}
