package dev.otelint.collector.processor.filter;

import com.google.protobuf.Message;
import dev.otelint.collector.component.ComponentSettings;
import dev.otelint.collector.component.Processor;
import dev.otelint.collector.component.SignalType;
import dev.otelint.collector.component.TelemetryConsumer;
import dev.otelint.collector.ottl.RequestEditor;
import java.util.List;

/**
 * Drops the elements any condition of their context matches, then the scopes and resources left empty; a
 * request left with nothing is not passed on (filterprocessor's processorhelper.ErrSkipProcessingData).
 */
final class FilterProcessor<T extends Message> implements Processor<T> {
    private final SignalType<T> signal;
    private final List<ContextConditions> sections;
    private final ComponentSettings settings;
    private final TelemetryConsumer<T> next;

    FilterProcessor(SignalType<T> signal, List<ContextConditions> sections, ComponentSettings settings,
                    TelemetryConsumer<T> next) {
        this.signal = signal;
        this.sections = sections;
        this.settings = settings;
        this.next = next;
    }

    @Override
    public void consume(T data) {
        if (sections.isEmpty()) {
            next.consume(data);
            return;
        }
        RequestEditor<T> editor = RequestEditor.of(data);
        for (ContextConditions section : sections) {
            editor.visit(section.context(), ctx -> section.drop(ctx, settings.log()));
        }
        editor.prune();
        T kept = editor.build();
        if (signal.itemCount(kept) > 0) {
            next.consume(kept);
        }
    }
}
