package dev.otelint.collector.exporter.kafka;

import dev.otelint.collector.component.ConfigKey;
import dev.otelint.collector.config.ConfigNode;
import dev.otelint.collector.net.TlsClientConfig;
import java.util.List;

/**
 * The kafka exporter's {@code auth} section (configkafka's AuthenticationConfig). SASL PLAIN and SCRAM work;
 * Kerberos and the OAuth mechanisms are config errors rather than a connection without the asked-for auth.
 */
public final class KafkaAuthConfig {
    static final List<String> SASL_MECHANISMS = List.of("PLAIN", "SCRAM-SHA-256", "SCRAM-SHA-512");
    private static final List<String> CONTRIB_ONLY = List.of("AWS_MSK_IAM_OAUTHBEARER", "OAUTHBEARER", "OIDCFILE");

    /** Deprecated in contrib for sasl with mechanism PLAIN, which it is an alias of. */
    @ConfigKey("plain_text")
    public Credentials plainText;

    @ConfigKey("sasl")
    public Sasl sasl;

    @ConfigKey("kerberos")
    public ConfigNode kerberos;

    /** Deprecated alias of the top-level tls, used when that is not set. */
    @ConfigKey("tls")
    public TlsClientConfig tls;

    /** A user name and password. */
    public static final class Credentials {
        @ConfigKey("username")
        public String username = "";

        @ConfigKey("password")
        public String password = "";
    }

    /** SASL settings; AWS MSK and OAuth token sources are kept only to name them as not supported. */
    public static final class Sasl {
        @ConfigKey("username")
        public String username = "";

        @ConfigKey("password")
        public String password = "";

        @ConfigKey("mechanism")
        public String mechanism = "";

        /** Sarama's handshake version; kafka-clients negotiates it. */
        @ConfigKey("version")
        public long version = 0;

        @ConfigKey(value = "aws_msk", supported = false)
        public ConfigNode awsMsk;

        @ConfigKey(value = "oauthbearer_token_source", supported = false)
        public String oauthbearerTokenSource = "";

        @ConfigKey(value = "oidc_file", supported = false)
        public ConfigNode oidcFile;
    }

    void validate() {
        if (kerberos != null) {
            throw new IllegalArgumentException("auth::kerberos is known to otelcol-contrib, not supported by otelint");
        }
        if (sasl == null) {
            return;
        }
        if (CONTRIB_ONLY.contains(sasl.mechanism)) {
            throw new IllegalArgumentException("auth::sasl::mechanism \"" + sasl.mechanism + "\" is known to "
                    + "otelcol-contrib, not supported by otelint (supported: " + String.join(", ", SASL_MECHANISMS) + ")");
        }
        if (!SASL_MECHANISMS.contains(sasl.mechanism)) {
            // configkafka's SASLConfig.Validate
            throw new IllegalArgumentException("mechanism should be one of 'PLAIN', 'AWS_MSK_IAM_OAUTHBEARER', "
                    + "'SCRAM-SHA-256' or 'SCRAM-SHA-512'. configured value " + sasl.mechanism);
        }
        if (sasl.username.isEmpty()) {
            throw new IllegalArgumentException("username is required");
        }
        if (sasl.password.isEmpty()) {
            throw new IllegalArgumentException("password is required");
        }
        if (sasl.version < 0 || sasl.version > 1) {
            throw new IllegalArgumentException("version has to be either 0 or 1. configured value " + sasl.version);
        }
    }

    /** The SASL mechanism and credentials in force (plain_text is PLAIN), or null for none. */
    Sasl effectiveSasl() {
        if (sasl != null) {
            return sasl;
        }
        if (plainText == null) {
            return null;
        }
        Sasl plain = new Sasl();
        plain.mechanism = "PLAIN";
        plain.username = plainText.username;
        plain.password = plainText.password;
        return plain;
    }
}
