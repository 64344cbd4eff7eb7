package dev.otelint.collector.exporter.otlp;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.Any;
import com.google.rpc.Code;
import com.google.rpc.RetryInfo;
import dev.otelint.collector.Await;
import dev.otelint.collector.ComponentId;
import dev.otelint.collector.ComponentKind;
import dev.otelint.collector.Otlp;
import dev.otelint.collector.RunningCollector;
import dev.otelint.collector.component.CollectorLog;
import dev.otelint.collector.component.ComponentSettings;
import dev.otelint.collector.component.SignalType;
import dev.otelint.collector.exporter.helper.QueuedRetryExporter;
import dev.otelint.collector.net.OtlpService;
import io.grpc.Server;
import io.grpc.ServerServiceDefinition;
import io.grpc.netty.shaded.io.grpc.netty.NettyServerBuilder;
import io.grpc.protobuf.StatusProto;
import io.grpc.stub.ServerCalls;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceResponse;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.IntFunction;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class OtlpGrpcExporterTest {
    private final ByteArrayOutputStream log = new ByteArrayOutputStream();
    private final ComponentSettings settings = new ComponentSettings(ComponentId.parse("otlp"), ComponentKind.EXPORTER,
            new CollectorLog(new PrintStream(log, true, StandardCharsets.UTF_8)));
    private final List<Long> arrivals = new CopyOnWriteArrayList<>();
    private QueuedRetryExporter<ExportTraceServiceRequest> exporter;
    private Server server;

    /** A trace service answering the n-th call (from 0) with the status given, or OK when null. */
    @SuppressWarnings("unchecked")
    private String fakeServer(IntFunction<com.google.rpc.Status> answers) throws Exception {
        OtlpService<ExportTraceServiceRequest, ExportTraceServiceResponse> service =
                (OtlpService<ExportTraceServiceRequest, ExportTraceServiceResponse>) OtlpService.TRACES;
        server = NettyServerBuilder.forAddress(new InetSocketAddress("localhost", 0))
                .addService(ServerServiceDefinition.builder(service.grpcServiceName())
                        .addMethod(service.method(), ServerCalls.asyncUnaryCall((request, response) -> {
                            com.google.rpc.Status status = answers.apply(arrivals.size());
                            arrivals.add(System.nanoTime());
                            if (status == null) {
                                response.onNext(ExportTraceServiceResponse.getDefaultInstance());
                                response.onCompleted();
                            } else {
                                response.onError(StatusProto.toStatusRuntimeException(status));
                            }
                        })).build()).build().start();
        return "localhost:" + server.getPort();
    }

    private QueuedRetryExporter<ExportTraceServiceRequest> start(String endpoint) {
        OtlpGrpcExporterConfig config = new OtlpGrpcExporterConfig();
        config.endpoint = endpoint;
        config.tls.insecure = true;
        config.retryOnFailure.initialInterval = Duration.ofMillis(10);
        config.retryOnFailure.maxElapsedTime = Duration.ofSeconds(10);
        config.validate();
        exporter = (QueuedRetryExporter<ExportTraceServiceRequest>) new OtlpGrpcExporterFactory("otlp")
                .createExporter(SignalType.TRACES, settings, config);
        exporter.start(null);
        return exporter;
    }

    @AfterEach
    void stop() {
        if (exporter != null) {
            exporter.shutdown();
        }
        if (server != null) {
            server.shutdownNow();
        }
    }

    private static com.google.rpc.Status status(Code code, Duration retryDelay) {
        com.google.rpc.Status.Builder status = com.google.rpc.Status.newBuilder().setCode(code.getNumber()).setMessage("busy");
        if (retryDelay != null) {
            status.addDetails(Any.pack(RetryInfo.newBuilder().setRetryDelay(com.google.protobuf.Duration.newBuilder()
                    .setSeconds(retryDelay.getSeconds()).setNanos(retryDelay.getNano())).build()));
        }
        return status.build();
    }

    @Test
    void resourceExhaustedWithoutRetryInfoIsPermanent() throws Exception {
        start(fakeServer(n -> status(Code.RESOURCE_EXHAUSTED, null))).consume(Otlp.spans(2));
        Await.until(() -> exporter.failedItems() == 2);
        Thread.sleep(200);
        assertThat(arrivals).hasSize(1);
        assertThat(log.toString(StandardCharsets.UTF_8)).contains("Permanent error: rpc error: code = RESOURCE_EXHAUSTED");
    }

    @Test
    void resourceExhaustedWithRetryInfoWaitsTheDelay() throws Exception {
        start(fakeServer(n -> n == 0 ? status(Code.RESOURCE_EXHAUSTED, Duration.ofMillis(1500)) : null)).consume(Otlp.spans(2));
        Await.until(() -> exporter.sentItems() == 2);
        assertThat(Duration.ofNanos(arrivals.get(1) - arrivals.get(0))).isGreaterThanOrEqualTo(Duration.ofMillis(1400));
    }

    @Test
    void unavailableIsRetriedAndInvalidArgumentIsNot() throws Exception {
        start(fakeServer(n -> n < 2 ? status(Code.UNAVAILABLE, null) : n == 2 ? null : status(Code.INVALID_ARGUMENT, null)));
        exporter.consume(Otlp.spans(1));
        Await.until(() -> exporter.sentItems() == 1);
        assertThat(arrivals).hasSize(3);
        exporter.consume(Otlp.spans(1));
        Await.until(() -> exporter.failedItems() == 1);
        assertThat(arrivals).hasSize(4);
    }

    @Test
    void anOtelintReceiverThatRefusesIsRetriedAsUnavailable() throws Exception {
        int port = RunningCollector.freePort();
        try (RunningCollector b = new RunningCollector("{receivers: {otlp: {protocols: {grpc: {endpoint: 'localhost:" + port
                + "'}}}}, exporters: {recording: {fail: true}}, service: {pipelines: {traces: {receivers: [otlp],"
                + " exporters: [recording]}}}}")) {
            start("http://localhost:" + port).consume(Otlp.spans(1));
            Await.until(() -> log.toString(StandardCharsets.UTF_8).contains("code = UNAVAILABLE"));
            assertThat(exporter.failedItems()).isZero(); // still retrying
        }
    }
}
