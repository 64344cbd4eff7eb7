package dev.otelint.collector.receiver.filelog.operator;

import dev.otelint.collector.receiver.filelog.entry.Entry;
import dev.otelint.collector.receiver.filelog.entry.Field;
import dev.otelint.collector.receiver.filelog.expr.Condition;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The receiver's operators as stanza chains them: each sends to its {@code output} (default the next one;
 * the last to the receiver), a router to the first route whose expr holds (or its default, else the entry is
 * dropped). An operator whose {@code if} does not hold passes the entry on untouched. Not thread-safe: one
 * reader thread drives it.
 */
public final class OperatorPipeline {
    static final String RECEIVER = "$receiver";

    sealed interface Node permits Step, Router {}

    record Step(String id, Condition condition, OnError onError, Transformer transformer, List<String> outputs)
            implements Node {}

    record Route(Condition condition, Map<String, Object> attributes, List<String> outputs) {}

    record Router(String id, List<Route> routes, List<String> defaults) implements Node {}

    /** Where an operator's failure goes when on_error asks for it to be logged. */
    public interface ErrorLog {
        void error(String operatorId, String message);
    }

    private final Map<String, Node> nodes;
    private final String first;
    private final ErrorLog errors;
    private Consumer<Entry> out = e -> { };

    OperatorPipeline(Map<String, Node> nodes, String first, ErrorLog errors) {
        this.nodes = nodes;
        this.first = first;
        this.errors = errors;
    }

    /** Builds from the receiver's {@code operators} list; throws IllegalArgumentException listing every problem. */
    public static OperatorPipeline build(dev.otelint.collector.config.ConfigNode operators, ErrorLog errors) {
        return new OperatorPipelineBuilder(errors).build(operators);
    }

    /** Runs an entry through the operators; what reaches the end goes to {@code sink}. */
    public void process(Entry entry, Consumer<Entry> sink) {
        this.out = sink;
        send(entry, List.of(first));
    }

    private void send(Entry entry, List<String> outputs) {
        for (int i = 0; i < outputs.size(); i++) {
            // each branch gets its own entry: operators change entries in place
            Entry e = i == outputs.size() - 1 ? entry : entry.copy();
            String id = outputs.get(i);
            if (id.equals(RECEIVER)) {
                out.accept(e);
            } else {
                run(nodes.get(id), e);
            }
        }
    }

    private void run(Node node, Entry entry) {
        if (node instanceof Router r) {
            route(r, entry);
            return;
        }
        Step step = (Step) node;
        if (!step.condition().test(entry)) {
            send(entry, step.outputs());
            return;
        }
        try {
            step.transformer().apply(entry);
        } catch (IllegalArgumentException e) {
            if (step.onError().logs()) {
                errors.error(step.id(), e.getMessage());
            }
            if (!step.onError().sends()) {
                return;
            }
        }
        send(entry, step.outputs());
    }

    private void route(Router router, Entry entry) {
        for (Route route : router.routes()) {
            if (route.condition().test(entry)) {
                route.attributes().forEach((k, v) -> new Field(Field.Root.ATTRIBUTES, List.of(k)).set(entry, v));
                send(entry, route.outputs());
                return;
            }
        }
        send(entry, router.defaults());
    }
}
