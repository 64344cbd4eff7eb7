package dev.otelint.push;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntUnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What push says when an OTLP/HTTP backend refuses data for good, or for a while. */
class PushBackendAnswersTest {
    private static final String FAST_RETRY = "exporters.otlphttp.retry_on_failure.initial_interval=20ms";

    @TempDir
    Path dir;

    @Test
    void rejectedRecordsExit1WithTheBackendsReason() throws Exception {
        try (Backend backend = new Backend(n -> 400)) {
            PushRun run = PushRun.run("--to", "otlphttp=http://localhost:" + backend.port(),
                    OtlpFiles.traces(dir, 2, 3).toString());
            assertThat(run.code()).as(run.out() + run.err()).isEqualTo(1);
            assertThat(run.out()).contains("rejected: 6").contains("6: ").contains("400").contains("accepted: 0");
        }
    }

    @Test
    void unavailableTwiceThenAcceptedIsRetriedAndNothingIsLost() throws Exception {
        try (Backend backend = new Backend(n -> n <= 2 ? 503 : 200)) {
            PushRun run = PushRun.run("--to", "otlphttp=http://localhost:" + backend.port(), "--set", FAST_RETRY,
                    OtlpFiles.traces(dir, 1, 5).toString());
            assertThat(run.code()).as(run.out() + run.err()).isZero();
            assertThat(run.out()).contains("accepted: 5").contains("retried:  10").contains("rejected: 0");
            assertThat(backend.requests.get()).isEqualTo(3);
        }
    }

    /** An OTLP/HTTP endpoint that answers the n-th request (1-based) with {@code status.applyAsInt(n)}. */
    private static final class Backend implements AutoCloseable {
        final AtomicInteger requests = new AtomicInteger();
        private final HttpServer server;

        Backend(IntUnaryOperator status) throws IOException {
            server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
            server.createContext("/", exchange -> {
                exchange.getRequestBody().readAllBytes();
                int code = status.applyAsInt(requests.incrementAndGet());
                byte[] body = code == 200 ? new byte[0]
                        : ("backend says " + code).getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().add("Content-Type", code == 200 ? "application/x-protobuf" : "text/plain");
                exchange.sendResponseHeaders(code, body.length == 0 ? -1 : body.length);
                exchange.getResponseBody().write(body);
                exchange.close();
            });
            server.start();
        }

        int port() {
            return server.getAddress().getPort();
        }

        @Override
        public void close() {
            server.stop(0);
        }
    }
}
