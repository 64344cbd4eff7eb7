package dev.otelint.collector.receiver.otlp;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.rpc.Status;
import dev.otelint.collector.Otlp;
import dev.otelint.collector.RunningCollector;
import dev.otelint.collector.net.ContentEncoding;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class OtlpHttpReceiverTest {
    private static final String TRACES_JSON = "{\"resourceSpans\":[{\"resource\":{\"attributes\":[{\"key\":\"service.name\","
            + "\"value\":{\"stringValue\":\"web\"}}]},\"scopeSpans\":[{\"spans\":[{\"traceId\":\"5b8efff798038103d269b633813fc60c\","
            + "\"spanId\":\"eee19b7ec3c1b174\",\"name\":\"GET /\",\"kind\":2,\"startTimeUnixNano\":\"1700000000000000000\"}]}]}]}";

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final int port = RunningCollector.freePort();
    private RunningCollector collector;

    private RunningCollector start(String httpSettings, String exporter) {
        collector = new RunningCollector("{receivers: {otlp: {protocols: {http: {endpoint: 'localhost:" + port + "'"
                + httpSettings + "}}}}, exporters: {recording: " + exporter + "},"
                + " service: {pipelines: {traces: {receivers: [otlp], exporters: [recording]}}}}");
        return collector;
    }

    @AfterEach
    void stop() {
        if (collector != null) {
            collector.close();
        }
    }

    private HttpResponse<byte[]> post(String path, String contentType, String encoding, byte[] body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (encoding != null) {
            request.header("Content-Encoding", encoding);
        }
        return client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String text(HttpResponse<byte[]> response) {
        return new String(response.body(), StandardCharsets.UTF_8);
    }

    @Test
    void takesProtobufAndAnswersAnEmptyProtobufResponse() throws Exception {
        start("", "{}");
        HttpResponse<byte[]> response = post("/v1/traces", "application/x-protobuf", null, Otlp.spans(3).toByteArray());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/x-protobuf");
        assertThat(response.body()).isEmpty();
        assertThat(collector.recording.received).containsExactly(Otlp.spans(3));
    }

    @Test
    void takesJsonAndAnswersInJson() throws Exception {
        start("", "{}");
        HttpResponse<byte[]> response = post("/v1/traces", "application/json; charset=utf-8", null,
                TRACES_JSON.getBytes(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
        assertThat(text(response)).isEqualTo("{}");
        ExportTraceServiceRequest got = (ExportTraceServiceRequest) collector.recording.received.get(0);
        assertThat(got.getResourceSpans(0).getScopeSpans(0).getSpans(0).getName()).isEqualTo("GET /");
        assertThat(got.getResourceSpans(0).getScopeSpans(0).getSpans(0).getSpanId().byteAt(7)).isEqualTo((byte) 0x74);
    }

    @ParameterizedTest
    @EnumSource(value = ContentEncoding.class, names = {"GZIP", "ZSTD", "DEFLATE"})
    void takesCompressedBodies(ContentEncoding encoding) throws Exception {
        start("", "{}");
        byte[] body = encoding.encode(Otlp.spans(2).toByteArray());
        HttpResponse<byte[]> response = post("/v1/traces", "application/x-protobuf", encoding.token(), body);
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(collector.recording.received).containsExactly(Otlp.spans(2));
    }

    @Test
    void answersOtherMethods405WithAllow() throws Exception {
        start("", "{}");
        HttpResponse<String> response = client.send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + port + "/v1/traces")).GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(response.headers().firstValue("Allow")).hasValue("POST");
        assertThat(response.body()).isEqualTo("405 method not allowed, supported: [POST]");
    }

    @Test
    void answersOtherContentTypes415() throws Exception {
        start("", "{}");
        HttpResponse<byte[]> response = post("/v1/traces", "text/plain", null, "hello".getBytes(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).isEqualTo(415);
        assertThat(text(response)).isEqualTo("415 unsupported media type, supported: [application/json, application/x-protobuf]");
    }

    @Test
    void answersUnknownPathsAndSignalsWithoutAPipeline404() throws Exception {
        start("", "{}");
        assertThat(post("/v1/other", "application/x-protobuf", null, new byte[0]).statusCode()).isEqualTo(404);
        assertThat(post("/v1/logs", "application/x-protobuf", null, new byte[0]).statusCode()).isEqualTo(404);
        assertThat(post("/v1/traces/x", "application/x-protobuf", null, new byte[0]).statusCode()).isEqualTo(404);
    }

    @Test
    void answersMalformedProtobuf400WithAProtobufStatus() throws Exception {
        start("", "{}");
        HttpResponse<byte[]> response = post("/v1/traces", "application/x-protobuf", null, new byte[] {0x0a, 0x7f, 0x01});
        assertThat(response.statusCode()).isEqualTo(400);
        Status status = Status.parseFrom(response.body());
        assertThat(status.getCode()).isEqualTo(3);
        assertThat(status.getMessage()).startsWith("proto: cannot parse invalid wire-format data");
        assertThat(collector.recording.received).isEmpty();
    }

    @Test
    void answersMalformedJson400WithAJsonStatus() throws Exception {
        start("", "{}");
        HttpResponse<byte[]> syntax = post("/v1/traces", "application/json", null, "{\"resourceSpans\": [".getBytes(StandardCharsets.UTF_8));
        assertThat(syntax.statusCode()).isEqualTo(400);
        assertThat(text(syntax)).startsWith("{\"code\":3,\"message\":\"Unexpected end-of-input");
        HttpResponse<byte[]> badValue = post("/v1/traces", "application/json", null,
                "{\"resourceSpans\":[{\"scopeSpans\":[{\"spans\":[{\"traceId\":\"xyz\"}]}]}]}".getBytes(StandardCharsets.UTF_8));
        assertThat(badValue.statusCode()).isEqualTo(400);
        assertThat(text(badValue)).contains("resourceSpans[0].scopeSpans[0].spans[0].traceId");
    }

    @Test
    void ignoresUnknownJsonFields() throws Exception {
        start("", "{}");
        String json = TRACES_JSON.replace("\"name\":\"GET /\"", "\"name\":\"GET /\",\"futureField\":1");
        assertThat(post("/v1/traces", "application/json", null, json.getBytes(StandardCharsets.UTF_8)).statusCode())
                .isEqualTo(200);
        assertThat(collector.recording.received).hasSize(1);
    }

    @Test
    void refusesABodyOverTheLimit() throws Exception {
        start(", max_request_body_size: 1000", "{}");
        HttpResponse<byte[]> response = post("/v1/traces", "application/x-protobuf", null, Otlp.spans(40).toByteArray());
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(Status.parseFrom(response.body()).getMessage())
                .isEqualTo("request body is larger than the limit of 1000 bytes (max_request_body_size)");
        assertThat(post("/v1/traces", "application/x-protobuf", null, Otlp.spans(1).toByteArray()).statusCode())
                .isEqualTo(200);
    }

    @Test
    void refusesAGzipBombWithoutInflatingIt() throws Exception {
        start("", "{}");
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(compressed)) {
            byte[] zeros = new byte[1024 * 1024];
            for (int i = 0; i < 1024; i++) { // 1 GiB of zeros, about 1 MiB compressed
                gzip.write(zeros);
            }
        }
        assertThat(compressed.size()).isLessThan(2 * 1024 * 1024);
        HttpResponse<byte[]> response = post("/v1/traces", "application/x-protobuf", "gzip", compressed.toByteArray());
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(Status.parseFrom(response.body()).getMessage())
                .isEqualTo("decompressed request body is larger than the limit of 20971520 bytes (max_request_body_size)");
    }

    @Test
    void refusesAnUnknownContentEncodingAndABrokenGzipBody() throws Exception {
        start("", "{}");
        HttpResponse<byte[]> br = post("/v1/traces", "application/x-protobuf", "br", new byte[] {1, 2});
        assertThat(br.statusCode()).isEqualTo(400);
        assertThat(Status.parseFrom(br.body()).getMessage()).isEqualTo("unsupported Content-Encoding: br");
        HttpResponse<byte[]> broken = post("/v1/traces", "application/x-protobuf", "gzip", new byte[] {1, 2, 3});
        assertThat(broken.statusCode()).isEqualTo(400);
        assertThat(Status.parseFrom(broken.body()).getMessage()).startsWith("invalid compressed body");
    }

    @Test
    void answers503WithRetryAfterWhenThePipelineRefuses() throws Exception {
        start("", "{fail: true}");
        HttpResponse<byte[]> response = post("/v1/traces", "application/json", null, TRACES_JSON.getBytes(StandardCharsets.UTF_8));
        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.headers().firstValue("Retry-After")).hasValue("1");
        assertThat(text(response)).isEqualTo("{\"code\":14,\"message\":\"Service Unavailable\"}");
    }

    @Test
    void servesTwoHundredConcurrentClientsAndStaysUp() throws Exception {
        start("", "{}");
        ExecutorService pool = Executors.newFixedThreadPool(200);
        try {
            List<Callable<Integer>> calls = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                int n = i;
                calls.add(() -> {
                    HttpClient own = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
                    byte[] body = n % 4 == 0 ? new byte[] {0x0a, 0x7f} : Otlp.spans(1).toByteArray();
                    return own.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/v1/traces"))
                            .header("Content-Type", "application/x-protobuf")
                            .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(),
                            HttpResponse.BodyHandlers.discarding()).statusCode();
                });
            }
            List<Integer> codes = new ArrayList<>();
            for (Future<Integer> f : pool.invokeAll(calls)) {
                codes.add(f.get());
            }
            assertThat(codes).filteredOn(c -> c == 200).hasSize(150);
            assertThat(codes).filteredOn(c -> c == 400).hasSize(50);
        } finally {
            pool.shutdownNow();
        }
        assertThat(collector.recordedItems()).isEqualTo(150);
        assertThat(post("/v1/traces", "application/x-protobuf", null, Otlp.spans(1).toByteArray()).statusCode()).isEqualTo(200);
    }

    @Test
    void answersCorsPreflightsAndMarksAllowedOrigins() throws Exception {
        start(", cors: {allowed_origins: ['https://*.example.com'], allowed_headers: [X-Tenant], max_age: 600}", "{}");
        HttpResponse<String> preflight = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/v1/traces"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).header("Origin", "https://app.example.com")
                .header("Access-Control-Request-Method", "POST")
                .header("Access-Control-Request-Headers", "content-type,x-tenant").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(preflight.statusCode()).isEqualTo(204);
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Origin")).hasValue("https://app.example.com");
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Methods")).hasValue("POST");
        assertThat(preflight.headers().firstValue("Access-Control-Allow-Headers")).hasValue("content-type,x-tenant");
        assertThat(preflight.headers().firstValue("Access-Control-Max-Age")).hasValue("600");

        HttpResponse<String> stranger = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/v1/traces"))
                .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).header("Origin", "https://evil.test")
                .header("Access-Control-Request-Method", "POST").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(stranger.headers().firstValue("Access-Control-Allow-Origin")).isEmpty();

        HttpResponse<byte[]> actual = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/v1/traces"))
                .header("Origin", "https://app.example.com").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(TRACES_JSON)).build(), HttpResponse.BodyHandlers.ofByteArray());
        assertThat(actual.statusCode()).isEqualTo(200);
        assertThat(actual.headers().firstValue("Access-Control-Allow-Origin")).hasValue("https://app.example.com");
    }
}
