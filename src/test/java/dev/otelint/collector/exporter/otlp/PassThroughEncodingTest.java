package dev.otelint.collector.exporter.otlp;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.Message;
import dev.otelint.collector.Otlp;
import dev.otelint.collector.RunningCollector;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import io.opentelemetry.proto.common.v1.KeyValue;
import io.opentelemetry.proto.trace.v1.ResourceSpans;
import io.opentelemetry.proto.trace.v1.Span;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A's exporter sends the bytes its receiver took (joined by the batch processor) when nothing changed the data,
 * and the changed data when a processor changed it: what B receives is exactly what A's pipeline made.
 */
class PassThroughEncodingTest {

    @ParameterizedTest(name = "{0} with processors {1}")
    @CsvSource({
            "otlphttp, '[batch]'",
            "otlp, '[batch]'",
            "otlphttp, '[attributes, batch]'",
            "otlp, '[batch, attributes]'"})
    void bReceivesExactlyWhatAsPipelineMade(String exporterType, String processors) throws Exception {
        boolean changed = processors.contains("attributes");
        int portA = RunningCollector.freePort();
        int portB = RunningCollector.freePort();
        boolean grpc = exporterType.equals("otlp");
        String endpointB = grpc ? "localhost:" + portB : "http://localhost:" + portB;
        List<ExportTraceServiceRequest> sent = new ArrayList<>();
        List<Message> received;
        try (RunningCollector b = new RunningCollector("{receivers: {otlp: {protocols: {" + (grpc ? "grpc" : "http")
                + ": {endpoint: 'localhost:" + portB + "'}}}}, exporters: {recording: {}}, service: {pipelines: {"
                + "traces: {receivers: [otlp], exporters: [recording]}}}}")) {
            try (RunningCollector a = new RunningCollector("{receivers: {otlp: {protocols: {http: {endpoint: 'localhost:"
                    + portA + "'}}}}, processors: {batch: {timeout: 10s, send_batch_size: 12}, attributes: {actions: "
                    + "[{key: added, value: yes, action: insert}]}}, exporters: {" + exporterType + ": {endpoint: '"
                    + endpointB + "', tls: {insecure: true}, compression: none}}, service: {pipelines: {traces: {receivers: [otlp], "
                    + "processors: " + processors + ", exporters: [" + exporterType + "]}}}}")) {
                HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
                for (int i = 0; i < 4; i++) {
                    ExportTraceServiceRequest request = Otlp.spans(3 + i % 2);
                    sent.add(request);
                    assertThat(post(client, portA, request.toByteArray())).isEqualTo(200);
                }
            } // 14 spans: one batch of 12 or more sent as it fills, the rest at shutdown
            synchronized (b.recording.received) {
                received = List.copyOf(b.recording.received);
            }
        }
        List<Span> expected = sent.stream().flatMap(r -> r.getResourceSpansList().stream())
                .flatMap(r -> r.getScopeSpansList().stream()).flatMap(s -> s.getSpansList().stream())
                .map(span -> changed ? span.toBuilder().addAttributes(KeyValue.newBuilder().setKey("added")
                        .setValue(io.opentelemetry.proto.common.v1.AnyValue.newBuilder().setStringValue("yes"))).build() : span)
                .toList();
        List<Span> spans = received.stream().map(m -> (ExportTraceServiceRequest) m)
                .flatMap(r -> r.getResourceSpansList().stream()).flatMap(r -> r.getScopeSpansList().stream())
                .flatMap(s -> s.getSpansList().stream()).toList();
        assertThat(spans).containsExactlyElementsOf(expected);
        assertThat(received.stream().map(m -> (ExportTraceServiceRequest) m)
                .flatMap(r -> r.getResourceSpansList().stream()).map(ResourceSpans::getResource))
                .allMatch(resource -> resource.equals(sent.get(0).getResourceSpans(0).getResource()));
    }

    private static int post(HttpClient client, int port, byte[] body) throws Exception {
        return client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/v1/traces"))
                .header("Content-Type", "application/x-protobuf").POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
