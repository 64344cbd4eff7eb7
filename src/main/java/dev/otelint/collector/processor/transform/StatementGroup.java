package dev.otelint.collector.processor.transform;

import dev.otelint.collector.component.CollectorLog;
import dev.otelint.collector.ottl.ErrorMode;
import dev.otelint.collector.ottl.OttlCondition;
import dev.otelint.collector.ottl.OttlContext;
import dev.otelint.collector.ottl.OttlRuntimeException;
import dev.otelint.collector.ottl.OttlStatement;
import dev.otelint.collector.ottl.TransformContext;
import java.util.List;

/**
 * Statements of one context, run in order on every element of that context when any of the group's
 * conditions holds (all elements when there are none), as the transform processor's context statements.
 */
record StatementGroup(OttlContext context, List<OttlStatement> statements, List<OttlCondition> conditions,
                      ErrorMode errorMode) {

    void run(TransformContext ctx, CollectorLog log) {
        if (!conditionsHold(ctx, log)) {
            return;
        }
        for (OttlStatement s : statements) {
            try {
                s.execute(ctx);
            } catch (OttlRuntimeException e) {
                errorMode.handle(e, "statement", s.text(), log);
            }
        }
    }

    private boolean conditionsHold(TransformContext ctx, CollectorLog log) {
        if (conditions.isEmpty()) {
            return true;
        }
        for (OttlCondition c : conditions) {
            try {
                if (c.matches(ctx)) {
                    return true;
                }
            } catch (OttlRuntimeException e) {
                errorMode.handle(e, "condition", c.text(), log);
            }
        }
        return false;
    }
}
