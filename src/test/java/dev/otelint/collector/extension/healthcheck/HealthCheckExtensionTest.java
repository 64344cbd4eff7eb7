package dev.otelint.collector.extension.healthcheck;

import dev.otelint.testing.FreePorts;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.otelint.collector.ComponentId;
import dev.otelint.collector.ComponentKind;
import dev.otelint.collector.ComponentRegistry;
import dev.otelint.collector.RecordingExporterFactory;
import dev.otelint.collector.TestReceiverFactory;
import dev.otelint.collector.component.CollectorLog;
import dev.otelint.collector.component.ComponentSettings;
import dev.otelint.collector.service.Collector;
import dev.otelint.collector.service.CollectorConfig;
import dev.otelint.collector.service.CollectorConfigs;
import dev.otelint.report.Finding;
import dev.otelint.report.Report;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class HealthCheckExtensionTest {
    private static final CollectorLog LOG = new CollectorLog(new PrintStream(new ByteArrayOutputStream()));
    private final HttpClient http = HttpClient.newHttpClient();

    private static int freePort() {
        return FreePorts.pick();
    }

    private HttpResponse<String> get(int port, String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HealthCheckExtension extension(String endpoint, String path) {
        HealthCheckConfig config = new HealthCheckConfig();
        config.endpoint = endpoint;
        config.path = path;
        return new HealthCheckExtension(config, new ComponentSettings(ComponentId.parse("health_check"),
                ComponentKind.EXTENSION, LOG));
    }

    @Test
    void answers503UntilThePipelinesAreReadyThen200WithTheStatusJsonAnd503AgainWhenStopping() throws Exception {
        HealthCheckExtension health = extension("127.0.0.1:0", "/health/status");
        health.start(null);
        try {
            int port = health.port();
            HttpResponse<String> starting = get(port, "/health/status");
            assertThat(starting.statusCode()).isEqualTo(503);
            assertThat(starting.headers().firstValue("Content-Type")).hasValue("application/json");
            assertThat(starting.body())
                    .isEqualTo("{\"status\":\"Server not available\",\"upSince\":\"0001-01-01T00:00:00Z\",\"uptime\":\"\"}");

            health.ready();
            HttpResponse<String> running = get(port, "/health/status");
            assertThat(running.statusCode()).isEqualTo(200);
            assertThat(running.body()).matches("\\{\"status\":\"Server available\",\"upSince\":\"20\\d\\d-[^\"]+Z\","
                    + "\"uptime\":\"[0-9.]+(ns|µs|ms|s)\"}");
            assertThat(get(port, "/health/status/more").statusCode()).isEqualTo(404);
            assertThat(get(port, "/").body()).isEqualTo("404 page not found\n");

            health.notReady();
            assertThat(get(port, "/health/status").statusCode()).isEqualTo(503);
        } finally {
            health.shutdown();
        }
    }

    @Test
    void theCollectorMakesItReadyAfterEverythingStartedAndStopsItLast() throws Exception {
        int port = freePort();
        List<String> events = new ArrayList<>();
        Report report = new Report();
        String yaml = "{extensions: {health_check: {endpoint: '127.0.0.1:" + port + "',"
                + " response_body: {healthy: up, unhealthy: down}}},"
                + " receivers: {test: null}, exporters: {recording: null},"
                + " service: {extensions: [health_check], pipelines: {logs: {receivers: [test], exporters: [recording]}}}}";
        CollectorConfig config = CollectorConfigs.read(List.of("yaml:" + yaml), List.of(), name -> null,
                ComponentRegistry.builtIn().with(new TestReceiverFactory(events))
                        .with(new RecordingExporterFactory(events)), report, true);
        assertThat(report.findings()).isEmpty();
        Collector collector = Collector.build(config, LOG);
        collector.start();
        try {
            HttpResponse<String> up = get(port, "/");
            assertThat(up.statusCode()).isEqualTo(200);
            assertThat(up.body()).isEqualTo("up");
            assertThat(get(port, "/any/path").statusCode()).isEqualTo(200); // "/" serves every path, as Go's mux
        } finally {
            collector.shutdown();
        }
        assertThatThrownBy(() -> get(port, "/")).isInstanceOf(ConnectException.class);
    }

    @Test
    void badSettingsGetTheExtensionsMessages() {
        assertThat(problems("{path: health}")).containsExactly("bad config: path must start with /");
        assertThat(problems("{endpoint: ''}")).containsExactly("bad config: endpoint must be specified");
        assertThat(problems("{endpoint: 'localhost'}")).containsExactly("address localhost: missing port in address");
        assertThat(problems("{check_collector_pipeline: {enabled: true}}")).containsExactly(
                "setting 'check_collector_pipeline' is known to otelcol-contrib, not supported by otelint");
    }

    private static List<String> problems(String body) {
        Report report = new Report();
        String yaml = "{extensions: {health_check: " + body + "}, receivers: {test: null}, exporters: {recording: null},"
                + " service: {extensions: [health_check], pipelines: {logs: {receivers: [test], exporters: [recording]}}}}";
        CollectorConfigs.read(List.of("yaml:" + yaml), List.of(), name -> null, ComponentRegistry.builtIn()
                .with(new TestReceiverFactory()).with(new RecordingExporterFactory(new ArrayList<>())), report, true);
        return report.findings().stream().map(Finding::message).toList();
    }
}
