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
        return new HostMetricsReceiver(config, settings, scrapers(config),
                (TelemetryConsumer<ExportMetricsServiceRequest>) next);
    }

    /** A scraper per configured section, in config order. */
    static List<Scraper> scrapers(HostMetricsConfig config) {
        List<Scraper> on = new ArrayList<>();
        config.scraperSettings().forEach((type, settings) -> on.add(scraper(type, settings)));
        return on;
    }

    private static Scraper scraper(String type, ScraperSettings settings) {
        MetricSelection metrics = settings.selection();
        return switch (type) {
            case "cpu" -> new CpuScraper(metrics);
            case "disk" -> new DiskScraper(metrics, (DiskSettings) settings);
            case "filesystem" -> new FilesystemScraper(metrics, (FilesystemSettings) settings);
            case "load" -> new LoadScraper(metrics, ((LoadSettings) settings).cpuAverage);
            case "memory" -> new MemoryScraper(metrics);
            case "network" -> new NetworkScraper(metrics, (NetworkSettings) settings);
            case "paging" -> new PagingScraper(metrics);
            case "processes" -> new ProcessesScraper(metrics);
            default -> throw new IllegalStateException("no scraper for supported type " + type);
        };
    }
}
