package dev.otelint.collector.net;

import dev.otelint.collector.component.ConfigKey;

/**
 * A client's TLS settings (the collector's configtls.ClientConfig): {@code insecure} turns TLS off (gRPC);
 * {@code ca_file} adds the CA that signs the server; {@code cert_file}/{@code key_file} are the client's own
 * certificate for mTLS. PEM files; the key in PKCS#8.
 */
public final class TlsClientConfig {
    @ConfigKey("insecure")
    public boolean insecure = false;

    @ConfigKey("insecure_skip_verify")
    public boolean insecureSkipVerify = false;

    @ConfigKey("ca_file")
    public String caFile = "";

    @ConfigKey("cert_file")
    public String certFile = "";

    @ConfigKey("key_file")
    public String keyFile = "";

    @ConfigKey("server_name_override")
    public String serverNameOverride = "";

    @ConfigKey("min_version")
    public String minVersion = "1.2";

    @ConfigKey("max_version")
    public String maxVersion = "";

    public void validate() {
        if (certFile.isEmpty() != keyFile.isEmpty()) {
            throw new IllegalArgumentException("failed to load TLS config: for auth via TLS, provide both certificate "
                    + "and key, or neither");
        }
        TlsVersions.protocols(minVersion, maxVersion);
    }
}
