package dev.otelint.push;

import static org.assertj.core.api.Assertions.assertThat;

import dev.otelint.collector.Await;
import dev.otelint.collector.CollectorProcess;
import dev.otelint.collector.RunningCollector;
import dev.otelint.collector.exporter.file.OtlpJsonLine;
import dev.otelint.records.Record;
import io.opentelemetry.proto.collector.logs.v1.ExportLogsServiceRequest;
import io.opentelemetry.proto.common.v1.AnyValue;
import io.opentelemetry.proto.logs.v1.LogRecord;
import io.opentelemetry.proto.logs.v1.ResourceLogs;
import io.opentelemetry.proto.logs.v1.ScopeLogs;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The backend stops mid-push and comes back on the same port: push retries and every record arrives. */
class PushPeerRestartTest {
    private static final int RECORDS = 2000;
    private static final int PER_REQUEST = 10;

    @TempDir
    Path dir;

    private static String peer(int port, Path out) {
        return "receivers: {otlp: {protocols: {grpc: {endpoint: 'localhost:" + port + "'}}}}\n"
                + "exporters: {file: {path: '" + out + "'}}\n"
                + "service: {pipelines: {logs: {receivers: [otlp], exporters: [file]}}}\n";
    }

    /** Log records whose bodies r0..r1999 tell them apart. */
    private Path numberedLogs() throws Exception {
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < RECORDS; i += PER_REQUEST) {
            ScopeLogs.Builder scope = ScopeLogs.newBuilder();
            for (int j = i; j < i + PER_REQUEST; j++) {
                scope.addLogRecords(LogRecord.newBuilder().setTimeUnixNano(1_700_000_000_000_000_000L + j)
                        .setBody(AnyValue.newBuilder().setStringValue("r" + j)));
            }
            lines.append(OtlpJsonLine.of(ExportLogsServiceRequest.newBuilder()
                    .addResourceLogs(ResourceLogs.newBuilder().addScopeLogs(scope)).build())).append('\n');
        }
        Path file = dir.resolve("numbered.json");
        Files.writeString(file, lines, StandardCharsets.UTF_8);
        return file;
    }

    private static List<String> bodies(Path... outs) throws Exception {
        List<String> bodies = new ArrayList<>();
        for (Path out : outs) {
            if (Files.exists(out)) {
                for (Record r : PushRun.records(out)) {
                    bodies.add(r.document().get("body").text());
                }
            }
        }
        return bodies;
    }

    @Test
    void everyRecordArrivesWhenThePeerRestartsOnTheSamePort() throws Exception {
        int port = RunningCollector.freePort();
        Path out1 = dir.resolve("out1.json");
        Path out2 = dir.resolve("out2.json");
        Path input = numberedLogs();
        AtomicReference<PushRun> result = new AtomicReference<>();
        CollectorProcess first = CollectorProcess.start(dir, "peer1", peer(port, out1));
        Thread push;
        try {
            push = new Thread(() -> result.set(PushRun.run("--to", "otlp=localhost:" + port, "--rate", "500",
                    "--set", "exporters.otlp.retry_on_failure.initial_interval=200ms",
                    "--set", "exporters.otlp.retry_on_failure.max_interval=1s", input.toString())));
            push.start();
            Await.until(() -> out1.toFile().length() > 0, Duration.ofSeconds(30));
        } finally {
            first.stop();
        }
        assertThat(push.isAlive()).as("the peer stopped mid-push").isTrue();
        Thread.sleep(1_000);
        try (CollectorProcess second = CollectorProcess.start(dir, "peer2", peer(port, out2))) {
            push.join(120_000);
            assertThat(push.isAlive()).isFalse();
            // SIGTERM, not the kill: the file exporter flushes every 1 s, so what it took last is still in memory
            second.stop();
        }
        PushRun run = result.get();
        assertThat(run.code()).as(run.out() + run.err()).isZero();
        List<String> arrived = bodies(out1, out2);
        Set<String> expected = new HashSet<>();
        for (int i = 0; i < RECORDS; i++) {
            expected.add("r" + i);
        }
        Set<String> missing = new HashSet<>(expected);
        missing.removeAll(arrived);
        assertThat(missing).as("records that did not arrive; summary: " + run.out()).isEmpty();
        assertThat(new HashSet<>(arrived)).isEqualTo(expected);
        assertThat(arrived).hasSize(RECORDS);
        assertThat(run.out()).contains("accepted: " + RECORDS).contains("rejected: 0").doesNotContain("retried:  0");
        assertThat(bodies(out1)).as("some arrived before the stop").isNotEmpty();
        assertThat(bodies(out2)).as("some arrived after the restart").isNotEmpty();
    }
}
