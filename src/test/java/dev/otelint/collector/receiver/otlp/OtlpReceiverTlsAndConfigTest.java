package dev.otelint.collector.receiver.otlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.otelint.collector.ComponentRegistry;
import dev.otelint.collector.Otlp;
import dev.otelint.collector.RunningCollector;
import dev.otelint.collector.net.TlsMaterial;
import dev.otelint.collector.service.CollectorConfigs;
import dev.otelint.report.BadInputException;
import dev.otelint.report.Finding;
import dev.otelint.report.Report;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.Test;

class OtlpReceiverTlsAndConfigTest {
    private static final Path TLS = Path.of("src/test/resources/collector/tls").toAbsolutePath();

    private static String file(String name) {
        return TLS.resolve(name).toString();
    }

    private static HttpResponse<byte[]> post(SSLContext ssl, int port) throws Exception {
        HttpClient client = HttpClient.newBuilder().sslContext(ssl).version(HttpClient.Version.HTTP_1_1).build();
        return client.send(HttpRequest.newBuilder(URI.create("https://localhost:" + port + "/v1/logs"))
                .header("Content-Type", "application/x-protobuf")
                .POST(HttpRequest.BodyPublishers.ofByteArray(Otlp.logs(2).toByteArray())).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    private static RunningCollector https(int port, String extra) {
        return new RunningCollector("{receivers: {otlp: {protocols: {http: {endpoint: 'localhost:" + port + "',"
                + " tls: {cert_file: '" + file("server.pem") + "', key_file: '" + file("server.key") + "'" + extra + "}}}}},"
                + " exporters: {recording: {}}, service: {pipelines: {logs: {receivers: [otlp], exporters: [recording]}}}}");
    }

    @Test
    void servesHttpsWithTheConfiguredCertificate() throws Exception {
        int port = RunningCollector.freePort();
        try (RunningCollector collector = https(port, "")) {
            SSLContext trusting = TlsMaterial.context(null, TlsMaterial.trustManagers(file("ca.pem")));
            assertThat(post(trusting, port).statusCode()).isEqualTo(200);
            assertThat(collector.recordedItems()).isEqualTo(2);
        }
    }

    @Test
    void mutualTlsRefusesAClientWithoutACertificate() throws Exception {
        int port = RunningCollector.freePort();
        try (RunningCollector collector = https(port, ", client_ca_file: '" + file("ca.pem") + "'")) {
            SSLContext anonymous = TlsMaterial.context(null, TlsMaterial.trustManagers(file("ca.pem")));
            assertThatThrownBy(() -> post(anonymous, port)).isInstanceOf(java.io.IOException.class);
            SSLContext withCert = TlsMaterial.context(TlsMaterial.keyManagers(file("client.pem"), file("client.key")),
                    TlsMaterial.trustManagers(file("ca.pem")));
            assertThat(post(withCert, port).statusCode()).isEqualTo(200);
            assertThat(collector.recordedItems()).isEqualTo(2);
        }
    }

    @Test
    void aPortInUseOrAnUnreadableCertificateIsBadInputNamingTheReceiver() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            int port = taken.getLocalPort();
            assertThatThrownBy(() -> new RunningCollector("{receivers: {otlp: {protocols: {http: {endpoint: '127.0.0.1:"
                    + port + "'}}}}, exporters: {recording: {}}, service: {pipelines: {logs: {receivers: [otlp],"
                    + " exporters: [recording]}}}}")).isInstanceOf(BadInputException.class)
                    .hasMessageStartingWith("receivers::otlp: listen tcp 127.0.0.1:" + port + ": ");
        }
        assertThatThrownBy(() -> new RunningCollector("{receivers: {otlp: {protocols: {grpc: {endpoint: 'localhost:"
                + RunningCollector.freePort() + "', tls: {cert_file: '" + file("ca.pem") + "', key_file: '" + file("missing.key")
                + "'}}}}}, exporters: {recording: {}}, service: {pipelines: {logs: {receivers: [otlp], exporters: [recording]}}}}"))
                .isInstanceOf(BadInputException.class)
                .hasMessageStartingWith("receivers::otlp: failed to load TLS cert and key " + file("ca.pem"));
    }

    private static List<String> problems(String receiver) {
        Report report = new Report();
        CollectorConfigs.read(List.of("yaml:{receivers: {otlp: " + receiver + "}, exporters: {debug: {}},"
                + " service: {pipelines: {logs: {receivers: [otlp], exporters: [debug]}}}}"), List.of(), n -> null,
                ComponentRegistry.builtIn(), report, true);
        return report.findings().stream().map(Finding::message).toList();
    }

    @Test
    void configNeedsAProtocolAndATlsKeyWithItsCertificate() {
        assertThat(problems("{}")).singleElement().asString()
                .endsWith("must specify at least one protocol when using the OTLP receiver");
        assertThat(problems("{protocols: {grpc: {tls: {cert_file: a.pem}}}}")).singleElement().asString()
                .endsWith("failed to load TLS config: for auth via TLS, provide both certificate and key, or neither");
        assertThat(problems("{protocols: {http: {endpoint: 'localhost'}}}")).singleElement().asString()
                .endsWith("protocols::http: endpoint \"localhost\": missing port in address");
        assertThat(problems("{protocols: {grpc: null, http: {cors: {allowed_origins: ['*'], max_age: 60}}}}")).isEmpty();
    }
}
