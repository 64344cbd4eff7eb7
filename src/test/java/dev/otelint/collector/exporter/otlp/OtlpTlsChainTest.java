package dev.otelint.collector.exporter.otlp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.otelint.collector.Otlp;
import dev.otelint.collector.RunningCollector;
import dev.otelint.collector.component.SignalType;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The exporters reach a receiver that requires TLS and a client certificate (mTLS), over HTTP and gRPC. */
class OtlpTlsChainTest {
    private static final Path TLS = Path.of("src/test/resources/collector/tls").toAbsolutePath();

    private static String file(String name) {
        return "'" + TLS.resolve(name) + "'";
    }

    @ParameterizedTest
    @ValueSource(strings = {"otlphttp", "otlp"})
    void sendsOverMutualTls(String exporterType) throws Exception {
        boolean grpc = exporterType.equals("otlp");
        int port = RunningCollector.freePort();
        String serverTls = "{cert_file: " + file("server.pem") + ", key_file: " + file("server.key")
                + ", client_ca_file: " + file("ca.pem") + "}";
        String clientTls = "{ca_file: " + file("ca.pem") + ", cert_file: " + file("client.pem") + ", key_file: "
                + file("client.key") + "}";
        try (RunningCollector b = new RunningCollector("{receivers: {otlp: {protocols: {" + (grpc ? "grpc" : "http")
                + ": {endpoint: 'localhost:" + port + "', tls: " + serverTls + "}}}}, exporters: {recording: {}},"
                + " service: {pipelines: {logs: {receivers: [otlp], exporters: [recording]}}}}");
             RunningCollector a = new RunningCollector("{receivers: {test: null}, exporters: {" + exporterType
                     + ": {endpoint: '" + (grpc ? "localhost:" : "https://localhost:") + port + "', tls: " + clientTls
                     + ", sending_queue: {enabled: false}}}, service: {pipelines: {logs: {receivers: [test],"
                     + " exporters: [" + exporterType + "]}}}}")) {
            a.testReceiver.push("test", SignalType.LOGS, Otlp.logs(3));
            assertThat(b.recordedItems()).isEqualTo(3);
        }
    }
}
