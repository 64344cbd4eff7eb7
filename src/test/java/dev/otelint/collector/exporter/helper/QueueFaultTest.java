package dev.otelint.collector.exporter.helper;

import static org.assertj.core.api.Assertions.assertThat;

import dev.otelint.collector.Await;
import dev.otelint.collector.CollectorProcess;
import dev.otelint.collector.RunningCollector;
import dev.otelint.records.OtlpJsonMessages;
import io.opentelemetry.exporter.otlp.http.logs.OtlpHttpLogRecordExporter;
import io.opentelemetry.proto.collector.logs.v1.ExportLogsServiceRequest;
import io.opentelemetry.sdk.common.CompletableResultCode;
import io.opentelemetry.sdk.logs.SdkLoggerProvider;
import io.opentelemetry.sdk.logs.data.LogRecordData;
import io.opentelemetry.sdk.logs.export.LogRecordExporter;
import io.opentelemetry.sdk.logs.export.SimpleLogRecordProcessor;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fault tests, with real collector processes: A (otlp receiver -> otlphttp exporter with
 * retry_on_failure and sending_queue) forwards to B (otlp receiver -> file). Log records carry their id in
 * the body; the OpenTelemetry Java SDK sends them to A, and B's files are read back.
 */
class QueueFaultTest {
    @TempDir
    Path dir;

    private final int portA = RunningCollector.freePort();
    private final int portB = RunningCollector.freePort();

    private String collectorB(Path out) {
        return "receivers: {otlp: {protocols: {http: {endpoint: 'localhost:" + portB + "'}}}}\n"
                + "exporters: {file: {path: '" + out + "', flush_interval: 100ms}}\n"
                + "service: {pipelines: {logs: {receivers: [otlp], exporters: [file]}}}\n";
    }

    private String collectorA(String queue) {
        return "extensions: {file_storage/x: {directory: '" + dir.resolve("storage") + "', create_directory: true}}\n"
                + "receivers: {otlp: {protocols: {http: {endpoint: 'localhost:" + portA + "'}}}}\n"
                + "exporters: {otlphttp: {endpoint: 'http://localhost:" + portB + "',"
                + " retry_on_failure: {initial_interval: 200ms, max_interval: 1s, max_elapsed_time: 0s},"
                + " sending_queue: {" + queue + "}}}\n"
                + "service: {extensions: [file_storage/x], pipelines: {logs: {receivers: [otlp], exporters: [otlphttp]}}}\n";
    }

    @Test
    void theDownstreamCollectorStopsFor30SecondsMidStreamAndEveryRecordArrivesExactlyOnce() throws Exception {
        Path out1 = dir.resolve("b1.json");
        Path out2 = dir.resolve("b2.json");
        CollectorProcess b = CollectorProcess.start(dir, "b", collectorB(out1));
        try (CollectorProcess a = CollectorProcess.start(dir, "a", collectorA("queue_size: 2000"));
             Sender sender = new Sender(portA)) {
            Thread stream = sender.streamInBackground(Duration.ofMillis(50));
            // 100 records take 5 s; a loaded CI machine once needed more than 20 s (the sender's failures say why)
            Await.until(() -> sender.acknowledged.size() >= 100 || !sender.failed.isEmpty(), Duration.ofSeconds(60));
            assertThat(sender.failed).as("A refused records before B stopped").isEmpty();
            b.stop();
            int atStop = sender.acknowledged.size();
            Thread.sleep(30_000); // the outage: A's retries keep failing, its queue grows
            assertThat(sender.acknowledged.size() - atStop).as("A took data while B was down").isGreaterThan(300);
            try (CollectorProcess b2 = CollectorProcess.start(dir, "b2", collectorB(out2))) {
                Thread.sleep(2_000);
                sender.stopStreaming(stream);
                Await.until(() -> arrived(out1, out2).size() >= sender.acknowledged.size(), Duration.ofSeconds(60));
                Thread.sleep(1_000); // a duplicate would come now
                List<String> arrived = arrived(out1, out2);
                assertThat(sender.failed).isEmpty();
                assertThat(new HashSet<>(arrived)).isEqualTo(sender.acknowledged);
                assertThat(arrived).as("each record exactly once").doesNotHaveDuplicates();
                System.out.printf("B down 30 s: %d records sent, %d arrived, %d while B was down%n",
                        sender.acknowledged.size(), arrived.size(), sender.acknowledged.size() - atStop);
            }
        } finally {
            b.close();
        }
    }

    @Test
    void killingTheForwarderWithSigkillLosesNothingFromItsPersistentQueue() throws Exception {
        Path out = dir.resolve("b.json");
        String persistent = "storage: file_storage/x, num_consumers: 4";
        try (Sender sender = new Sender(portA)) {
            try (CollectorProcess a = CollectorProcess.start(dir, "a", collectorA(persistent))) {
                sender.send(0, 200); // B is down: A acknowledged these, so they are in its queue on disk
                Thread.sleep(1_000); // its consumers hold some, retrying
                a.kill();
            }
            try (CollectorProcess a2 = CollectorProcess.start(dir, "a2", collectorA(persistent))) {
                assertThat(a2.log()).contains("Moved unfinished requests back to the queue");
                sender.send(200, 250); // new data joins the old queue
                try (CollectorProcess b = CollectorProcess.start(dir, "b", collectorB(out))) {
                    Await.until(() -> new HashSet<>(arrived(out)).containsAll(sender.acknowledged),
                            Duration.ofSeconds(60));
                    Thread.sleep(1_000); // a late duplicate would come now
                }
            }
            List<String> arrived = arrived(out);
            Map<String, Long> counts = arrived.stream().collect(Collectors.groupingBy(Function.identity(),
                    Collectors.counting()));
            long duplicates = arrived.size() - counts.size();
            System.out.printf("kill -9 with a persistent queue: %d records acknowledged, %d distinct arrived,"
                    + " %d duplicates (at-least-once: requests being sent when A died)%n",
                    sender.acknowledged.size(), counts.size(), duplicates);
            assertThat(sender.acknowledged).hasSize(250);
            assertThat(counts.keySet()).as("nothing lost, nothing invented").isEqualTo(sender.acknowledged);
            assertThat(duplicates).as("only requests in flight at the kill can repeat").isLessThanOrEqualTo(4);
        }
    }

    @Test
    void killingTheForwarderMidStreamLosesNothingItAcknowledged() throws Exception {
        Path out = dir.resolve("b.json");
        String persistent = "storage: file_storage/x";
        try (CollectorProcess b = CollectorProcess.start(dir, "b", collectorB(out));
             Sender sender = new Sender(portA)) {
            try (CollectorProcess a = CollectorProcess.start(dir, "a", collectorA(persistent))) {
                Thread stream = sender.streamInBackground(Duration.ofMillis(5));
                Await.until(() -> sender.acknowledged.size() >= 300);
                a.kill(); // B is up: some requests B took may not be marked done in A's queue yet
                sender.stopStreaming(stream);
            }
            try (CollectorProcess a2 = CollectorProcess.start(dir, "a2", collectorA(persistent))) {
                Await.until(() -> new HashSet<>(arrived(out)).containsAll(sender.acknowledged), Duration.ofSeconds(60));
                Thread.sleep(1_000); // a late duplicate would come now
            }
            List<String> arrived = arrived(out);
            Set<String> distinct = new HashSet<>(arrived);
            System.out.printf("kill -9 mid-stream with a persistent queue: %d records acknowledged, %d not (A was"
                    + " dead), %d distinct arrived, %d duplicates%n", sender.acknowledged.size(), sender.failed.size(),
                    distinct.size(), arrived.size() - distinct.size());
            assertThat(distinct).as("every acknowledged record arrived").containsAll(sender.acknowledged);
            Set<String> sent = new HashSet<>(sender.acknowledged);
            sent.addAll(sender.failed); // a request A stored but could not answer before it died may arrive too
            assertThat(sent).as("nothing invented").containsAll(distinct);
        }
    }

    /** The ids in the log bodies of B's complete output lines, in order, repeats kept. */
    private static List<String> arrived(Path... files) {
        List<String> ids = new ArrayList<>();
        for (Path file : files) {
            if (!Files.exists(file)) {
                continue;
            }
            String text;
            try {
                text = Files.readString(file, StandardCharsets.UTF_8);
            } catch (IOException e) {
                continue; // being written: the next poll reads it
            }
            int end = text.lastIndexOf('\n'); // a line still being written is read on the next poll
            for (String line : text.substring(0, end + 1).split("\n")) {
                if (line.isBlank()) {
                    continue;
                }
                ExportLogsServiceRequest request = OtlpJsonMessages.decode(line.getBytes(StandardCharsets.UTF_8),
                        ExportLogsServiceRequest.newBuilder()).build();
                request.getResourceLogsList().forEach(r -> r.getScopeLogsList().forEach(s -> s.getLogRecordsList()
                        .forEach(l -> ids.add(l.getBody().getStringValue()))));
            }
        }
        return ids;
    }

    /** The SDK's OTLP/HTTP log exporter, one request per record, remembering which records A acknowledged. */
    static final class Sender implements AutoCloseable {
        final Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        final Set<String> failed = ConcurrentHashMap.newKeySet();
        private final SdkLoggerProvider provider;
        private volatile boolean streaming = true;

        Sender(int port) {
            LogRecordExporter http = OtlpHttpLogRecordExporter.builder()
                    .setEndpoint("http://localhost:" + port + "/v1/logs").build();
            provider = SdkLoggerProvider.builder().addLogRecordProcessor(SimpleLogRecordProcessor.create(new Tracking(http)))
                    .build();
        }

        void send(int from, int to) {
            for (int i = from; i < to; i++) {
                assertThat(sendOne(i)).as("A acknowledged id-%d", i).isTrue();
            }
        }

        /** One request, waiting for its answer: the SDK's HTTP client refuses bursts of concurrent calls. */
        private boolean sendOne(int id) {
            provider.get("fault-test").logRecordBuilder().setBody("id-" + id).emit();
            return provider.forceFlush().join(30, TimeUnit.SECONDS).isSuccess();
        }

        Thread streamInBackground(Duration every) {
            Thread t = new Thread(() -> {
                for (int i = 0; streaming; i++) {
                    sendOne(i);
                    try {
                        Thread.sleep(every.toMillis());
                    } catch (InterruptedException e) {
                        return;
                    }
                }
            }, "fault-test-sender");
            t.start();
            return t;
        }

        void stopStreaming(Thread t) throws InterruptedException {
            streaming = false;
            t.join();
        }

        @Override
        public void close() {
            streaming = false;
            provider.shutdown().join(10, TimeUnit.SECONDS);
        }

        private final class Tracking implements LogRecordExporter {
            private final LogRecordExporter delegate;

            Tracking(LogRecordExporter delegate) {
                this.delegate = delegate;
            }

            @Override
            public CompletableResultCode export(Collection<LogRecordData> logs) {
                List<String> ids = logs.stream().map(l -> l.getBodyValue().asString()).toList();
                CompletableResultCode result = delegate.export(logs);
                result.whenComplete(() -> (result.isSuccess() ? acknowledged : failed).addAll(ids));
                return result;
            }

            @Override
            public CompletableResultCode flush() {
                return delegate.flush();
            }

            @Override
            public CompletableResultCode shutdown() {
                return delegate.shutdown();
            }
        }
    }
}
