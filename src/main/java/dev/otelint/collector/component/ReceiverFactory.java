package dev.otelint.collector.component;

import com.google.protobuf.Message;
import dev.otelint.collector.ComponentKind;

/**
 * Receivers take data from outside and push it to {@code next} (a fan-out to every pipeline that names the
 * receiver). A receiver serving several signals may return the same object for each; it is started once.
 */
public interface ReceiverFactory<C> extends Factory<C> {
    @Override
    default ComponentKind kind() {
        return ComponentKind.RECEIVER;
    }

    <T extends Message> Component createReceiver(SignalType<T> signal, ComponentSettings settings, C config,
                                                 TelemetryConsumer<T> next);
}
