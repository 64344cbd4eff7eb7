package dev.otelint.collector.exporter.zipkin;

import static org.assertj.core.api.Assertions.assertThat;

import dev.otelint.cli.Main;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ZipkinConfigTest {
    @TempDir
    Path dir;

    private String validate(String exporter, String pipeline) throws Exception {
        Path config = dir.resolve("otel.yaml");
        Files.writeString(config, """
                receivers:
                  otlp:
                    protocols: {http: {endpoint: "localhost:0"}}
                exporters:
                %s
                service:
                  pipelines:
                    %s:
                      receivers: [otlp]
                      exporters: [zipkin]
                """.formatted(exporter.indent(2), pipeline));
        StringWriter out = new StringWriter();
        Main.execute(new PrintWriter(out), new PrintWriter(new StringWriter()), "collector", "validate", "--config",
                config.toString());
        return out.toString();
    }

    @Test
    void aValidConfigPasses() throws Exception {
        String out = validate("""
                zipkin:
                  endpoint: http://localhost:9411/api/v2/spans
                  format: json
                  default_service_name: unknown
                  timeout: 2s
                  headers: {X-Tenant: acme}
                  retry_on_failure: {max_elapsed_time: 1m}
                  sending_queue: {queue_size: 10}
                """, "traces");
        assertThat(out).contains("0 errors, 0 warnings");
    }

    @Test
    void reportsTheCollectorsMessages() throws Exception {
        assertThat(validate("zipkin: {}", "traces")).contains("exporters::zipkin", "endpoint required");
        assertThat(validate("zipkin: {endpoint: 'http://z:9411/api/v2/spans', format: thrift}", "traces"))
                .contains("thrift is not one of json or proto");
        assertThat(validate("zipkin: {endpoint: 'http://z:9411/api/v2/spans', format: proto}", "traces"))
                .contains("0 errors, 0 warnings");
        assertThat(validate("zipkin: {endpoint: 'http://z:9411/api/v2/spans', fromat: json}", "traces"))
                .contains("has invalid keys: fromat");
    }

    @Test
    void takesTracesOnly() throws Exception {
        assertThat(validate("zipkin: {endpoint: 'http://z:9411/api/v2/spans'}", "metrics"))
                .contains("failed to create \"zipkin\" exporter for data type \"metrics\": telemetry type is not supported");
    }

    @Test
    void pushNamesZipkinByUrlAndCompletesAUrlWithoutPath() {
        ZipkinPushTarget target = (ZipkinPushTarget) new ZipkinExporterFactory().pushTarget().orElseThrow();
        assertThat(target.name()).isEqualTo("zipkin");
        assertThat(target.config("http://zipkin:9411")).isEqualTo(Map.of("endpoint", "http://zipkin:9411/api/v2/spans"));
        assertThat(target.config("https://z.example/custom/spans"))
                .isEqualTo(Map.of("endpoint", "https://z.example/custom/spans"));
        assertThat(target.config("")).isEqualTo(Map.of("endpoint", "http://localhost:9411/api/v2/spans"));
        assertThat(target.config("zipkin:9411/")).isEqualTo(Map.of("endpoint", "http://zipkin:9411/api/v2/spans"));
        assertThat(target.address("http://[::1]:9411").orElseThrow().host()).isEqualTo("::1");
        assertThat(target.address("https://z.example/custom/spans").orElseThrow().port()).isEqualTo(443);
        assertThat(target.address("http://zipkin:9411").orElseThrow().host()).isEqualTo("zipkin");
    }
}
