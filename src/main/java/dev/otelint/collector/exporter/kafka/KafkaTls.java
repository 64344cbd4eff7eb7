package dev.otelint.collector.exporter.kafka;

import dev.otelint.collector.net.TlsClientConfig;
import dev.otelint.collector.net.TlsMaterial;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * The collector's client TLS settings as kafka-clients SSL properties: PEM files (the CA as a PEM trust store,
 * the client's certificate and PKCS#8 key passed as PEM text) and the allowed protocol versions.
 */
final class KafkaTls {
    private KafkaTls() {}

    static void validate(TlsClientConfig tls) {
        tls.validate();
        // kafka-clients verifies the server against its own trust store and the broker's advertised host name
        if (tls.insecureSkipVerify) {
            throw new IllegalArgumentException("tls::insecure_skip_verify is not supported by otelint's kafka "
                    + "exporter: give the broker's CA in tls::ca_file");
        }
        if (!tls.serverNameOverride.isEmpty()) {
            throw new IllegalArgumentException("tls::server_name_override is not supported by otelint's kafka exporter");
        }
    }

    /** Adds the SSL properties; the certificate files are read now, so a missing one fails the exporter's start. */
    static void addTo(Map<String, Object> properties, TlsClientConfig tls) {
        String[] protocols = TlsMaterial.protocols(tls.minVersion, tls.maxVersion);
        properties.put("ssl.enabled.protocols", String.join(",", protocols));
        properties.put("ssl.protocol", protocols[protocols.length - 1]);
        if (!tls.caFile.isEmpty()) {
            properties.put("ssl.truststore.type", "PEM");
            properties.put("ssl.truststore.certificates", read(tls.caFile, "ca_file"));
        }
        if (!tls.certFile.isEmpty()) {
            properties.put("ssl.keystore.type", "PEM");
            properties.put("ssl.keystore.certificate.chain", read(tls.certFile, "cert_file"));
            properties.put("ssl.keystore.key", read(tls.keyFile, "key_file"));
        }
    }

    private static String read(String file, String setting) {
        try {
            return Files.readString(Path.of(file));
        } catch (IOException e) {
            throw new IllegalArgumentException("failed to load TLS config: cannot read tls::" + setting + " " + file
                    + ": " + e.getMessage());
        }
    }
}
