package dev.otelint.gen;

import static org.assertj.core.api.Assertions.assertThat;

import dev.otelint.cli.CliRun;
import dev.otelint.collector.RunningCollector;
import dev.otelint.records.OtlpJsonMessages;
import io.opentelemetry.proto.collector.trace.v1.ExportTraceServiceRequest;
import io.opentelemetry.proto.trace.v1.ResourceSpans;
import io.opentelemetry.proto.trace.v1.ScopeSpans;
import io.opentelemetry.proto.trace.v1.Span;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * gen -> otelint A (otlp receiver -> batch -> otlphttp exporter) -> otelint B (otlp receiver -> file): every span
 * gen counts as sent is in B's file, and within each batch B wrote the spans keep the order gen made them in.
 */
class GenChainTest {
    private static final int TRACES = 600;
    private static final int CHILDREN = 2;

    @TempDir
    Path dir;

    @ParameterizedTest(name = "gen over {0}, compression {1}")
    @CsvSource({"grpc, none", "grpc, gzip", "http, none", "http, gzip"})
    void countsAreEqualEndToEndAndOrderWithinABatchIsKept(String protocol, String compression) throws Exception {
        int grpcA = RunningCollector.freePort();
        int httpA = RunningCollector.freePort();
        int httpB = RunningCollector.freePort();
        Path out = dir.resolve("b.json");
        CliRun gen;
        try (RunningCollector b = new RunningCollector("{receivers: {otlp: {protocols: {http: {endpoint: 'localhost:"
                + httpB + "'}}}}, exporters: {file: {path: '" + out + "'}}, service: {pipelines: {traces: "
                + "{receivers: [otlp], exporters: [file]}}}}")) {
            try (RunningCollector a = new RunningCollector("{receivers: {otlp: {protocols: {grpc: {endpoint: 'localhost:"
                    + grpcA + "'}, http: {endpoint: 'localhost:" + httpA + "'}}}}, processors: {batch: {timeout: 50ms, "
                    + "send_batch_size: 250}}, exporters: {otlphttp: {endpoint: 'http://localhost:" + httpB + "'}}, "
                    + "service: {pipelines: {traces: {receivers: [otlp], processors: [batch], exporters: [otlphttp]}}}}")) {
                boolean http = protocol.equals("http");
                // at 5000 traces/s each trace starts at least 200us after the previous one: the order is visible
                gen = CliRun.of("gen", "traces", "--otlp-endpoint", "localhost:" + (http ? httpA : grpcA),
                        "--otlp-insecure", "--otlp-http=" + http, "--otlp-compression", compression,
                        "--traces", String.valueOf(TRACES), "--child-spans", String.valueOf(CHILDREN), "--rate", "5000",
                        "--batch-size", "30", "--service", "chain");
            } // A's shutdown flushes the batch processor and drains its sending queue into B
        }
        int expected = TRACES * (CHILDREN + 1);
        assertThat(gen.exitCode()).as(gen.err()).isZero();
        assertThat(gen.out()).startsWith("sent " + expected + " spans, failed 0 (" + expected / 30 + " requests, 0 failed)");

        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        int spans = 0;
        for (String line : lines) {
            List<Span> batch = spans(line);
            assertOrdered(batch);
            spans += batch.size();
        }
        assertThat(spans).isEqualTo(expected);
        assertThat(lines.size()).as("A's batch processor joined gen's requests").isLessThan(expected / 30);
    }

    /** Each trace's server span comes first, then its children; traces start later and later. */
    private static void assertOrdered(List<Span> batch) {
        long previousStart = 0;
        for (int i = 0; i < batch.size(); i += CHILDREN + 1) {
            Span server = batch.get(i);
            assertThat(server.getKind()).isEqualTo(Span.SpanKind.SPAN_KIND_SERVER);
            assertThat(server.getStartTimeUnixNano()).isGreaterThan(previousStart);
            previousStart = server.getStartTimeUnixNano();
            for (Span child : batch.subList(i + 1, i + CHILDREN + 1)) {
                assertThat(child.getParentSpanId()).isEqualTo(server.getSpanId());
            }
        }
    }

    private static List<Span> spans(String line) {
        ExportTraceServiceRequest request = OtlpJsonMessages.decode(line.getBytes(StandardCharsets.UTF_8),
                ExportTraceServiceRequest.newBuilder()).build();
        List<Span> spans = new ArrayList<>();
        for (ResourceSpans rs : request.getResourceSpansList()) {
            for (ScopeSpans ss : rs.getScopeSpansList()) {
                spans.addAll(ss.getSpansList());
            }
        }
        return spans;
    }
}
