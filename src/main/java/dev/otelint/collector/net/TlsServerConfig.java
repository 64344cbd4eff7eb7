package dev.otelint.collector.net;

import dev.otelint.collector.component.ConfigKey;
import java.time.Duration;

/**
 * A server's TLS settings (the collector's configtls.ServerConfig). With {@code client_ca_file}, clients must
 * present a certificate signed by it (mTLS). PEM files; the key in PKCS#8.
 */
public final class TlsServerConfig {
    @ConfigKey("cert_file")
    public String certFile = "";

    @ConfigKey("key_file")
    public String keyFile = "";

    /** Clients are checked with client_ca_file; a server's ca_file (its root CAs) has no use in otelint. */
    @ConfigKey(value = "ca_file", supported = false)
    public String caFile = "";

    @ConfigKey("client_ca_file")
    public String clientCaFile = "";

    @ConfigKey("min_version")
    public String minVersion = "1.2";

    @ConfigKey("max_version")
    public String maxVersion = "";

    @ConfigKey(value = "reload_interval", supported = false)
    public Duration reloadInterval = Duration.ZERO;

    @ConfigKey(value = "cipher_suites", supported = false)
    public java.util.List<String> cipherSuites = java.util.List.of();

    /** The collector's check: a server needs both a certificate and its key. */
    public void validate() {
        if (certFile.isEmpty() || keyFile.isEmpty()) {
            throw new IllegalArgumentException("failed to load TLS config: for auth via TLS, provide both certificate "
                    + "and key, or neither");
        }
        TlsVersions.protocols(minVersion, maxVersion);
    }
}
