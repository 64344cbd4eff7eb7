package dev.otelint.collector.ottl;

/** A compiled OTTL boolean expression for one context, as the filter processor and transform's conditions use. */
public final class OttlCondition {
    private final String text;
    private final Condition condition;

    private OttlCondition(String text, Condition condition) {
        this.text = text;
        this.condition = condition;
    }

    /** Compiles {@code text} for {@code context}; throws {@link OttlException} when it is not valid OTTL for otelint. */
    public static OttlCondition compile(String text, OttlContext context) {
        return new OttlCondition(text, new Compiler(context, false).bool(Parser.condition(text)));
    }

    /** Compiles {@code text} for a context inferred for its group: every path must name its context. */
    public static OttlCondition compilePrefixed(String text, OttlContext context) {
        return new OttlCondition(text, new Compiler(context, true).bool(Parser.condition(text)));
    }

    public String text() {
        return text;
    }

    /** Throws {@link OttlRuntimeException} when the condition cannot be evaluated on this element. */
    public boolean matches(TransformContext ctx) {
        return condition.test(ctx);
    }
}
