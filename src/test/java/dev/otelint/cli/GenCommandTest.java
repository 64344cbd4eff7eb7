package dev.otelint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.otelint.collector.RunningCollector;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GenCommandTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "--workers 0 | --workers must be at least 1",
            "--rate -1 | --rate must be 0 (no throttling) or a positive number",
            "--duration fast | --duration: expected a duration such as 30s or 1m, got 'fast'",
            "--batch-size 0 | --batch-size must be at least 1",
            "--otlp-attributes k=v | --otlp-attributes k=v: value should be a string wrapped in double quotes",
            "--otlp-header novalue | --otlp-header novalue: value should be in one of the following formats",
            "--otlp-compression brotli | unsupported compression type \"brotli\""})
    void badFlagsAreBadInputWithTheFlagNamed(String flags, String message) {
        List<String> args = new java.util.ArrayList<>(List.of("gen", "logs", "--otlp-insecure"));
        args.addAll(List.of(flags.split(" ")));
        CliRun run = CliRun.of(args.toArray(String[]::new));
        assertThat(run.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(run.err()).contains(message).doesNotContain("Exception");
    }

    @Test
    void headersAreSentAndRequestsThePeerRefusesAreCountedAsFailed() throws IOException {
        List<String> authorizations = new CopyOnWriteArrayList<>();
        AtomicInteger requests = new AtomicInteger();
        HttpServer server = HttpServer.create(new InetSocketAddress("localhost", 0), 10);
        server.createContext("/v1/metrics", exchange -> {
            try (exchange) {
                exchange.getRequestBody().readAllBytes();
                authorizations.add(exchange.getRequestHeaders().getFirst("Authorization"));
                // the second request is refused for good (400 is not retryable): its items are failed
                exchange.sendResponseHeaders(requests.getAndIncrement() == 1 ? 400 : 200, -1);
            }
        });
        server.start();
        try {
            CliRun run = CliRun.of("gen", "metrics", "--otlp-http", "--otlp-insecure", "--otlp-endpoint",
                    "localhost:" + server.getAddress().getPort(), "--metrics", "25", "--batch-size", "10",
                    "--otlp-header", "Authorization=\"Bearer s3cret\"");
            assertThat(run.exitCode()).isEqualTo(ExitCodes.FINDINGS);
            assertThat(run.out()).startsWith("sent 15 metrics, failed 10 (3 requests, 1 failed)");
            assertThat(authorizations).containsExactly("Bearer s3cret", "Bearer s3cret", "Bearer s3cret");
        } finally {
            server.stop(0);
        }
    }

    @Test
    void anUnreachableEndpointFailsEveryItemWithoutRetrying() {
        int port = RunningCollector.freePort();
        long start = System.nanoTime();
        CliRun run = CliRun.of("gen", "traces", "--otlp-insecure", "--otlp-endpoint", "localhost:" + port,
                "--traces", "5", "--child-spans", "3");
        assertThat(run.exitCode()).isEqualTo(ExitCodes.FINDINGS);
        assertThat(run.out()).startsWith("sent 0 spans, failed 20 (1 requests, 1 failed)");
        assertThat(System.nanoTime() - start).isLessThan(8_000_000_000L); // no retry_on_failure backoff
    }

    @Test
    void aTimedRunIgnoresTheCountAndEachWorkerKeepsItsRate() {
        int port = RunningCollector.freePort();
        try (RunningCollector collector = new RunningCollector("{receivers: {otlp: {protocols: {grpc: {endpoint: "
                + "'localhost:" + port + "'}}}}, exporters: {recording: {}}, service: {pipelines: {logs: "
                + "{receivers: [otlp], exporters: [recording]}}}}")) {
            CliRun run = CliRun.of("gen", "logs", "--otlp-insecure", "--otlp-endpoint", "localhost:" + port,
                    "--workers", "2", "--rate", "100", "--duration", "1s", "--logs", "5", "--batch-size", "20");
            assertThat(run.exitCode()).as(run.err()).isZero();
            // 2 workers x 100/s x 1 s: units due at 0, 10 ms, ... 990 ms (on a busy machine the last may be late)
            assertThat(collector.recordedItems()).isBetween(180, 200);
            // the run ends with its last send, due at 990 ms: from 0.99 s to later on a busy machine, never 2 s
            assertThat(run.out()).startsWith("sent " + collector.recordedItems() + " logs, failed 0 (")
                    .containsPattern(" in (0\\.9[5-9]|1\\.[0-9][0-9]) s");
        }
    }
}
