package dev.otelint.collector.service.telemetry;

import static org.assertj.core.api.Assertions.assertThat;

import dev.otelint.collector.ComponentRegistry;
import dev.otelint.collector.service.CollectorConfig;
import dev.otelint.collector.service.CollectorConfigs;
import dev.otelint.report.Finding;
import dev.otelint.report.Report;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** service::telemetry as otelint reads it: what is applied, what is reported. */
class TelemetryConfigReaderTest {
    private static final String PIPELINES = "receivers: {otlp: {protocols: {http: {}}}}, exporters: {debug: {}}, "
            + "service: {pipelines: {traces: {receivers: [otlp], exporters: [debug]}}, telemetry: ";

    private final Report report = new Report();

    private CollectorConfig read(String telemetry) {
        return CollectorConfigs.read(List.of("yaml:{" + PIPELINES + telemetry + "}}"), List.of(), name -> null,
                ComponentRegistry.builtIn(), report, true);
    }

    private List<String> findings() {
        return report.findings().stream().map(f -> f.rule() + " " + f.path() + ": " + f.message()).toList();
    }

    @Test
    void addressAndEveryPrometheusReaderAreServed() {
        CollectorConfig config = read("{metrics: {level: Detailed, address: '0.0.0.0:9000', readers: ["
                + "{pull: {exporter: {prometheus: {host: '::1', port: 9001}}}}, {pull: {exporter: {prometheus: {}}}}]}}");

        assertThat(findings()).isEmpty();
        assertThat(config.telemetry().level()).isEqualTo(MetricsLevel.DETAILED);
        assertThat(config.telemetry().served()).extracting(PrometheusEndpoint::toString)
                .containsExactly("0.0.0.0:9000", "[::1]:9001", "localhost:9464");
    }

    @Test
    void withoutTelemetryTheDefaultEndpointIsServedAndLevelNoneServesNone() {
        assertThat(read("{}").telemetry().endpoints()).isEmpty();
        assertThat(TelemetryConfig.defaults().served()).hasSize(1);
        assertThat(read("{metrics: {level: none}}").telemetry().served()).isEmpty();
        assertThat(findings()).isEmpty();
    }

    @Test
    void settingsOtelintDoesNotApplyAreReportedNotIgnored() {
        read("{logs: {level: debug}, resource: {team: a}, metrics: {readers: [{periodic: {interval: 1000}}, "
                + "{pull: {exporter: {prometheus: {port: 9001, without_units: true}}}}]}}");

        assertThat(findings()).containsExactlyInAnyOrder(
                "collector.unsupported service::telemetry::logs: the collector's logs settings are known to "
                        + "otelcol-contrib, not supported by otelint (ignored)",
                "collector.unsupported service::telemetry::resource: the collector's resource settings are known to "
                        + "otelcol-contrib, not supported by otelint (ignored)",
                "collector.unsupported service::telemetry::metrics::readers::0: setting 'periodic' is known to "
                        + "otelcol-contrib, not supported by otelint (only pull readers with a prometheus exporter are)",
                "collector.unsupported service::telemetry::metrics::readers::1::pull::exporter::prometheus: setting "
                        + "'without_units' is known to otelcol-contrib, not supported by otelint (ignored)");
    }

    @Test
    void wrongValuesAreConfigErrorsWithTheirLine(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("otel.yaml");
        Files.writeString(file, """
                receivers: {otlp: {protocols: {http: {}}}}
                exporters: {debug: {}}
                service:
                  pipelines: {traces: {receivers: [otlp], exporters: [debug]}}
                  telemetry:
                    metrics:
                      level: verbose
                      address: localhost
                      color: red
                      readers:
                        - pull: {exporter: {prometheus: {port: '9001'}}}
                """);
        CollectorConfigs.read(List.of(file.toString()), List.of(), name -> null, ComponentRegistry.builtIn(), report,
                true);

        assertThat(findings()).containsExactlyInAnyOrder(
                "collector.config service::telemetry::metrics: unknown metrics level \"verbose\"",
                "collector.config service::telemetry::metrics: address localhost: missing port in address",
                "collector.config service::telemetry::metrics: 'service::telemetry::metrics' has invalid keys: color",
                "collector.config service::telemetry::metrics::readers::0::pull::exporter::prometheus: 'port' expected "
                        + "type 'int', got unconvertible type 'string', value: '9001'");
        assertThat(report.findings()).extracting(Finding::line).containsExactlyInAnyOrder(7, 8, 9, 11);
    }
}
