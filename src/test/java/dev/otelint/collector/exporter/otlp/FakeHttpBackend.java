package dev.otelint.collector.exporter.otlp;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.function.IntFunction;

/**
 * An OTLP/HTTP peer for fault tests: answers the n-th request (from 0) as {@code answers} says, records when each
 * request arrived and its headers; {@link #hold} makes it wait before answering.
 */
final class FakeHttpBackend implements AutoCloseable {
    record Answer(int status, Map<String, String> headers, byte[] body) {
        Answer(int status, Map<String, String> headers) {
            this(status, headers, new byte[0]);
        }
    }

    final List<Long> arrivals = new CopyOnWriteArrayList<>();
    final List<Map<String, List<String>>> requestHeaders = new CopyOnWriteArrayList<>();
    volatile CountDownLatch hold = new CountDownLatch(0);
    private final HttpServer server;

    FakeHttpBackend(IntFunction<Answer> answers) throws IOException {
        server = HttpServer.create(new InetSocketAddress("localhost", 0), 50);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/", exchange -> {
            try (exchange) {
                exchange.getRequestBody().readAllBytes();
                int n;
                synchronized (arrivals) {
                    n = arrivals.size();
                    arrivals.add(System.nanoTime());
                }
                requestHeaders.add(Map.copyOf(exchange.getRequestHeaders()));
                hold.await();
                Answer answer = answers.apply(n);
                answer.headers().forEach(exchange.getResponseHeaders()::set);
                exchange.sendResponseHeaders(answer.status(), answer.body().length == 0 ? -1 : answer.body().length);
                exchange.getResponseBody().write(answer.body());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        server.start();
    }

    String url() {
        return "http://localhost:" + server.getAddress().getPort();
    }

    @Override
    public void close() {
        hold.countDown();
        server.stop(0);
    }
}
