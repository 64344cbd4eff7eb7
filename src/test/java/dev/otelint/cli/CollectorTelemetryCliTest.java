package dev.otelint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.otelint.collector.RunningCollector;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** service::telemetry through the CLI: read by validate, and a port in use stops run with one line. */
class CollectorTelemetryCliTest {
    @TempDir
    Path dir;

    private String config(String telemetry) throws Exception {
        Path p = dir.resolve("otel.yaml");
        Files.writeString(p, """
                receivers:
                  otlp:
                    protocols:
                      http: {endpoint: "localhost:%d"}
                exporters:
                  debug:
                service:
                  pipelines:
                    traces: {receivers: [otlp], exporters: [debug]}
                  telemetry:
                %s""".formatted(RunningCollector.freePort(), telemetry.indent(4)));
        return p.toString();
    }

    @Test
    void validateReportsTelemetrySettingsOtelintDoesNotApply() throws Exception {
        String file = config("logs: {level: debug}\nmetrics: {level: detailed}");

        CliRun run = CliRun.of("collector", "validate", "--config", file);

        assertThat(run.exitCode()).isEqualTo(ExitCodes.CLEAN);
        assertThat(run.out()).contains(file + ":11:5: warning [collector.unsupported] service::telemetry::logs: "
                + "the collector's logs settings are known to otelcol-contrib, not supported by otelint (ignored)")
                .doesNotContain("metrics");
    }

    @Test
    void runStopsWithOneLineWhenTheMetricsPortIsTaken() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("localhost"))) {
            String file = config("metrics: {address: 'localhost:" + taken.getLocalPort() + "'}");

            CliRun run = CliRun.of("collector", "run", "--config", file);

            assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
            assertThat(run.err()).contains("otelint: service::telemetry::metrics: cannot serve metrics on localhost:"
                    + taken.getLocalPort() + ": ").doesNotContain("\tat ");
        }
    }
}
