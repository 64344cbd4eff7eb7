package dev.otelint.collector;

import com.google.protobuf.Message;
import dev.otelint.collector.component.ComponentSettings;
import dev.otelint.collector.component.ConsumeException;
import dev.otelint.collector.component.Exporter;
import dev.otelint.collector.component.ExporterFactory;
import dev.otelint.collector.component.Host;
import dev.otelint.collector.component.SignalType;
import java.util.ArrayList;
import java.util.List;

/** An exporter for tests (type "recording"): keeps what it gets, records its lifecycle, can be told to fail. */
public final class RecordingExporterFactory implements ExporterFactory<RecordingExporterFactory.Config> {
    public final List<String> events;
    public final List<Message> received = new ArrayList<>();

    /** fail: refuse every batch. */
    public static final class Config {
        @dev.otelint.collector.component.ConfigKey("fail")
        public boolean fail;
    }

    public RecordingExporterFactory(List<String> events) {
        this.events = events;
    }

    @Override
    public String type() {
        return "recording";
    }

    @Override
    public Config createDefaultConfig() {
        return new Config();
    }

    @Override
    public <T extends Message> Exporter<T> createExporter(SignalType<T> signal, ComponentSettings settings, Config config) {
        String name = "exporter " + settings.id() + " " + signal;
        return new Exporter<>() {
            @Override
            public void start(Host host) {
                events.add("start " + name);
            }

            @Override
            public void consume(T data) {
                if (config.fail) {
                    throw new ConsumeException("refused");
                }
                synchronized (received) {
                    received.add(data);
                }
                events.add("consume " + name + " " + signal.itemCount(data));
            }

            @Override
            public void shutdown() {
                events.add("shutdown " + name);
            }
        };
    }
}
