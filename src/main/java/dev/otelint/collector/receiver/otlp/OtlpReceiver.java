package dev.otelint.collector.receiver.otlp;

import com.google.protobuf.Message;
import dev.otelint.collector.component.Component;
import dev.otelint.collector.component.ComponentSettings;
import dev.otelint.collector.component.Host;
import dev.otelint.collector.component.SignalType;
import dev.otelint.collector.component.ConsumeException;
import dev.otelint.collector.component.TelemetryConsumer;
import dev.otelint.collector.net.OtlpService;
import dev.otelint.collector.service.telemetry.ReceiverMetrics;
import dev.otelint.report.BadInputException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One configured otlp receiver: its gRPC and/or HTTP server, shared by every signal it serves (the factory
 * returns this same component for each signal, so it starts and stops once). A signal no pipeline takes has no
 * route: HTTP answers 404 for its path, gRPC UNIMPLEMENTED.
 */
final class OtlpReceiver implements Component {
    private final OtlpReceiverConfig config;
    private final ComponentSettings settings;
    private final Map<SignalType<?>, TelemetryConsumer<?>> consumers = new LinkedHashMap<>();
    private HttpReceiverServer http;
    private GrpcReceiverServer grpc;

    OtlpReceiver(OtlpReceiverConfig config, ComponentSettings settings) {
        this.config = config;
        this.settings = settings;
    }

    synchronized <T extends Message> void route(SignalType<T> signal, TelemetryConsumer<T> next) {
        consumers.put(signal, next);
    }

    @Override
    public synchronized void start(Host host) {
        String name = settings.id().toString();
        try {
            if (config.protocols.grpc != null) {
                grpc = new GrpcReceiverServer(config.protocols.grpc, grpcRoutes(), name);
                grpc.start();
                settings.log().info("Starting GRPC server", "{\"endpoint\": \"" + config.protocols.grpc.endpoint + "\"}");
            }
            if (config.protocols.http != null) {
                http = new HttpReceiverServer(config.protocols.http, httpRoutes(config.protocols.http), name);
                http.start();
                settings.log().info("Starting HTTP server", "{\"endpoint\": \"" + config.protocols.http.endpoint + "\"}");
            }
        } catch (RuntimeException e) {
            // a port in use or an unreadable certificate: the user's setup, reported in one line
            shutdown();
            throw new BadInputException("receivers::" + name + ": " + e.getMessage());
        }
    }

    @Override
    public synchronized void shutdown() {
        if (http != null) {
            http.shutdown();
            http = null;
        }
        if (grpc != null) {
            grpc.shutdown();
            grpc = null;
        }
    }

    private List<GrpcReceiverServer.GrpcRoute<?>> grpcRoutes() {
        List<GrpcReceiverServer.GrpcRoute<?>> routes = new ArrayList<>();
        consumers.forEach((signal, next) -> routes.add(grpcRoute(signal, counted(signal, next, "grpc"))));
        return routes;
    }

    private Map<String, HttpExportHandler.HttpRoute<?>> httpRoutes(HttpServerConfig http) {
        Map<String, HttpExportHandler.HttpRoute<?>> routes = new LinkedHashMap<>();
        consumers.forEach((signal, next) -> {
            String path = switch (signal.signal()) {
                case TRACES -> http.tracesUrlPath;
                case METRICS -> http.metricsUrlPath;
                case LOGS -> http.logsUrlPath;
            };
            routes.put(path, httpRoute(signal, counted(signal, next, "http")));
        });
        return routes;
    }

    /** Counts otelcol_receiver_accepted_* and refused_* per transport, as receiverhelper's obsreport. */
    @SuppressWarnings("unchecked")
    private <T extends Message> TelemetryConsumer<T> counted(SignalType<T> signal, TelemetryConsumer<?> next,
                                                             String transport) {
        TelemetryConsumer<T> typed = (TelemetryConsumer<T>) next;
        ReceiverMetrics metrics = new ReceiverMetrics(settings.metrics(), settings.id().toString(), transport,
                signal.signal());
        return data -> {
            int items = signal.itemCount(data);
            try {
                typed.consume(data);
            } catch (ConsumeException e) {
                metrics.refused(items);
                throw e;
            }
            metrics.accepted(items);
        };
    }

    @SuppressWarnings("unchecked")
    private static <T extends Message> GrpcReceiverServer.GrpcRoute<T> grpcRoute(SignalType<T> signal,
                                                                                 TelemetryConsumer<?> next) {
        return new GrpcReceiverServer.GrpcRoute<>(OtlpService.of(signal), ((TelemetryConsumer<T>) next)::consume);
    }

    @SuppressWarnings("unchecked")
    private static <T extends Message> HttpExportHandler.HttpRoute<T> httpRoute(SignalType<T> signal,
                                                                                TelemetryConsumer<?> next) {
        return new HttpExportHandler.HttpRoute<>(OtlpService.of(signal), ((TelemetryConsumer<T>) next)::consume);
    }
}
