package dev.otelint.collector.exporter.debug;

import com.google.protobuf.Message;
import dev.otelint.collector.component.ComponentSettings;
import dev.otelint.collector.component.Exporter;
import dev.otelint.collector.component.SignalType;
import dev.otelint.collector.service.telemetry.ExporterMetrics;
import io.opentelemetry.proto.collector.logs.v1.ExportLogsServiceRequest;
import io.opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceRequest;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import java.io.PrintStream;
import java.util.function.LongSupplier;

/**
 * Writes what it receives, as the collector's debug exporter does: a count summary per batch (basic), plus
 * about a line per record (normal) or every field (detailed). Through the collector's log on standard
 * error, or as plain text on standard output with use_internal_logger: false. Sampled like the log.
 */
final class DebugExporter<T extends Message> implements Exporter<T> {
    private final SignalType<T> signal;
    private final ComponentSettings settings;
    private final DebugConfig config;
    private final PrintStream stdout;
    private final DebugSampler sampler;
    private final ExporterMetrics metrics;

    DebugExporter(SignalType<T> signal, ComponentSettings settings, DebugConfig config, PrintStream stdout,
                  LongSupplier nanoClock) {
        this.signal = signal;
        this.settings = settings;
        this.config = config;
        this.stdout = stdout;
        this.sampler = new DebugSampler(config.samplingInitial, config.samplingThereafter, nanoClock);
        this.metrics = new ExporterMetrics(settings.metrics(), settings.id().toString(), signal.signal());
    }

    @Override
    public void consume(T data) {
        metrics.sent(signal.itemCount(data)); // as exporterhelper: what sampling leaves out was still exported
        if (!sampler.allow()) {
            return;
        }
        String summary = summaryFields(data);
        String details = switch (config.verbosity) {
            case BASIC -> null;
            case NORMAL -> normal(data);
            case DETAILED -> detailed(data);
        };
        if (config.useInternalLogger) {
            settings.log().info(message(), summary);
            if (details != null && !details.isEmpty()) {
                settings.log().info(details.stripTrailing(), settings.fields(signal));
            }
        } else if (details != null) {
            stdout.print(details);
            stdout.flush();
        }
    }

    private String message() {
        return switch (signal.signal()) {
            case TRACES -> "Traces";
            case METRICS -> "Metrics";
            case LOGS -> "Logs";
        };
    }

    private String summaryFields(T data) {
        String fields = settings.fields(signal);
        String counts = switch (signal.signal()) {
            case TRACES -> "\"resource spans\": " + ((ExportTraceServiceRequest) data).getResourceSpansCount()
                    + ", \"spans\": " + signal.itemCount(data);
            case LOGS -> "\"resource logs\": " + ((ExportLogsServiceRequest) data).getResourceLogsCount()
                    + ", \"log records\": " + signal.itemCount(data);
            case METRICS -> metricCounts((ExportMetricsServiceRequest) data) + ", \"data points\": "
                    + signal.itemCount(data);
        };
        return fields.substring(0, fields.length() - 1) + ", " + counts + "}";
    }

    private static String metricCounts(ExportMetricsServiceRequest data) {
        int metrics = data.getResourceMetricsList().stream().flatMap(r -> r.getScopeMetricsList().stream())
                .mapToInt(s -> s.getMetricsCount()).sum();
        return "\"resource metrics\": " + data.getResourceMetricsCount() + ", \"metrics\": " + metrics;
    }

    private String normal(T data) {
        return switch (signal.signal()) {
            case TRACES -> NormalText.traces((ExportTraceServiceRequest) data);
            case METRICS -> NormalText.metrics((ExportMetricsServiceRequest) data);
            case LOGS -> NormalText.logs((ExportLogsServiceRequest) data);
        };
    }

    private String detailed(T data) {
        return switch (signal.signal()) {
            case TRACES -> DetailedTraces.text((ExportTraceServiceRequest) data);
            case METRICS -> DetailedMetrics.text((ExportMetricsServiceRequest) data);
            case LOGS -> DetailedLogs.text((ExportLogsServiceRequest) data);
        };
    }
}
