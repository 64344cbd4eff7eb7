package dev.otelint.collector.receiver.otlp;

import dev.otelint.collector.component.ConfigKey;
import dev.otelint.collector.net.TlsServerConfig;

/** The otlp receiver's gRPC server (configgrpc.ServerConfig); otelint binds localhost by default, as the collector. */
public final class GrpcServerConfig {
    @ConfigKey("endpoint")
    public String endpoint = "localhost:4317";

    @ConfigKey("transport")
    public String transport = "tcp";

    /** null: plain text. */
    @ConfigKey("tls")
    public TlsServerConfig tls;

    /** 0: gRPC's default of 4 MiB. */
    @ConfigKey(value = "max_recv_msg_size_mib", unsigned = true)
    public int maxRecvMsgSizeMib = 0;

    /** 0: no limit. */
    @ConfigKey(value = "max_concurrent_streams", unsigned = true)
    public int maxConcurrentStreams = 0;

    @ConfigKey(value = "read_buffer_size", supported = false)
    public int readBufferSize = 512 * 1024;

    @ConfigKey(value = "write_buffer_size", supported = false)
    public int writeBufferSize = 0;

    @ConfigKey(value = "include_metadata", supported = false)
    public boolean includeMetadata = false;

    void validate() {
        if (!transport.equals("tcp")) {
            throw new IllegalArgumentException("protocols::grpc: transport \"" + transport
                    + "\" is not supported by otelint (only tcp)");
        }
        Endpoints.hostPort(endpoint, "protocols::grpc");
        if (tls != null) {
            tls.validate();
        }
    }
}
