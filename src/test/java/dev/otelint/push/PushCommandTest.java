package dev.otelint.push;

import static org.assertj.core.api.Assertions.assertThat;

import dev.otelint.collector.RunningCollector;
import dev.otelint.records.Record;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** otelint push through the real CLI, to a file, to otelint's own OTLP receiver, and to nothing. */
class PushCommandTest {
    @TempDir
    Path dir;

    @Test
    void fileTargetGetsTheInputRecordsAsOtlp() throws Exception {
        Path input = OtlpFiles.traces(dir, 3, 4);
        Path out = dir.resolve("out.json");
        PushRun run = PushRun.run("--to", "file=" + out, input.toString());
        assertThat(run.code()).as(run.err()).isZero();
        List<Record> sent = PushRun.records(input);
        List<Record> received = PushRun.records(out);
        assertThat(received).hasSize(12);
        assertThat(received.stream().map(r -> r.document().toString()).toList())
                .isEqualTo(sent.stream().map(r -> r.document().toString()).toList());
        assertThat(run.out()).contains("12 records in 3 requests").contains("accepted: 12").contains("not sent: 0");
    }

    @Test
    void timesReplaysTheInputs() throws Exception {
        Path input = OtlpFiles.traces(dir, 2, 5);
        Path out = dir.resolve("out.json");
        PushRun run = PushRun.run("--to", "file=" + out, "--times", "3", input.toString());
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(PushRun.records(out)).hasSize(30);
    }

    @Test
    void rateSpacesTheRecords() throws Exception {
        Path input = OtlpFiles.traces(dir, 10, 2);
        long start = System.nanoTime();
        PushRun run = PushRun.run("--to", "file=" + dir.resolve("out.json"), "--rate", "40", input.toString());
        long millis = (System.nanoTime() - start) / 1_000_000;
        assertThat(run.code()).as(run.err()).isZero();
        // 20 records at 40/s: the last is due 19/40 s after the first
        assertThat(millis).isGreaterThanOrEqualTo(450);
    }

    @Test
    void generatedLoadArrives() throws Exception {
        Path out = dir.resolve("out.json");
        PushRun run = PushRun.run("--gen", "logs", "--count", "250", "--to", "file=" + out);
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(PushRun.records(out)).hasSize(250);
        assertThat(run.out()).contains("250 records in 3 requests");
    }

    @Test
    void grpcAndHttpTargetsFanOutToOtelintsOwnReceiver() throws Exception {
        int grpc = RunningCollector.freePort();
        int http = RunningCollector.freePort();
        try (RunningCollector peer = new RunningCollector("{receivers: {otlp: {protocols: {grpc: {endpoint: 'localhost:"
                + grpc + "'}, http: {endpoint: 'localhost:" + http + "'}}}}, exporters: {recording: {}}, "
                + "service: {pipelines: {traces: {receivers: [otlp], exporters: [recording]}}}}")) {
            PushRun run = PushRun.run("--to", "otlp=localhost:" + grpc, "--to", "otlphttp=http://localhost:" + http,
                    OtlpFiles.traces(dir, 4, 3).toString());
            assertThat(run.code()).as(run.err()).isZero();
            assertThat(peer.recordedItems()).isEqualTo(24);
            assertThat(run.out()).contains("12 records in 4 requests").contains("accepted: 24");
        }
    }

    @Test
    void dryRunSendsNothingAndSaysWhatItWouldSend() throws Exception {
        int grpc = RunningCollector.freePort();
        try (RunningCollector peer = new RunningCollector("{receivers: {otlp: {protocols: {grpc: {endpoint: 'localhost:"
                + grpc + "'}}}}, exporters: {recording: {}}, "
                + "service: {pipelines: {traces: {receivers: [otlp], exporters: [recording]}}}}")) {
            PushRun run = PushRun.run("--dry-run", "--times", "2", "--to", "otlp=localhost:" + grpc,
                    OtlpFiles.traces(dir, 3, 2).toString());
            assertThat(run.code()).as(run.out() + run.err()).isZero();
            assertThat(run.out()).contains("would send to otlp at localhost:" + grpc)
                    .contains("traces: 12 records in 6 requests");
            Thread.sleep(200);
            assertThat(peer.recordedItems()).isZero();
        }
    }

    @Test
    void unreachableTargetIsOneLineAndExit2() throws Exception {
        int closed = RunningCollector.freePort();
        PushRun run = PushRun.run("--to", "otlp=localhost:" + closed, OtlpFiles.traces(dir, 1, 1).toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err().strip()).isEqualTo("otelint: cannot reach otlp at localhost:" + closed
                + ": connection refused");
    }

    @Test
    void aPasswordInATargetUrlNeverReachesTheOutput() throws Exception {
        int closed = RunningCollector.freePort();
        PushRun run = PushRun.run("--to", "opensearch=http://admin:s3cret@127.0.0.1:" + closed,
                OtlpFiles.logs(dir, 1, 1).toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err().strip()).isEqualTo("otelint: cannot reach opensearch at http://admin:***@127.0.0.1:"
                + closed + ": connection refused");
        assertThat(run.out() + run.err()).doesNotContain("s3cret");
    }

    @Test
    void unknownTargetListsTheKnownNames() throws Exception {
        PushRun run = PushRun.run("--to", "nosuch=x", OtlpFiles.traces(dir, 1, 1).toString());
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("unknown target 'nosuch'")
                .contains("debug", "file", "opensearch", "otlp", "otlphttp", "prometheus");
    }

    @Test
    void debugIsTheDefaultTarget() throws Exception {
        PushRun run = PushRun.run(OtlpFiles.traces(dir, 2, 2).toString());
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("to debug").contains("accepted: 4");
    }

    @Test
    void configPipelinesGetTheRecordsInPlaceOfTheirReceivers() throws Exception {
        Path out = dir.resolve("out.json");
        Path config = dir.resolve("c.yaml");
        Files.writeString(config, "receivers: {otlp: {protocols: {grpc: {}}}}\n"
                + "processors: {batch: {timeout: 50ms}}\n"
                + "exporters: {file: {path: '" + out + "'}}\n"
                + "service: {pipelines: {traces: {receivers: [otlp], processors: [batch], exporters: [file]}}}\n");
        PushRun run = PushRun.run("--config", config.toString(), OtlpFiles.traces(dir, 3, 3).toString());
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(PushRun.records(out)).hasSize(9);
    }
}
