package dev.otelint.opensearch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** The few REST calls the tests need, over java.net.http on the loopback port. */
public final class OpenSearchClient {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final URI base;

    OpenSearchClient(int port) {
        this.base = URI.create("http://127.0.0.1:" + port);
    }

    /** The server's base URL ("http://127.0.0.1:PORT"), for clients of the code under test. */
    public String url() {
        return base.toString();
    }

    /** One REST response; {@code body} is the raw JSON text. */
    public record Response(int status, String body) {
        public boolean ok() {
            return status >= 200 && status < 300;
        }

        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException("OpenSearch answered with invalid JSON: " + body, e);
            }
        }
    }

    public Response get(String path) {
        return send("GET", path, null, "application/json");
    }

    public Response put(String path, String json) {
        return send("PUT", path, json, "application/json");
    }

    public Response post(String path, String json) {
        return send("POST", path, json, "application/json");
    }

    public Response delete(String path) {
        return send("DELETE", path, null, "application/json");
    }

    public Response bulk(String path, String ndjson) {
        return send("POST", path, ndjson, "application/x-ndjson");
    }

    /** Like {@link #put} but any non-2xx answer is a test-infrastructure failure. */
    public Response putOrFail(String path, String json) {
        return orFail("PUT " + path, put(path, json));
    }

    public Response deleteOrFail(String path) {
        return orFail("DELETE " + path, delete(path));
    }

    public Response getOrFail(String path) {
        return orFail("GET " + path, get(path));
    }

    boolean isYellow() {
        try {
            Response r = get("/_cluster/health?wait_for_status=yellow&timeout=1s");
            return r.ok() && !r.json().path("timed_out").asBoolean(true);
        } catch (UncheckedIOException notListeningYet) {
            return false;
        }
    }

    private static Response orFail(String what, Response r) {
        if (!r.ok()) {
            throw new IllegalStateException(what + " failed with HTTP " + r.status() + ": " + r.body());
        }
        return r;
    }

    private Response send(String method, String path, String body, String contentType) {
        HttpRequest.BodyPublisher publisher = body == null
                ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8);
        HttpRequest request = HttpRequest.newBuilder(base.resolve(path))
                .timeout(REQUEST_TIMEOUT)
                .header("Content-Type", contentType)
                .method(method, publisher)
                .build();
        try {
            HttpResponse<String> r = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Response(r.statusCode(), r.body());
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + base.resolve(path) + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(method + " " + path + " interrupted", e);
        }
    }
}
