package dev.otelint.collector.receiver.otlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.otelint.collector.Otlp;
import dev.otelint.collector.RunningCollector;
import dev.otelint.collector.net.OtlpService;
import io.grpc.CallOptions;
import io.grpc.ManagedChannel;
import io.grpc.MethodDescriptor;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.netty.shaded.io.grpc.netty.NettyChannelBuilder;
import io.grpc.stub.ClientCalls;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class OtlpGrpcReceiverTest {
    /** Sends any bytes as a request, to reach the server with what no protobuf client would send. */
    private static final MethodDescriptor.Marshaller<byte[]> RAW = new MethodDescriptor.Marshaller<>() {
        @Override
        public InputStream stream(byte[] value) {
            return new ByteArrayInputStream(value);
        }

        @Override
        public byte[] parse(InputStream stream) {
            try {
                return stream.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    };

    private final int port = RunningCollector.freePort();
    private RunningCollector collector;
    private ManagedChannel channel;

    private void start(String exporter) {
        collector = new RunningCollector("{receivers: {otlp: {protocols: {grpc: {endpoint: 'localhost:" + port + "'}}}},"
                + " exporters: {recording: " + exporter + "}, service: {pipelines: {traces: {receivers: [otlp],"
                + " exporters: [recording]}}}}");
        channel = NettyChannelBuilder.forTarget("localhost:" + port).usePlaintext().build();
    }

    @AfterEach
    void stop() {
        channel.shutdownNow();
        collector.close();
    }

    private Status call(OtlpService<?, ?> service, byte[] body) {
        return call(service, body, CallOptions.DEFAULT);
    }

    private Status call(OtlpService<?, ?> service, byte[] body, CallOptions options) {
        MethodDescriptor<byte[], byte[]> raw = service.method().toBuilder(RAW, RAW).build();
        StatusRuntimeException e = catchThrowableOfType(StatusRuntimeException.class,
                () -> ClientCalls.blockingUnaryCall(channel, raw, options, body));
        return e == null ? Status.OK : e.getStatus();
    }

    @Test
    void takesAnExportAndRefusesMalformedProtobufAndUnservedSignals() {
        start("{}");
        assertThat(call(OtlpService.TRACES, Otlp.spans(2).toByteArray()).getCode()).isEqualTo(Status.Code.OK);
        assertThat(collector.recordedItems()).isEqualTo(2);
        // grpc-java's server closes a call whose request does not parse as UNKNOWN (the collector's grpc-go: INTERNAL)
        assertThat(call(OtlpService.TRACES, new byte[] {0x0a, 0x7f, 0x01}).getCode()).isEqualTo(Status.Code.UNKNOWN);
        assertThat(collector.recordedItems()).isEqualTo(2);
        assertThat(call(OtlpService.LOGS, Otlp.logs(1).toByteArray()).getCode()).isEqualTo(Status.Code.UNIMPLEMENTED);
        assertThat(call(OtlpService.TRACES, Otlp.spans(1).toByteArray()).getCode()).isEqualTo(Status.Code.OK);
    }

    @Test
    void inflatesGzipMessagesAndRefusesOnesThatInflateBeyondTheLimit() {
        start("{}");
        CallOptions gzip = CallOptions.DEFAULT.withCompression("gzip");
        assertThat(call(OtlpService.TRACES, Otlp.spans(200).toByteArray(), gzip).getCode()).isEqualTo(Status.Code.OK);
        assertThat(collector.recordedItems()).isEqualTo(200);
        Status bomb = call(OtlpService.TRACES, new byte[64 * 1024 * 1024], gzip); // 64 MiB of zeros: about 64 KiB sent
        assertThat(bomb.getCode()).isEqualTo(Status.Code.RESOURCE_EXHAUSTED);
        assertThat(bomb.getDescription()).isEqualTo("Decompressed gRPC message exceeds maximum size 4194304");
        assertThat(call(OtlpService.TRACES, Otlp.spans(1).toByteArray(), gzip).getCode()).isEqualTo(Status.Code.OK);
    }

    @Test
    void answersUnavailableWhenThePipelineRefuses() {
        start("{fail: true}");
        Status status = call(OtlpService.TRACES, Otlp.spans(1).toByteArray());
        assertThat(status.getCode()).isEqualTo(Status.Code.UNAVAILABLE);
        assertThat(status.getDescription()).isEqualTo("refused");
    }
}
