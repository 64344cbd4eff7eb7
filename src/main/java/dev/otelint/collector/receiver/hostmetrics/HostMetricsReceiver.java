package dev.otelint.collector.receiver.hostmetrics;

import dev.otelint.collector.component.Component;
import dev.otelint.collector.component.ComponentSettings;
import dev.otelint.collector.component.ConsumeException;
import dev.otelint.collector.component.Host;
import dev.otelint.collector.component.TelemetryConsumer;
import io.opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceRequest;
import io.opentelemetry.proto.common.v1.InstrumentationScope;
import io.opentelemetry.proto.metrics.v1.ResourceMetrics;
import io.opentelemetry.proto.metrics.v1.ScopeMetrics;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Scrapes every collection_interval, the first time after initial_delay, and sends one request holding a
 * scope per scraper. A scraper that fails is logged and left out of that scrape; a part of a scraper that fails
 * (one file, one metric) is logged and the rest of its metrics sent, as the collector's partial scrape errors.
 */
final class HostMetricsReceiver implements Component {
    private static final String SCOPE_PREFIX =
            "github.com/open-telemetry/opentelemetry-collector-contrib/receiver/hostmetricsreceiver/internal/scraper/";

    private final HostMetricsConfig config;
    private final ComponentSettings settings;
    private final List<Scraper> scrapers;
    private final ProcFiles proc;
    private final TelemetryConsumer<ExportMetricsServiceRequest> next;
    private ScheduledExecutorService timer;

    HostMetricsReceiver(HostMetricsConfig config, ComponentSettings settings, List<Scraper> scrapers,
                        TelemetryConsumer<ExportMetricsServiceRequest> next) {
        this.config = config;
        this.settings = settings;
        this.scrapers = scrapers;
        this.proc = new ProcFiles(config.rootPath);
        this.next = next;
    }

    @Override
    public synchronized void start(Host host) {
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "otelint-hostmetrics-" + settings.id());
            t.setDaemon(true);
            return t;
        });
        timer.scheduleAtFixedRate(this::scrapeAndSend, config.initialDelay.toNanos(),
                config.collectionInterval.toNanos(), TimeUnit.NANOSECONDS);
    }

    @Override
    public synchronized void shutdown() {
        if (timer != null) {
            timer.shutdownNow();
            timer = null;
        }
    }

    private void scrapeAndSend() {
        try {
            next.consume(scrape());
        } catch (ConsumeException e) {
            settings.log().error("Error scraping metrics", "{\"otelcol.component.id\": \"" + settings.id()
                    + "\", \"error\": \"" + e.getMessage().replace("\"", "'") + "\"}");
        }
    }

    /** One scrape of every scraper. */
    ExportMetricsServiceRequest scrape() {
        ResourceMetrics.Builder resource = ResourceMetrics.newBuilder();
        long boot;
        try {
            boot = proc.bootTimeNanos();
        } catch (IOException | RuntimeException e) {
            boot = 0;
        }
        for (Scraper scraper : scrapers) {
            MetricsOut out = new MetricsOut(scraper.metrics(), boot, nowNanos());
            String scope = scraper.metrics().spec().scope();
            try {
                scraper.scrape(proc, out);
            } catch (IOException | RuntimeException e) {
                logScrapeError(scope, String.valueOf(e.getMessage()));
                continue;
            }
            out.errors().forEach(error -> logScrapeError(scope, error));
            resource.addScopeMetrics(ScopeMetrics.newBuilder()
                    .setScope(InstrumentationScope.newBuilder().setName(SCOPE_PREFIX + scope))
                    .addAllMetrics(out.build()));
        }
        return ExportMetricsServiceRequest.newBuilder().addResourceMetrics(resource).build();
    }

    private static long nowNanos() {
        Instant now = Instant.now();
        return now.getEpochSecond() * 1_000_000_000L + now.getNano();
    }

    private void logScrapeError(String scope, String error) {
        settings.log().error("Error scraping metrics", "{\"otelcol.component.id\": \"" + settings.id()
                + "\", \"scraper\": \"" + scope + "\", \"error\": \"" + error.replace("\"", "'") + "\"}");
    }
}
