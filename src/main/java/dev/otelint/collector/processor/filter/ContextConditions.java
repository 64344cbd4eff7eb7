package dev.otelint.collector.processor.filter;

import dev.otelint.collector.component.CollectorLog;
import dev.otelint.collector.ottl.ErrorMode;
import dev.otelint.collector.ottl.OttlCondition;
import dev.otelint.collector.ottl.OttlContext;
import dev.otelint.collector.ottl.OttlRuntimeException;
import dev.otelint.collector.ottl.TransformContext;
import java.util.List;

/**
 * The conditions of one context: an element is dropped when any of them holds. A condition that fails is
 * handled by error_mode; under ignore and silent it counts as not matching, so the element is kept.
 */
record ContextConditions(OttlContext context, List<OttlCondition> conditions, ErrorMode errorMode) {

    boolean drop(TransformContext ctx, CollectorLog log) {
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
