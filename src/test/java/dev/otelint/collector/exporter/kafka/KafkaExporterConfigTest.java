package dev.otelint.collector.exporter.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.otelint.cli.Main;
import dev.otelint.collector.ComponentKind;
import dev.otelint.collector.ComponentRegistry;
import dev.otelint.collector.component.ExporterFactory;
import dev.otelint.collector.net.HostPort;
import dev.otelint.records.Signal;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KafkaExporterConfigTest {
    @TempDir
    Path dir;

    private String validate(String exporters) throws Exception {
        Path config = dir.resolve("otel.yaml");
        Files.writeString(config, """
                receivers:
                  otlp: {protocols: {grpc: {}}}
                exporters:
                %s
                service:
                  pipelines:
                    traces: {receivers: [otlp], exporters: [%s]}
                """.formatted(exporters.indent(2).stripTrailing(),
                String.join(", ", exporters.lines().filter(l -> !l.startsWith(" ")).map(l -> l.replace(":", "").trim())
                        .toList())));
        StringWriter out = new StringWriter();
        Main.execute(new PrintWriter(out), new PrintWriter(new StringWriter()), "collector", "validate", "--config",
                config.toString());
        return out.toString();
    }

    @Test
    void collectorValidateReportsKafkaSettingsInTheCollectorsWords() throws Exception {
        String out = validate("""
                kafka/raw:
                  logs: {encoding: raw}
                kafka/jaeger:
                  encoding: jaeger_json
                kafka/compression:
                  producer: {compression: brotli}
                kafka/acks:
                  producer: {required_acks: 2}
                kafka/msk:
                  auth: {sasl: {mechanism: AWS_MSK_IAM_OAUTHBEARER}}
                kafka/both:
                  partition_logs_by_resource_attributes: true
                  partition_logs_by_trace_id: true
                kafka/version:
                  protocol_version: two
                kafka/broker:
                  brokers: [kafka]
                kafka/meta:
                  include_metadata_keys: [tenant]
                kafka/typo:
                  partition_trace_by_id: true
                """);
        assertThat(out)
                .contains("exporters::kafka/raw: logs::encoding \"raw\" is known to otelcol-contrib, not supported by "
                        + "otelint (otelint has: otlp_proto, otlp_json)")
                .contains("exporters::kafka/jaeger: traces::encoding \"jaeger_json\" is known to otelcol-contrib")
                .contains("exporters::kafka/compression: compression should be one of 'none', 'gzip', 'snappy', "
                        + "'lz4', or 'zstd'. configured value is \"brotli\"")
                .contains("exporters::kafka/acks: expected 'all' (-1), 0, or 1; configured value is 2")
                .contains("exporters::kafka/msk: auth::sasl::mechanism \"AWS_MSK_IAM_OAUTHBEARER\" is known to "
                        + "otelcol-contrib, not supported by otelint (supported: PLAIN, SCRAM-SHA-256, SCRAM-SHA-512)")
                .contains("exporters::kafka/both: partition_logs_by_resource_attributes and partition_logs_by_trace_id "
                        + "cannot both be enabled")
                .contains("exporters::kafka/version: invalid protocol version: invalid version `two`")
                .contains("exporters::kafka/broker: invalid broker \"kafka\": missing port in address")
                .contains("warning [collector.unsupported] exporters::kafka/meta: setting 'include_metadata_keys' is "
                        + "known to otelcol-contrib, not supported by otelint")
                .contains("exporters::kafka/typo: '' has invalid keys: partition_trace_by_id");
    }

    @Test
    void aValidKafkaConfigIsClean() throws Exception {
        String out = validate("""
                kafka:
                  brokers: [kafka-1:9092, kafka-2:9092]
                  traces: {topic: spans, encoding: otlp_json}
                  partition_traces_by_id: true
                  producer: {required_acks: all, compression: zstd, compression_params: {level: 3}}
                  auth: {sasl: {mechanism: SCRAM-SHA-512, username: otel, password: secret}}
                  record_headers: {x-tenant: acme}
                  sending_queue: {queue_size: 100}
                """);
        assertThat(out).contains("0 errors, 0 warnings").doesNotContain("error [").doesNotContain("warning [");
    }

    @Test
    void theDeprecatedTopLevelTopicAndEncodingFillOnlyTheSignalsThatDoNotSetTheirOwn() {
        KafkaExporterConfig config = new KafkaExporterConfig();
        assertThat(config.topic(Signal.TRACES)).isEqualTo("otlp_spans");
        assertThat(config.topic(Signal.METRICS)).isEqualTo("otlp_metrics");
        assertThat(config.topic(Signal.LOGS)).isEqualTo("otlp_logs");
        config.topic = "all";
        config.encoding = "otlp_json";
        config.logs.topic = "logs";
        config.logs.encoding = "otlp_proto";
        assertThat(config.topic(Signal.TRACES)).isEqualTo("all");
        assertThat(config.topic(Signal.LOGS)).isEqualTo("logs");
        assertThat(config.encoding(Signal.METRICS)).isEqualTo("otlp_json");
        assertThat(config.encoding(Signal.LOGS)).isEqualTo("otlp_proto");
    }

    @Test
    void producerSettingsBecomeKafkaClientProperties() {
        KafkaExporterConfig config = new KafkaExporterConfig();
        config.brokers = List.of("a:9092", "b:9093");
        config.producer.requiredAcks = "all";
        config.producer.compression = "gzip";
        config.producer.compressionParams.level = 9;
        config.producer.maxMessageBytes = 2_000_000;
        config.auth.plainText = new KafkaAuthConfig.Credentials();
        config.auth.plainText.username = "otel";
        config.auth.plainText.password = "pa\"ss";
        config.tls = new dev.otelint.collector.net.TlsClientConfig();
        config.validate();

        Map<String, Object> p = KafkaClientProperties.of(config);
        assertThat(p).containsEntry("bootstrap.servers", "a:9092,b:9093").containsEntry("client.id", "otel-collector")
                .containsEntry("acks", "all").containsEntry("enable.idempotence", "true")
                .containsEntry("compression.type", "gzip").containsEntry("compression.gzip.level", "9")
                .containsEntry("max.request.size", "2000000").containsEntry("linger.ms", "10")
                .containsEntry("request.timeout.ms", "5000").containsEntry("delivery.timeout.ms", "5010")
                .containsEntry("security.protocol", "SASL_SSL").containsEntry("sasl.mechanism", "PLAIN")
                .containsEntry("sasl.jaas.config", "org.apache.kafka.common.security.plain.PlainLoginModule required "
                        + "username=\"otel\" password=\"pa\\\"ss\";")
                .containsEntry("ssl.enabled.protocols", "TLSv1.2,TLSv1.3");
    }

    @Test
    void tlsInsecureMeansPlainTextAndAMissingCaFileFailsTheStart() {
        KafkaExporterConfig config = new KafkaExporterConfig();
        config.tls = new dev.otelint.collector.net.TlsClientConfig();
        config.tls.insecure = true;
        assertThat(KafkaClientProperties.of(config)).containsEntry("security.protocol", "PLAINTEXT")
                .containsEntry("acks", "1").containsEntry("enable.idempotence", "false");
        config.tls.insecure = false;
        config.tls.caFile = dir.resolve("missing-ca.pem").toString();
        assertThatThrownBy(() -> KafkaClientProperties.of(config)).hasMessageContaining("cannot read tls::ca_file");
    }

    @Test
    void pushTargetTakesACommaSeparatedBrokerList() {
        var target = ((ExporterFactory<?>) ComponentRegistry.builtIn().factory(ComponentKind.EXPORTER, "kafka"))
                .pushTarget().orElseThrow();
        assertThat(target.name()).isEqualTo("kafka");
        assertThat(target.config("k1:9092, k2:9092")).isEqualTo(Map.of("brokers", List.of("k1:9092", "k2:9092")));
        assertThat(target.address("k1:9092,k2:9092")).contains(new HostPort("k1", 9092));
        assertThat(target.config("")).isEmpty();
        assertThat(target.address("")).contains(new HostPort("localhost", 9092));
    }
}
