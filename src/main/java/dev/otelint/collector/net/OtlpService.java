package dev.otelint.collector.net;

import com.google.protobuf.Message;
import dev.otelint.records.Signal;
import dev.otelint.collector.component.SignalType;
import dev.otelint.collector.component.WireEncodings;
import io.grpc.Status;
import io.grpc.MethodDescriptor;
import io.grpc.protobuf.ProtoUtils;
import io.opentelemetry.proto.collector.logs.v1.ExportLogsServiceResponse;
import io.opentelemetry.proto.collector.metrics.v1.ExportMetricsServiceResponse;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceResponse;

/**
 * The OTLP export service of one signal, as opentelemetry-proto defines it: the gRPC method
 * ({@code opentelemetry.proto.collector.trace.v1.TraceService/Export} ...), the OTLP/HTTP path
 * ({@code /v1/traces} ...) and the request and response messages. The gRPC descriptor is built with
 * protobuf marshallers rather than generated stubs (opentelemetry-proto ships messages only).
 */
public record OtlpService<Q extends Message, R extends Message>(SignalType<Q> signal, String httpPath, R emptyResponse,
                                                                 MethodDescriptor<Q, R> method) {
    public static final OtlpService<?, ?> TRACES = of(SignalType.TRACES, "trace", "TraceService", "/v1/traces",
            ExportTraceServiceResponse.getDefaultInstance());
    public static final OtlpService<?, ?> METRICS = of(SignalType.METRICS, "metrics", "MetricsService", "/v1/metrics",
            ExportMetricsServiceResponse.getDefaultInstance());
    public static final OtlpService<?, ?> LOGS = of(SignalType.LOGS, "logs", "LogsService", "/v1/logs",
            ExportLogsServiceResponse.getDefaultInstance());

    @SuppressWarnings("unchecked")
    public static <Q extends Message> OtlpService<Q, Message> of(SignalType<Q> signal) {
        Signal s = signal.signal();
        return (OtlpService<Q, Message>) (s == Signal.TRACES ? TRACES : s == Signal.METRICS ? METRICS : LOGS);
    }

    private static <Q extends Message, R extends Message> OtlpService<Q, R> of(SignalType<Q> signal, String pkg,
                                                                             String service, String path, R response) {
        MethodDescriptor<Q, R> method = MethodDescriptor.<Q, R>newBuilder()
                .setType(MethodDescriptor.MethodType.UNARY)
                .setFullMethodName(MethodDescriptor.generateFullMethodName(
                        "opentelemetry.proto.collector." + pkg + ".v1." + service, "Export"))
                .setRequestMarshaller(ProtoUtils.marshaller(signal.empty()))
                .setResponseMarshaller(ProtoUtils.marshaller(response))
                .build();
        return new OtlpService<>(signal, path, response, method);
    }

    /**
     * The method as a receiver serves it: each request is parsed from its whole encoding, which is remembered
     * ({@link WireEncodings}) so that an exporter can send those bytes again instead of encoding the message.
     */
    public MethodDescriptor<Q, R> receivingMethod() {
        return method.toBuilder(new RememberingMarshaller<>(signal), method.getResponseMarshaller()).build();
    }

    /** Parses as grpc's protobuf marshaller does (same status on bad bytes), keeping the bytes parsed. */
    private record RememberingMarshaller<Q extends Message>(SignalType<Q> signal) implements MethodDescriptor.Marshaller<Q> {
        @Override
        public java.io.InputStream stream(Q value) {
            return new java.io.ByteArrayInputStream(value.toByteArray());
        }

        @Override
        @SuppressWarnings("unchecked")
        public Q parse(java.io.InputStream stream) {
            try {
                // a message's stream (as sent, or inflated by GrpcGzipDecompressor) knows its length: one exact
                // array instead of chunks copied; otherwise available() is a harmless underestimate
                byte[] bytes = BodyReader.readAll(stream, stream.available(), Integer.MAX_VALUE, "message");
                Q request = (Q) signal.empty().getParserForType().parseFrom(bytes);
                WireEncodings.remember(request, bytes);
                return request;
            } catch (java.io.IOException e) {
                throw Status.INTERNAL.withDescription("Invalid protobuf byte sequence").withCause(e).asRuntimeException();
            }
        }
    }

    /**
     * The same gRPC method taking the request's protobuf encoding as it is, for a sender that holds it already
     * (the bytes are the message on the wire, so the peer cannot tell the two apart).
     */
    public MethodDescriptor<byte[], R> encodedMethod() {
        return method.toBuilder(EncodedMarshaller.INSTANCE, method.getResponseMarshaller()).build();
    }

    /** Writes and reads protobuf encodings as they are. */
    private enum EncodedMarshaller implements MethodDescriptor.Marshaller<byte[]> {
        INSTANCE;

        @Override
        public java.io.InputStream stream(byte[] value) {
            return new java.io.ByteArrayInputStream(value);
        }

        @Override
        public byte[] parse(java.io.InputStream stream) {
            try {
                return stream.readAllBytes();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
    }

    /** The gRPC service name ("opentelemetry.proto.collector.trace.v1.TraceService"). */
    public String grpcServiceName() {
        return method.getServiceName();
    }
}
