package dev.otelint.collector.exporter.opensearch;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.BiFunction;

/** A loopback stand-in for OpenSearch's Bulk API: records each request's headers and body, answers as told. */
final class FakeOpenSearch implements AutoCloseable {
    record Answer(int status, String json) {}

    record Request(Map<String, List<String>> headers, String body) {
        /** The bulk body's document lines (every second line). */
        List<String> documents() {
            String[] lines = body.split("\n");
            List<String> docs = new java.util.ArrayList<>();
            for (int i = 1; i < lines.length; i += 2) {
                docs.add(lines[i]);
            }
            return docs;
        }
    }

    final List<Request> requests = new CopyOnWriteArrayList<>();
    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();

    /** @param answers the n-th request (from 0) and its body to the answer */
    FakeOpenSearch(BiFunction<Integer, Request, Answer> answers) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 50);
        server.setExecutor(executor);
        server.createContext("/", exchange -> {
            try (exchange) {
                Request request = new Request(Map.copyOf(exchange.getRequestHeaders()),
                        new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
                int n;
                synchronized (requests) {
                    n = requests.size();
                    requests.add(request);
                }
                Answer answer = answers.apply(n, request);
                byte[] body = answer.json().getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", "application/json; charset=UTF-8");
                exchange.sendResponseHeaders(answer.status(), body.length);
                exchange.getResponseBody().write(body);
            }
        });
        server.start();
    }

    /** A bulk answer with one item per status: 2xx taken, others failed with {@code errorType}. */
    static Answer bulk(String errorType, int... statuses) {
        StringBuilder items = new StringBuilder();
        boolean errors = false;
        for (int i = 0; i < statuses.length; i++) {
            items.append(i == 0 ? "" : ",").append("{\"create\":{\"_index\":\"i\",\"_id\":\"").append(i)
                    .append("\",\"status\":").append(statuses[i]);
            if (statuses[i] >= 300) {
                errors = true;
                items.append(",\"error\":{\"type\":\"").append(errorType).append("\",\"reason\":\"item ").append(i)
                        .append(" failed\"}");
            }
            items.append("}}");
        }
        return new Answer(200, "{\"took\":1,\"errors\":" + errors + ",\"items\":[" + items + "]}");
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** The endpoint with user info, as a user writes basic auth into it. */
    String url(String userInfo) {
        return "http://" + userInfo + "@127.0.0.1:" + server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
