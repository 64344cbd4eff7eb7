package dev.otelint.collector.processor.transform;

import com.google.protobuf.Message;
import dev.otelint.collector.component.ComponentSettings;
import dev.otelint.collector.component.Processor;
import dev.otelint.collector.component.TelemetryConsumer;
import dev.otelint.collector.ottl.RequestEditor;
import java.util.List;

/**
 * Runs the signal's statement groups in order, each over every element of its context, then passes the
 * rebuilt request on. Under error_mode propagate a failing statement fails the whole request.
 */
final class TransformProcessor<T extends Message> implements Processor<T> {
    private final List<StatementGroup> groups;
    private final ComponentSettings settings;
    private final TelemetryConsumer<T> next;

    TransformProcessor(List<StatementGroup> groups, ComponentSettings settings, TelemetryConsumer<T> next) {
        this.groups = groups;
        this.settings = settings;
        this.next = next;
    }

    @Override
    public void consume(T data) {
        if (groups.isEmpty()) {
            next.consume(data);
            return;
        }
        RequestEditor<T> editor = RequestEditor.of(data);
        for (StatementGroup group : groups) {
            editor.visit(group.context(), ctx -> {
                group.run(ctx, settings.log());
                return false;
            });
        }
        next.consume(editor.build());
    }
}
