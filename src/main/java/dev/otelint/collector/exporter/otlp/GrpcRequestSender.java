package dev.otelint.collector.exporter.otlp;

import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.Message;
import com.google.rpc.RetryInfo;
import dev.otelint.collector.component.ComponentSettings;
import dev.otelint.collector.component.SignalType;
import dev.otelint.collector.exporter.helper.SendResult;
import dev.otelint.collector.exporter.helper.ExportFailure;
import dev.otelint.collector.exporter.helper.ExportRequest;
import dev.otelint.collector.exporter.helper.RequestSender;
import dev.otelint.collector.net.GrpcGzipCompressor;
import dev.otelint.collector.net.OtlpService;
import dev.otelint.collector.net.TlsMaterial;
import io.grpc.CallOptions;
import io.grpc.ChannelCredentials;
import io.grpc.InsecureChannelCredentials;
import io.grpc.ManagedChannel;
import io.grpc.Metadata;
import io.grpc.MethodDescriptor;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.TlsChannelCredentials;
import io.grpc.netty.shaded.io.grpc.netty.NettyChannelBuilder;
import io.grpc.protobuf.StatusProto;
import io.grpc.stub.ClientCalls;
import io.grpc.stub.MetadataUtils;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Sends one OTLP/gRPC export request (the otlp exporter). Retryable, per the OTLP spec: CANCELLED,
 * DEADLINE_EXCEEDED, ABORTED, OUT_OF_RANGE, UNAVAILABLE, DATA_LOSS, and RESOURCE_EXHAUSTED only when the server
 * sends RetryInfo; the RetryInfo delay is honoured. Any other code is permanent.
 */
final class GrpcRequestSender<T extends Message> implements RequestSender<T> {
    private static final Set<Status.Code> RETRYABLE = EnumSet.of(Status.Code.CANCELLED, Status.Code.DEADLINE_EXCEEDED,
            Status.Code.ABORTED, Status.Code.OUT_OF_RANGE, Status.Code.UNAVAILABLE, Status.Code.DATA_LOSS);

    private final SignalType<T> signal;
    private final ComponentSettings settings;
    private final OtlpGrpcExporterConfig config;
    private final MethodDescriptor<byte[], Message> method;
    private ManagedChannel channel;

    GrpcRequestSender(SignalType<T> signal, ComponentSettings settings, OtlpGrpcExporterConfig config) {
        this.signal = signal;
        this.settings = settings;
        this.config = config;
        this.method = OtlpService.of(signal).encodedMethod();
    }

    @Override
    public void start() {
        Metadata headers = new Metadata();
        config.headers.forEach((k, v) -> headers.put(Metadata.Key.of(k, Metadata.ASCII_STRING_MARSHALLER), v));
        NettyChannelBuilder builder = NettyChannelBuilder.forTarget(config.target(), credentials())
                .intercept(MetadataUtils.newAttachHeadersInterceptor(headers))
                .compressorRegistry(GrpcGzipCompressor.registry());
        if (!config.tls.serverNameOverride.isEmpty()) {
            builder.overrideAuthority(config.tls.serverNameOverride);
        }
        channel = builder.build();
    }

    private ChannelCredentials credentials() {
        if (config.plainText()) {
            return InsecureChannelCredentials.create();
        }
        TlsChannelCredentials.Builder tls = TlsChannelCredentials.newBuilder().trustManager(config.tls.insecureSkipVerify
                ? TlsMaterial.trustAll() : TlsMaterial.trustManagers(config.tls.caFile));
        if (!config.tls.certFile.isEmpty()) {
            tls.keyManager(TlsMaterial.keyManagers(config.tls.certFile, config.tls.keyFile));
        }
        return tls.build();
    }

    @Override
    public boolean sendsProtobuf() {
        return true;
    }

    @Override
    public SendResult send(ExportRequest<T> request) throws ExportFailure {
        CallOptions options = CallOptions.DEFAULT.withCompression(compressionOrIdentity());
        if (!config.timeout.isZero()) {
            options = options.withDeadlineAfter(config.timeout.toNanos(), TimeUnit.NANOSECONDS);
        }
        Message response;
        try {
            response = ClientCalls.blockingUnaryCall(channel, method, options, request.protobuf());
        } catch (StatusRuntimeException e) {
            throw failure(e);
        }
        return PartialSuccess.log(settings, signal, response);
    }

    private String compressionOrIdentity() {
        String name = Compressions.grpc(config.compression);
        return name == null ? "identity" : name;
    }

    private ExportFailure failure(StatusRuntimeException e) {
        Status.Code code = e.getStatus().getCode();
        String message = "rpc error: code = " + code + " desc = " + e.getStatus().getDescription();
        Duration retryInfo = retryInfo(e);
        if (RETRYABLE.contains(code) || code == Status.Code.RESOURCE_EXHAUSTED && retryInfo != null) {
            return ExportFailure.retryable(message, retryInfo, e);
        }
        return ExportFailure.permanent("Permanent error: " + message, e);
    }

    /** The RetryInfo delay in the status details, or null. */
    private static Duration retryInfo(StatusRuntimeException e) {
        com.google.rpc.Status status = StatusProto.fromThrowable(e);
        if (status == null) {
            return null;
        }
        for (com.google.protobuf.Any detail : status.getDetailsList()) {
            if (detail.is(RetryInfo.class)) {
                try {
                    com.google.protobuf.Duration delay = detail.unpack(RetryInfo.class).getRetryDelay();
                    return Duration.ofSeconds(delay.getSeconds(), delay.getNanos());
                } catch (InvalidProtocolBufferException ignored) {
                    return null;
                }
            }
        }
        return null;
    }

    @Override
    public void shutdown() {
        if (channel != null) {
            channel.shutdown();
            try {
                channel.awaitTermination(5, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            channel.shutdownNow();
            channel = null;
        }
    }
}
