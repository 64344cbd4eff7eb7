package dev.otelint.gen;

import static org.assertj.core.api.Assertions.assertThat;

import dev.otelint.collector.RunningCollector;
import dev.otelint.collector.component.CollectorLog;
import io.opentelemetry.proto.collector.logs.v1.ExportLogsServiceRequest;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class LoadGeneratorTest {

    @Test
    void stopEndsARunEarlyAndTheSummaryCountsWhatThePeerTook() throws Exception {
        int port = RunningCollector.freePort();
        try (RunningCollector collector = new RunningCollector("{receivers: {otlp: {protocols: {http: {endpoint: "
                + "'localhost:" + port + "'}}}}, exporters: {recording: {}}, service: {pipelines: {logs: "
                + "{receivers: [otlp], exporters: [recording]}}}}")) {
            GenSettings settings = new GenSettings(2, 200, Duration.ofMinutes(10), 0, 10, "svc", List.of(), List.of(),
                    new Destination("localhost:" + port, true, true, false, "", Map.of(), "none"));
            LoadGenerator<ExportLogsServiceRequest> load =
                    new LoadGenerator<>(settings, seed -> new LogGenerator(settings, seed), "logs");
            CollectorLog log = new CollectorLog(new PrintStream(new ByteArrayOutputStream(), true));
            CompletableFuture<GenSummary> run = CompletableFuture.supplyAsync(() -> {
                try {
                    return load.run(log);
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            });
            Thread.sleep(500);
            load.stop();
            GenSummary summary = run.get(15, TimeUnit.SECONDS);

            assertThat(summary.elapsed()).isLessThan(Duration.ofSeconds(10));
            assertThat(summary.sentItems()).isPositive().isEqualTo(collector.recordedItems());
            assertThat(summary.failedItems()).isZero();
        }
    }
}
