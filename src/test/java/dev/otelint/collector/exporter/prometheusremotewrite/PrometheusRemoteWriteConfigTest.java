package dev.otelint.collector.exporter.prometheusremotewrite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.otelint.cli.Main;
import dev.otelint.collector.component.PushTarget;
import dev.otelint.collector.net.HostPort;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The exporter's settings through `collector validate`, as a user writes them. */
class PrometheusRemoteWriteConfigTest {
    @TempDir
    Path dir;

    private String validate(String exporter, String pipeline) throws Exception {
        Path config = dir.resolve("otel.yaml");
        Files.writeString(config, """
                receivers:
                  otlp: {protocols: {http: {endpoint: "127.0.0.1:0"}}}
                exporters:
                  prometheusremotewrite:
                %s
                service:
                  pipelines:
                    %s: {receivers: [otlp], exporters: [prometheusremotewrite]}
                """.formatted(exporter.indent(4).stripTrailing(), pipeline));
        StringWriter out = new StringWriter();
        Main.execute(new PrintWriter(out), new PrintWriter(new StringWriter()), "collector", "validate", "--config",
                config.toString());
        return out.toString();
    }

    @Test
    void acceptsTheExportersOwnSettings() throws Exception {
        String out = validate("""
                endpoint: http://127.0.0.1:9090/api/v1/write
                namespace: shop
                external_labels: {cluster: eu-1}
                add_metric_suffixes: false
                target_info: {enabled: false}
                resource_to_telemetry_conversion: {enabled: true}
                remote_write_queue: {enabled: true, queue_size: 100, num_consumers: 2}
                retry_on_failure: {max_elapsed_time: 10s}
                timeout: 2s
                headers: {X-Scope-OrgID: tenant-1}
                """, "metrics");
        assertThat(out).doesNotContain("collector.config", "collector.pipeline");
    }

    @Test
    void anUnknownSettingIsTheCollectorsInvalidKeysError() throws Exception {
        assertThat(validate("endpoint: http://127.0.0.1:9090/api/v1/write\nsending_queue: {enabled: false}", "metrics"))
                .contains("exporters::prometheusremotewrite: '' has invalid keys: sending_queue");
        assertThat(validate("endpoint: http://x:9090/w\nremote_write_queue: {size: 5}", "metrics"))
                .contains("'remote_write_queue' has invalid keys: size");
    }

    @Test
    void aTracesPipelineNamingItIsAnError() throws Exception {
        assertThat(validate("endpoint: http://127.0.0.1:9090/api/v1/write", "traces"))
                .contains("failed to create \"prometheusremotewrite\" exporter for data type \"traces\": "
                        + "telemetry type is not supported");
    }

    @Test
    void validationUsesTheExportersMessages() {
        PrometheusRemoteWriteConfig config = new PrometheusRemoteWriteConfig();
        config.endpoint = "http://127.0.0.1:9090/api/v1/write";
        config.remoteWriteQueue.queueSize = 0;
        assertThatThrownBy(config::validate).hasMessage("a 0 size queue will drop all the data");
        config.remoteWriteQueue.queueSize = 5;
        config.externalLabels = Map.of("cluster", "");
        assertThatThrownBy(config::validate).hasMessage(
                "prometheus remote write: external labels configuration contains an empty key or value");
        config.externalLabels = Map.of();
        config.compression = "gzip";
        assertThatThrownBy(config::validate).hasMessage("compression type must be snappy");
        config.compression = "snappy";
        config.endpoint = "";
        assertThatThrownBy(config::validate).hasMessageStartingWith("invalid endpoint");
    }

    @Test
    void pushNamesItPrometheusWithAUrl() {
        PushTarget target = new PrometheusRemoteWriteExporterFactory().pushTarget().orElseThrow();
        assertThat(target.name()).isEqualTo("prometheus");
        assertThat(target.config("http://127.0.0.1:9090/api/v1/write"))
                .isEqualTo(Map.of("endpoint", "http://127.0.0.1:9090/api/v1/write"));
        assertThat(target.address("http://127.0.0.1:9090/api/v1/write")).contains(new HostPort("127.0.0.1", 9090));
        assertThat(target.address("https://prom.example/api/v1/write")).contains(new HostPort("prom.example", 443));
    }
}
