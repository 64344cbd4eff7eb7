package dev.otelint.collector.receiver.hostmetrics;

import com.google.protobuf.Message;
import dev.otelint.collector.component.Component;
import dev.otelint.collector.component.ComponentSettings;
import dev.otelint.collector.component.ReceiverFactory;
import dev.otelint.collector.component.SignalType;
import dev.otelint.collector.component.TelemetryConsumer;
import dev.otelint.records.Signal;
import io.opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceRequest;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** The "hostmetrics" receiver: metrics only, read from /proc (Linux). */
public final class HostMetricsReceiverFactory implements ReceiverFactory<HostMetricsConfig> {

    @Override
    public String type() {
        return "hostmetrics";
    }

    @Override
    public Set<Signal> signals() {
        return EnumSet.of(Signal.METRICS);
    }

    @Override
    public HostMetricsConfig createDefaultConfig() {
        return new HostMetricsConfig();
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T extends Message> Component createReceiver(SignalType<T> signal, ComponentSettings settings,
                                                        HostMetricsConfig config, TelemetryConsumer<T> next) {
        return new HostMetricsReceiver(config, settings, scrapers(config.scrapers),
                (TelemetryConsumer<ExportMetricsServiceRequest>) next);
    }

    static List<Scraper> scrapers(HostMetricsConfig.Scrapers s) {
        List<Scraper> on = new ArrayList<>();
        if (s.cpu != null) {
            on.add(new CpuScraper());
        }
        if (s.disk != null) {
            on.add(new DiskScraper());
        }
        if (s.filesystem != null) {
            on.add(new FilesystemScraper());
        }
        if (s.load != null) {
            on.add(new LoadScraper());
        }
        if (s.memory != null) {
            on.add(new MemoryScraper());
        }
        if (s.network != null) {
            on.add(new NetworkScraper());
        }
        return on;
    }
}
