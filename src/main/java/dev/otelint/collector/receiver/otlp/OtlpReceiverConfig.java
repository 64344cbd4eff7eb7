package dev.otelint.collector.receiver.otlp;

import dev.otelint.collector.component.ConfigKey;
import dev.otelint.collector.component.ValidatedConfig;

/** The otlp receiver's settings: {@code protocols} with a {@code grpc} and/or an {@code http} server. */
public final class OtlpReceiverConfig implements ValidatedConfig {
    @ConfigKey("protocols")
    public Protocols protocols = new Protocols();

    /** Each protocol is on only when its key is present ("grpc:" alone takes the defaults). */
    public static final class Protocols {
        @ConfigKey("grpc")
        public GrpcServerConfig grpc;

        @ConfigKey("http")
        public HttpServerConfig http;
    }

    @Override
    public void validate() {
        if (protocols.grpc == null && protocols.http == null) {
            throw new IllegalArgumentException("must specify at least one protocol when using the OTLP receiver");
        }
        if (protocols.grpc != null) {
            protocols.grpc.validate();
        }
        if (protocols.http != null) {
            protocols.http.validate();
        }
    }
}
