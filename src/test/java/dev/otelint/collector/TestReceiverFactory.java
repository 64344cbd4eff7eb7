package dev.otelint.collector;

import com.google.protobuf.Message;
import dev.otelint.collector.component.Component;
import dev.otelint.collector.component.ComponentSettings;
import dev.otelint.collector.component.Host;
import dev.otelint.collector.component.ReceiverFactory;
import dev.otelint.collector.component.SignalType;
import dev.otelint.collector.component.TelemetryConsumer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A receiver for tests (type "test"): no network; the test pushes data through {@link #push}. Records
 * start and shutdown in a shared event list so tests can check the order.
 */
public final class TestReceiverFactory implements ReceiverFactory<TestReceiverFactory.Config> {
    public final List<String> events;
    private final Map<String, TelemetryConsumer<?>> consumers = new HashMap<>();

    /** The test receiver has no settings. */
    public static final class Config {}

    public TestReceiverFactory(List<String> events) {
        this.events = events;
    }

    public TestReceiverFactory() {
        this(new ArrayList<>());
    }

    @Override
    public String type() {
        return "test";
    }

    @Override
    public Config createDefaultConfig() {
        return new Config();
    }

    @Override
    public <T extends Message> Component createReceiver(SignalType<T> signal, ComponentSettings settings, Config config,
                                                        TelemetryConsumer<T> next) {
        consumers.put(settings.id() + "/" + signal, next);
        String name = "receiver " + settings.id() + " " + signal;
        return new Component() {
            @Override
            public void start(Host host) {
                events.add("start " + name);
            }

            @Override
            public void shutdown() {
                events.add("shutdown " + name);
            }
        };
    }

    /** Sends data as receiver {@code id} would for its signal. */
    @SuppressWarnings("unchecked")
    public <T extends Message> void push(String id, SignalType<T> signal, T data) {
        TelemetryConsumer<T> next = (TelemetryConsumer<T>) consumers.get(id + "/" + signal);
        if (next == null) {
            throw new IllegalStateException("no receiver " + id + " for " + signal);
        }
        next.consume(data);
    }
}
