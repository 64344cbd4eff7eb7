package dev.otelint.gen;

import com.google.protobuf.Message;
import dev.otelint.collector.ComponentId;
import dev.otelint.collector.ComponentKind;
import dev.otelint.collector.component.CollectorLog;
import dev.otelint.collector.component.ComponentSettings;
import dev.otelint.collector.component.Exporter;
import dev.otelint.collector.component.SignalType;
import dev.otelint.collector.component.ValidatedConfig;
import dev.otelint.collector.exporter.helper.QueueConfig;
import dev.otelint.collector.exporter.helper.RetryConfig;
import dev.otelint.collector.exporter.otlp.OtlpGrpcExporterConfig;
import dev.otelint.collector.exporter.otlp.OtlpGrpcExporterFactory;
import dev.otelint.collector.exporter.otlp.OtlpHttpExporterConfig;
import dev.otelint.collector.exporter.otlp.OtlpHttpExporterFactory;
import dev.otelint.collector.net.TlsClientConfig;
import dev.otelint.report.BadInputException;
import java.time.Duration;

/**
 * The sender of a gen run: otelint's own otlp (gRPC) or otlphttp exporter, without sending_queue and without
 * retry_on_failure, so each worker sends on its own thread and every request's result is known when the call
 * returns (a failure is counted, never retried or hidden in a queue).
 */
public final class GenExporters {
    private static final Duration TIMEOUT = Duration.ofSeconds(10); // telemetrygen's SDK exporters use 10s

    private GenExporters() {}

    public static <T extends Message> Exporter<T> create(SignalType<T> signal, Destination destination, CollectorLog log) {
        ComponentSettings settings = new ComponentSettings(new ComponentId(destination.http() ? "otlphttp" : "otlp", "gen"),
                ComponentKind.EXPORTER, log);
        if (destination.http()) {
            OtlpHttpExporterConfig config = new OtlpHttpExporterConfig();
            String endpoint = destination.endpointOrDefault();
            config.endpoint = endpoint.contains("://") ? endpoint : (destination.insecure() ? "http://" : "https://") + endpoint;
            config.headers = destination.headers();
            config.compression = destination.compression();
            config.timeout = TIMEOUT;
            config.tls = tls(destination);
            config.sendingQueue = noQueue();
            config.retryOnFailure = noRetry();
            validate(config);
            return new OtlpHttpExporterFactory("otlphttp").createExporter(signal, settings, config);
        }
        OtlpGrpcExporterConfig config = new OtlpGrpcExporterConfig();
        config.endpoint = destination.endpointOrDefault();
        config.headers = destination.headers();
        config.compression = destination.compression();
        config.timeout = TIMEOUT;
        config.tls = tls(destination);
        config.sendingQueue = noQueue();
        config.retryOnFailure = noRetry();
        validate(config);
        return new OtlpGrpcExporterFactory("otlp").createExporter(signal, settings, config);
    }

    private static TlsClientConfig tls(Destination destination) {
        TlsClientConfig tls = new TlsClientConfig();
        tls.insecure = destination.insecure();
        tls.insecureSkipVerify = destination.insecureSkipVerify();
        tls.caFile = destination.caFile();
        return tls;
    }

    private static QueueConfig noQueue() {
        QueueConfig queue = new QueueConfig();
        queue.enabled = false;
        return queue;
    }

    private static RetryConfig noRetry() {
        RetryConfig retry = new RetryConfig();
        retry.enabled = false;
        return retry;
    }

    private static void validate(ValidatedConfig config) {
        try {
            config.validate();
        } catch (IllegalArgumentException e) {
            throw new BadInputException("--otlp-endpoint/--otlp-compression: " + e.getMessage());
        }
    }
}
