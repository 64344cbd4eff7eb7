package dev.otelint.push;

import com.google.protobuf.Message;
import dev.otelint.collector.component.Component;
import dev.otelint.collector.component.ComponentSettings;
import dev.otelint.collector.component.ReceiverFactory;
import dev.otelint.collector.component.SignalType;
import dev.otelint.collector.component.TelemetryConsumer;

/**
 * The receiver push puts in place of a config's receivers (type {@value #TYPE}): it takes nothing from the
 * network; it hands the pipelines of each signal to the {@link Inlet} that push feeds, under its own name
 * ({@code otelint_push} is the main route, {@code otelint_push/documents} the route of decoded documents).
 */
final class PushReceiverFactory implements ReceiverFactory<PushReceiverFactory.Config> {
    static final String TYPE = "otelint_push";

    private final Inlet inlet;

    /** The receiver has no settings. */
    static final class Config {}

    PushReceiverFactory(Inlet inlet) {
        this.inlet = inlet;
    }

    @Override
    public String type() {
        return TYPE;
    }

    @Override
    public Config createDefaultConfig() {
        return new Config();
    }

    @Override
    public <T extends Message> Component createReceiver(SignalType<T> signal, ComponentSettings settings,
                                                        Config config, TelemetryConsumer<T> next) {
        inlet.connect(settings.id().name(), signal, next);
        return new Component() {};
    }
}
