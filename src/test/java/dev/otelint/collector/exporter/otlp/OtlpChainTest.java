package dev.otelint.collector.exporter.otlp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.otelint.collector.Otlp;
import dev.otelint.collector.RunningCollector;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** otelint A (otlp receiver -> batch -> otlp exporter) sends to otelint B (otlp receiver): nothing is lost. */
class OtlpChainTest {

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({
            "otlphttp, '{compression: gzip, encoding: proto}'",
            "otlphttp, '{compression: zstd, encoding: json}'",
            "otlp_http, '{compression: none}'",
            "otlphttp, '{compression: gzip, compression_params: {level: 9}}'",
            "otlp_http, '{compression: deflate, compression_params: {level: -2}}'",
            "otlp, '{tls: {insecure: true}}'",
            "otlp_grpc, '{compression: none, tls: {insecure: true}}'"})
    void countsAreEqualEndToEnd(String exporterType, String settings) throws Exception {
        boolean grpc = exporterType.startsWith("otlp") && !exporterType.contains("http");
        int portA = RunningCollector.freePort();
        int portB = RunningCollector.freePort();
        String endpointB = grpc ? "localhost:" + portB : "http://localhost:" + portB;
        String exporter = settings.substring(0, settings.length() - 1) + ", endpoint: '" + endpointB + "'}";
        String[] signals = {"traces", "metrics", "logs"};
        try (RunningCollector b = new RunningCollector("{receivers: {otlp: {protocols: {" + (grpc ? "grpc" : "http")
                + ": {endpoint: 'localhost:" + portB + "'}}}}, exporters: {recording: {}}, service: {pipelines: {"
                + pipelines(signals, "[]", "[recording]") + "}}}")) {
            try (RunningCollector a = new RunningCollector("{receivers: {otlp: {protocols: {http: {endpoint: 'localhost:"
                    + portA + "'}}}}, processors: {batch: {timeout: 50ms, send_batch_size: 7}}, exporters: {" + exporterType
                    + ": " + exporter + "}, service: {pipelines: {" + pipelines(signals, "[batch]", "[" + exporterType + "]")
                    + "}}}")) {
                HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
                for (int i = 0; i < 20; i++) {
                    assertThat(post(client, portA, "/v1/traces", Otlp.spans(3).toByteArray())).isEqualTo(200);
                    assertThat(post(client, portA, "/v1/logs", Otlp.logs(2).toByteArray())).isEqualTo(200);
                    assertThat(post(client, portA, "/v1/metrics", Otlp.gauge(4).toByteArray())).isEqualTo(200);
                }
            } // A's shutdown flushes the batch processor and drains the sending queue into B
            assertThat(b.recordedItems()).isEqualTo(20 * (3 + 2 + 4));
            assertThat(b.collector().pipelines()).extracting(p -> p.received())
                    .containsExactlyInAnyOrder(60L, 40L, 80L);
        }
    }

    private static String pipelines(String[] signals, String processors, String exporters) {
        StringBuilder sb = new StringBuilder();
        for (String s : signals) {
            sb.append(sb.length() == 0 ? "" : ", ").append(s).append(": {receivers: [otlp], processors: ").append(processors)
                    .append(", exporters: ").append(exporters).append("}");
        }
        return sb.toString();
    }

    private static int post(HttpClient client, int port, String path, byte[] body) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/x-protobuf").POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
