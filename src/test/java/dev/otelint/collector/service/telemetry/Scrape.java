package dev.otelint.collector.service.telemetry;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

/** Reads a Prometheus endpoint over HTTP and finds samples by name and labels; posts OTLP to a receiver. */
final class Scrape {
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    final int status;
    final String contentType;
    final String body;

    private Scrape(HttpResponse<String> response) {
        status = response.statusCode();
        contentType = response.headers().firstValue("Content-Type").orElse("");
        body = response.body();
    }

    static Scrape get(PrometheusEndpoint endpoint, String path) throws Exception {
        return send(HttpRequest.newBuilder(uri(endpoint, path)).GET().build());
    }

    static Scrape send(HttpRequest request) throws Exception {
        return new Scrape(CLIENT.send(request, HttpResponse.BodyHandlers.ofString()));
    }

    static URI uri(PrometheusEndpoint endpoint, String path) {
        return URI.create("http://" + endpoint + path);
    }

    /** The sample's value now, or -1 when there is none yet. */
    static double sample(PrometheusEndpoint endpoint, String name, String... labels) {
        try {
            Double v = get(endpoint, "/metrics").value(name, labels);
            return v == null ? -1 : v;
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    /** Posts an OTLP/HTTP protobuf body to a receiver on loopback; returns the status. */
    static int postOtlp(int port, String path, byte[] body) throws Exception {
        return CLIENT.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/x-protobuf").POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    static void await(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within 10 s");
            }
            Thread.sleep(20);
        }
    }

    /** The value of the only sample named {@code name} whose labels include {@code labels}; null when none. */
    Double value(String name, String... labels) {
        List<Double> found = new ArrayList<>();
        for (String line : body.split("\n")) {
            if (line.startsWith("#") || line.isBlank()) {
                continue;
            }
            int brace = line.indexOf('{');
            int space = line.lastIndexOf(' ');
            String sample = brace < 0 ? line.substring(0, space) : line.substring(0, brace);
            if (sample.equals(name) && labels(line, brace, space).entrySet().containsAll(pairs(labels).entrySet())) {
                found.add(Double.parseDouble(line.substring(space + 1)));
            }
        }
        if (found.size() > 1) {
            throw new AssertionError("several samples " + name + " " + List.of(labels) + " in\n" + body);
        }
        return found.isEmpty() ? null : found.get(0);
    }

    private static Map<String, String> labels(String line, int brace, int space) {
        Map<String, String> map = new LinkedHashMap<>();
        if (brace < 0) {
            return map;
        }
        for (String pair : line.substring(brace + 1, line.lastIndexOf('}', space)).split("\",")) {
            int eq = pair.indexOf('=');
            map.put(pair.substring(0, eq), pair.substring(eq + 2).replaceAll("\"$", ""));
        }
        return map;
    }

    private static Map<String, String> pairs(String... labels) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i < labels.length; i += 2) {
            map.put(labels[i], labels[i + 1]);
        }
        return map;
    }
}
