package dev.otelint.collector.exporter.kafka;

import dev.otelint.collector.net.TlsClientConfig;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The exporter's config as kafka-clients producer properties (plain names, so that building them loads no
 * Kafka class). {@code timeout} bounds one attempt: the broker's answer (request.timeout.ms), waiting for
 * metadata (max.block.ms) and the producer's own retries (delivery.timeout.ms); after that retry_on_failure
 * takes over.
 */
final class KafkaClientProperties {
    private static final String BYTES = "org.apache.kafka.common.serialization.ByteArraySerializer";

    private KafkaClientProperties() {}

    static Map<String, Object> of(KafkaExporterConfig config) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("bootstrap.servers", String.join(",", config.brokers));
        p.put("client.id", config.clientId);
        p.put("client.dns.lookup", config.resolveCanonicalBootstrapServersOnly
                ? "resolve_canonical_bootstrap_servers_only" : "use_all_dns_ips");
        p.put("connections.max.idle.ms", millis(config.connIdleTimeout));
        p.put("metadata.max.age.ms", millis(config.metadata.refreshInterval));
        p.put("key.serializer", BYTES);
        p.put("value.serializer", BYTES);
        producer(p, config.producer);
        timeouts(p, config.timeout, config.producer.linger);
        security(p, config);
        return p;
    }

    private static void producer(Map<String, Object> p, KafkaProducerConfig producer) {
        String acks = producer.acks();
        p.put("acks", acks);
        // the idempotent producer needs acks=all; with 0 or 1 kafka-clients would refuse to start
        p.put("enable.idempotence", Boolean.toString(acks.equals("all")));
        p.put("max.request.size", Long.toString(producer.maxMessageBytes));
        p.put("compression.type", producer.compression);
        if (producer.compressionParams.level != -1 && !producer.compression.equals("none")
                && !producer.compression.equals("snappy")) {
            p.put("compression." + producer.compression + ".level", Long.toString(producer.compressionParams.level));
        }
        p.put("linger.ms", millis(producer.linger));
    }

    private static void timeouts(Map<String, Object> p, Duration timeout, Duration linger) {
        if (timeout.isZero()) {
            return; // no limit in the collector: kafka-clients' own defaults
        }
        p.put("request.timeout.ms", millis(timeout));
        p.put("max.block.ms", millis(timeout));
        // kafka-clients requires delivery.timeout.ms >= linger.ms + request.timeout.ms
        p.put("delivery.timeout.ms", millis(timeout.plus(linger)));
    }

    private static void security(Map<String, Object> p, KafkaExporterConfig config) {
        TlsClientConfig tls = config.tls();
        boolean ssl = tls != null && !tls.insecure;
        KafkaAuthConfig.Sasl sasl = config.auth.effectiveSasl();
        p.put("security.protocol", (sasl != null ? "SASL_" : "") + (ssl ? "SSL" : "PLAINTEXT"));
        if (ssl) {
            KafkaTls.addTo(p, tls);
        }
        if (sasl != null) {
            p.put("sasl.mechanism", sasl.mechanism);
            String module = sasl.mechanism.equals("PLAIN") ? "org.apache.kafka.common.security.plain.PlainLoginModule"
                    : "org.apache.kafka.common.security.scram.ScramLoginModule";
            p.put("sasl.jaas.config", module + " required username=" + quoted(sasl.username)
                    + " password=" + quoted(sasl.password) + ";");
        }
    }

    /** A JAAS option value: in double quotes, with backslash before a quote or a backslash. */
    private static String quoted(String value) {
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static String millis(Duration d) {
        return Long.toString(d.toMillis());
    }
}
