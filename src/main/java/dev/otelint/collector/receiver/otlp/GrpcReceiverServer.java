package dev.otelint.collector.receiver.otlp;

import com.google.protobuf.Message;
import dev.otelint.collector.component.ConsumeException;
import dev.otelint.collector.net.GrpcGzipDecompressor;
import dev.otelint.collector.net.OtlpService;
import dev.otelint.collector.net.TlsMaterial;
import dev.otelint.collector.net.TlsServerConfig;
import io.grpc.InsecureServerCredentials;
import io.grpc.Server;
import io.grpc.ServerCredentials;
import io.grpc.ServerServiceDefinition;
import io.grpc.Status;
import io.grpc.TlsServerCredentials;
import io.grpc.netty.shaded.io.grpc.netty.NettyServerBuilder;
import io.grpc.stub.ServerCalls;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * The otlp receiver's gRPC server: the Export method of each signal a pipeline takes (others answer
 * UNIMPLEMENTED, as in the collector); a refused request answers UNAVAILABLE, which OTLP senders retry.
 */
final class GrpcReceiverServer {
    private static final int DRAIN_SECONDS = 5;
    private static final int MIB = 1024 * 1024;
    private static final int GRPC_DEFAULT_MAX_MESSAGE = 4 * MIB; // grpc-go's and grpc-java's default

    private final GrpcServerConfig config;
    private final List<GrpcRoute<?>> routes;
    private final String name;
    private Server server;
    private ExecutorService handlers;

    /** A signal's service and the consumer its data goes to. */
    record GrpcRoute<Q extends Message>(OtlpService<Q, ?> service, Consumer<Q> consumer) {}

    GrpcReceiverServer(GrpcServerConfig config, List<GrpcRoute<?>> routes, String name) {
        this.config = config;
        this.routes = routes;
        this.name = name;
    }

    void start() {
        InetSocketAddress address = Endpoints.bindAddress(config.endpoint, "protocols::grpc");
        handlers = Endpoints.handlerThreads("otelint-otlp-grpc-" + name);
        NettyServerBuilder builder = NettyServerBuilder.forAddress(address, credentials(config.tls)).executor(handlers);
        int maxMessageBytes = config.maxRecvMsgSizeMib > 0 ? config.maxRecvMsgSizeMib * MIB : GRPC_DEFAULT_MAX_MESSAGE;
        builder.maxInboundMessageSize(maxMessageBytes).decompressorRegistry(GrpcGzipDecompressor.registry(maxMessageBytes));
        if (config.maxConcurrentStreams > 0) {
            builder.maxConcurrentCallsPerConnection(config.maxConcurrentStreams);
        }
        routes.forEach(route -> builder.addService(service(route)));
        try {
            server = builder.build().start();
        } catch (IOException e) {
            handlers.shutdownNow();
            throw new UncheckedIOException("listen tcp " + config.endpoint + ": " + e.getMessage(), e);
        }
    }

    int port() {
        return server.getPort();
    }

    /** Stops taking calls and lets calls in progress finish (up to 5 s). */
    void shutdown() {
        if (server == null) {
            return;
        }
        server.shutdown();
        try {
            server.awaitTermination(DRAIN_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        server.shutdownNow();
        handlers.shutdownNow();
        server = null;
    }

    private static <Q extends Message> ServerServiceDefinition service(GrpcRoute<Q> route) {
        @SuppressWarnings("unchecked")
        OtlpService<Q, Message> service = (OtlpService<Q, Message>) route.service();
        return ServerServiceDefinition.builder(service.grpcServiceName())
                .addMethod(service.receivingMethod(), ServerCalls.asyncUnaryCall((request, response) -> {
                    try {
                        route.consumer().accept(request);
                    } catch (ConsumeException e) {
                        response.onError(Status.UNAVAILABLE.withDescription(e.getMessage()).asRuntimeException());
                        return;
                    }
                    response.onNext(service.emptyResponse());
                    response.onCompleted();
                }))
                .build();
    }

    private static ServerCredentials credentials(TlsServerConfig tls) {
        if (tls == null) {
            return InsecureServerCredentials.create();
        }
        TlsServerCredentials.Builder creds = TlsServerCredentials.newBuilder()
                .keyManager(TlsMaterial.keyManagers(tls.certFile, tls.keyFile));
        if (!tls.clientCaFile.isEmpty()) {
            creds.trustManager(TlsMaterial.trustManagers(tls.clientCaFile))
                    .clientAuth(TlsServerCredentials.ClientAuth.REQUIRE);
        }
        return creds.build();
    }
}
