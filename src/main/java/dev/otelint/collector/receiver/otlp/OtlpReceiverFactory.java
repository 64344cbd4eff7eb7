package dev.otelint.collector.receiver.otlp;

import com.google.protobuf.Message;
import dev.otelint.collector.component.Component;
import dev.otelint.collector.component.ComponentSettings;
import dev.otelint.collector.component.ReceiverFactory;
import dev.otelint.collector.component.SignalType;
import dev.otelint.collector.component.TelemetryConsumer;
import java.util.IdentityHashMap;
import java.util.Map;

/** The "otlp" receiver: OTLP over gRPC (4317) and HTTP (4318), traces, metrics and logs. */
public final class OtlpReceiverFactory implements ReceiverFactory<OtlpReceiverConfig> {
    private final Map<OtlpReceiverConfig, OtlpReceiver> receivers = new IdentityHashMap<>();

    @Override
    public String type() {
        return "otlp";
    }

    @Override
    public OtlpReceiverConfig createDefaultConfig() {
        return new OtlpReceiverConfig();
    }

    @Override
    public synchronized <T extends Message> Component createReceiver(SignalType<T> signal, ComponentSettings settings,
                                                                     OtlpReceiverConfig config, TelemetryConsumer<T> next) {
        OtlpReceiver receiver = receivers.computeIfAbsent(config, c -> new OtlpReceiver(c, settings));
        receiver.route(signal, next);
        return receiver;
    }
}
